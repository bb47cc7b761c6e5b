import { isoDate } from '../listing/dates.js';
import type { Clause } from './paper-filter.js';

/** A search query taken apart: words, phrases, exclusions and filters. */
export interface ParsedQuery {
  /** Plain words, as typed. */
  words: string[];
  /** "Exact phrases", as typed. */
  phrases: string[];
  /** Words and phrases after a minus sign. */
  excluded: string[];
  /** author:"name" filters; a paper must match every one. */
  authors: string[];
  /** year:2024, on the first-version date. */
  year?: number;
  /** before:2025-01: first version strictly before this ISO day. */
  before?: string;
  /** after:2024-06: first version on or after this ISO day. */
  after?: string;
  /** cat:cs.CL (anywhere on the category list) or primary:cs.CL; an archive ("cat:astro-ph") takes its categories. */
  categories: { code: string; primary: boolean }[];
}

const TOKEN = /(-?)(?:([A-Za-z]+):)?(?:"([^"]*)"|(\S+))/g;

/** The first day of "2024", "2024-06" or "2024-06-15", or null. */
function periodStart(text: string): string | null {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text);
  if (!m) return null;
  return isoDate(Number(m[1]), m[2] ? Number(m[2]) : 1, m[3] ? Number(m[3]) : 1);
}

/**
 * Parses the search syntax: plain words, "exact phrase", -excluded, author:"name", year:2024,
 * before:2025-01, after:2024-06. Anything that does not parse is read as plain words; this
 * never fails.
 */
export function parseQuery(input: string): ParsedQuery {
  const q: ParsedQuery = { words: [], phrases: [], excluded: [], authors: [], categories: [] };
  // An odd number of quotes: the stray one is ignored rather than swallowing the rest.
  let text = input;
  if ((text.match(/"/g) ?? []).length % 2 === 1) {
    const last = text.lastIndexOf('"');
    text = text.slice(0, last) + ' ' + text.slice(last + 1);
  }
  for (const m of text.matchAll(TOKEN)) {
    const negated = m[1] === '-';
    const key = m[2]?.toLowerCase();
    const quoted = m[3];
    const value = (quoted ?? m[4] ?? '').trim();
    const plain = () => {
      const raw = (key ? `${m[2]} ` : '') + value;
      const parts = raw.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
      if (negated) q.excluded.push(...(quoted !== undefined && !key ? [value] : parts));
      else if (quoted !== undefined && !key && parts.length > 1) q.phrases.push(value);
      else
        for (const part of parts) {
          // "GPT-4", "Qwen2-VL", "GPT-3.5": a name with a number in it is its words in this order.
          if (/^[\p{L}\p{N}]+(?:[.-][\p{L}\p{N}]+)+$/u.test(part) && /\d/.test(part)) q.phrases.push(part);
          else q.words.push(part);
        }
    };
    if (!value) continue;
    if (key === 'author' && !negated) {
      q.authors.push(value);
      continue;
    }
    if ((key === 'cat' || key === 'primary') && !negated && /^[a-z-]+(?:\.[a-z-]+)?$/i.test(value)) {
      q.categories.push({ code: value, primary: key === 'primary' });
      continue;
    }
    if (key === 'year' && !negated && /^\d{4}$/.test(value)) {
      q.year = Number(value);
      continue;
    }
    if ((key === 'before' || key === 'after') && !negated) {
      const day = periodStart(value);
      if (day) {
        q[key] = day;
        continue;
      }
    }
    plain();
  }
  return q;
}

/** Whether a query has anything to search or filter by. */
export function isEmptyQuery(q: ParsedQuery): boolean {
  return (
    q.words.length === 0 &&
    q.phrases.length === 0 &&
    q.authors.length === 0 &&
    q.categories.length === 0 &&
    q.year === undefined &&
    q.before === undefined &&
    q.after === undefined
  );
}

/** The query written back in its syntax, for display. */
export function describeQuery(q: ParsedQuery): string {
  const parts: string[] = [...q.words, ...q.phrases.map((p) => `"${p}"`)];
  for (const a of q.authors) parts.push(`author:"${a}"`);
  for (const c of q.categories) parts.push(`${c.primary ? 'primary' : 'cat'}:${c.code}`);
  if (q.year !== undefined) parts.push(`year:${q.year}`);
  if (q.after) parts.push(`after:${q.after}`);
  if (q.before) parts.push(`before:${q.before}`);
  for (const e of q.excluded) parts.push(e.includes(' ') ? `-"${e}"` : `-${e}`);
  return parts.join(' ');
}

/** The filters of a query as the filter engine's conditions (its words are the search's own). */
export function queryClauses(q: ParsedQuery): Exclude<Clause, { kind: 'topic' }>[] {
  const out: Exclude<Clause, { kind: 'topic' }>[] = q.authors.map((name) => ({ kind: 'author', name }));
  for (const c of q.categories)
    out.push({ kind: 'category', code: c.code, archive: !c.code.includes('.'), primary: c.primary });
  if (q.year !== undefined)
    out.push({ kind: 'date', field: 'submitted', from: `${q.year}-01-01`, until: `${q.year + 1}-01-01` });
  if (q.before || q.after)
    out.push({
      kind: 'date',
      field: 'submitted',
      ...(q.after ? { from: q.after } : {}),
      ...(q.before ? { until: q.before } : {}),
    });
  return out;
}
