import { nameTokens } from '../listing/names.js';
import { type PaperFilter, allOf } from '../search/paper-filter.js';
import type { PaperIndex } from '../search/paper-index.js';

/** arXiv's search syntax typed into a question: the papers it names and the rest of the question. */
export interface ArxivSyntax {
  filter: PaperFilter;
  /** The question's own words around the syntax ("how many", "which papers does that hit"). */
  rest: string;
  /** People an `au:` term matched no one as. */
  unknown: string[];
}

// One field term: ti:word, abs:"a phrase", au:name, cat:cs.CL, all:word; family:name is what
// "people whose family name is X" is read as.
const TERM = String.raw`(?:ti|abs|au|cat|all|family):(?:"[^"]+"|[^\s"()]+)`;
const CHAIN = new RegExp(String.raw`${TERM}(?:\s+(?:AND|OR|ANDNOT)\s+${TERM})*`, 'gi');
const PART = new RegExp(
  String.raw`(?:^|\s+(AND|OR|ANDNOT)\s+)(ti|abs|au|cat|all|family):(?:"([^"]+)"|([^\s"()]+))`,
  'giy',
);

/**
 * "ti:causal ANDNOT au:Mitliagkas", "cat:cs.DC AND cat:cs.LG": terms joined left to right as arXiv
 * joins them (without parentheses). au: is every person whose name has the typed words, as
 * arXiv matches author names; ti: and abs: are words of the title or of the abstract alone.
 */
export function readArxivSyntax(index: PaperIndex, raw: string): ArxivSyntax | undefined {
  const chains = [...raw.matchAll(CHAIN)];
  const [chain] = chains;
  if (chains.length !== 1 || !chain || /[()]/.test(chain[0])) return undefined;
  const shown = /\b(?:names?|authors?) (?:that are |as )?shown\b|\bshown names\b/i.test(raw);
  const unknown: string[] = [];
  let filter: PaperFilter | null = null;
  for (const m of chain[0].matchAll(PART)) {
    const value = (m[3] ?? m[4] ?? '').trim();
    const term = termFilter(index, (m[2] as string).toLowerCase(), value, shown);
    if (!term) unknown.push(value);
    const clause: PaperFilter = term ?? { any: [] };
    const op = (m[1] ?? '').toUpperCase();
    filter = !filter
      ? clause
      : op === 'OR'
        ? { any: [filter, clause] }
        : allOf([filter, op === 'ANDNOT' ? { not: clause } : clause]);
  }
  if (!filter) return undefined;
  // "not by family:Mahajan": none of them.
  const before = raw
    .slice(0, chain.index)
    .replace(/\b(?:not by|except(?: for)?|without|other than|excluding)\s*$/i, '');
  if (before.length < chain.index) filter = { not: filter };
  const rest = `${before} ${raw.slice(chain.index + chain[0].length)}`
    .replace(/\s+/g, ' ')
    .replace(/\s+([?.!,])/g, '$1')
    .trim();
  return { filter, rest, unknown };
}

function termFilter(index: PaperIndex, field: string, value: string, shown: boolean): PaperFilter | null {
  switch (field) {
    case 'ti':
      return { kind: 'mentions', field: 'title', words: value };
    case 'abs':
      return { kind: 'mentions', field: 'abstract', words: value };
    case 'cat':
      return value.includes('.') ? { kind: 'category', code: value } : { kind: 'category', code: value, archive: true };
    case 'all':
      return { kind: 'topic', words: value, ...(/\s/.test(value) ? { phrase: true } : {}) };
    case 'family':
      return authorsWithWords(index, value, shown, true);
    default:
      return authorsWithWords(index, value, shown);
  }
}

/**
 * Every person whose name has these words in this order ("park": Jongse Park, Joongun Park …),
 * or, for a family name, ends with them (the listing writes names given name first).
 */
function authorsWithWords(index: PaperIndex, value: string, shown: boolean, family = false): PaperFilter | null {
  const wanted = ` ${nameTokens(value).join(' ')} `;
  if (wanted.trim() === '') return null;
  const people = index.authors
    .all()
    .filter((a) => (family ? ` ${a.tokens.join(' ')} `.endsWith(wanted) : ` ${a.tokens.join(' ')} `.includes(wanted)));
  if (people.length === 0) return null;
  const clauses = people.map((a) => ({ kind: 'author' as const, name: a.name, ...(shown ? { shown } : {}) }));
  return clauses.length === 1 ? (clauses[0] as PaperFilter) : { any: clauses };
}
