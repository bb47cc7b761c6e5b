// What an answer's typed query says in the terms the older tests check (intent, people, topic,
// period, paper), read from answer.query by the tests' own rules.
import type { Answer } from '../../src/ask/answer.js';
import type { Clause, PaperFilter } from '../../src/search/paper-filter.js';

export interface Interpretation {
  intent: string;
  authors?: string[];
  topic?: string;
  year?: number;
  month?: string;
  from?: string;
  until?: string;
  dateField?: 'submitted' | 'updated' | 'announced';
  revised?: boolean;
  paper?: { id: string; title: string };
  /** The query has a NOT: the older evidence rules, which know none, do not apply. */
  negated?: boolean;
}

/** The clauses every selected paper must satisfy (those under AND, not under OR or NOT). */
function required(f: PaperFilter | null | undefined): Clause[] {
  if (!f) return [];
  if ('all' in f) return f.all.flatMap(required);
  if ('not' in f && 'kind' in f.not && f.not.kind === 'revised') return [{ ...f.not, value: !f.not.value }];
  if ('any' in f || 'not' in f) return [];
  return [f];
}

const INTENTS: Record<string, string> = { papers: 'list-papers', count: 'count-papers', distribution: 'per-year' };

export function interpretationOf(a: Answer): Interpretation {
  const q = a.query;
  if (!q || (a.declined && !a.candidates)) return { intent: 'unknown' };
  let intent = INTENTS[q.want] ?? q.want;
  if (q.want === 'superlative' && (q.measure === 'submitted' || q.measure === 'updated'))
    intent = q.direction === 'least' ? 'oldest' : 'newest';
  const out: Interpretation = { intent };
  if (JSON.stringify(q.papers ?? null).includes('"not"')) return { ...out, negated: true };
  const clauses = required(q.papers);
  const authors = clauses.flatMap((c) => (c.kind === 'author' ? [c.name] : []));
  if (authors.length) out.authors = authors;
  else if (a.asked?.length) out.authors = a.asked;
  const topics = clauses.flatMap((c) => (c.kind === 'topic' ? [c.words] : []));
  if (topics.length) out.topic = topics.join(' ');
  for (const c of clauses) {
    if (c.kind === 'revised') out.revised = c.value;
    if (c.kind !== 'date') continue;
    out.dateField = c.field;
    const { from, until } = c;
    if (
      from?.endsWith('-01-01') &&
      until?.endsWith('-01-01') &&
      Number(until.slice(0, 4)) - Number(from.slice(0, 4)) === 1
    )
      out.year = Number(from.slice(0, 4));
    else if (from?.endsWith('-01') && until?.endsWith('-01') && monthsApart(from, until) === 1) {
      out.month = from.slice(0, 7);
      out.year = Number(from.slice(0, 4));
    } else {
      if (from) out.from = from;
      if (until) out.until = until;
    }
  }
  const one = a.papers[0];
  if (
    one &&
    (q.want === 'field' || q.want === 'describe' || q.want === 'superlative' || clauses.some((c) => c.kind === 'paper'))
  )
    out.paper = { id: one.id, title: one.title };
  return out;
}

function monthsApart(from: string, until: string): number {
  return (
    (Number(until.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(until.slice(5, 7)) - Number(from.slice(5, 7))
  );
}
