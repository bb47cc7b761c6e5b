// Checks an answer against raw listing entries with the tests' own rules: every cited paper
// really has the topic's words and the named people, and every count equals a recount.
import { interpretationOf } from './interpretation.js';
import { expect } from 'vitest';
import type { Answer } from '../../src/ask/answer.js';

/** A listing entry as a test reads it from raw lines. */
export interface EvidenceEntry {
  title: string;
  authors: string[];
  /** The text a topic is looked for in: title and abstract. */
  text: string;
  submitted: string;
  updated: string;
  announced: string;
  revised: boolean;
}

// Words that say what kind of work a paper is, not what it is about (issue 14, item 1).
const GENERIC =
  /^(?:systems?|models?|approach(?:es)?|methods?|papers?|stud(?:y|ies)|frameworks?|techniques?|analysis)$/i;
const CONNECTOR = /^(?:of|and|for|to|in|on|with|the|a|an|via)$/i;

/** Whether an entry's text has a word: its first letters, as a stemmer would keep them, at a word start. */
export function hasWord(entry: EvidenceEntry, word: string): boolean {
  const text = entry.text.toLowerCase().replace(/[-‐–/]/g, ' ');
  const w = word.toLowerCase();
  const stem = w.length > 4 ? w.slice(0, Math.max(4, Math.min(w.length - 1, 7))) : w;
  if (new RegExp(`(?:^|[^\\p{L}\\p{N}])${escape(stem)}`, 'u').test(text)) return true;
  // An acronym counts for its spelled-out words where the entry defines it: "mixture of experts (MoE)".
  return (
    /^[A-Z][A-Za-z]*[A-Z]s?$/.test(word) &&
    new RegExp(`\\(${escape(word.replace(/s$/, ''))}s?\\)`, 'i').test(entry.text)
  );
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The topic words an answer's papers must all have: its topic, corrections applied, generic words dropped. */
export function topicWordsOf(answer: Answer): string[] {
  let topic = interpretationOf(answer).topic ?? '';
  for (const m of `${answer.understood} ${answer.answer}`.matchAll(/read "([^"]+)" as "([^"]+)"/g))
    topic = topic.replace(m[1] as string, m[2] as string);
  const all = topic.split(/[\s\-/]+/).filter((w) => w.length > 1 && !CONNECTOR.test(w));
  const specific = all.filter((w) => !GENERIC.test(w));
  return specific.length > 0 ? specific : all;
}

/** The entries an interpretation without a topic selects, recounted from raw fields. */
export function recount(answer: Answer, entries: readonly EvidenceEntry[]): EvidenceEntry[] {
  const i = interpretationOf(answer);
  const field = i.dateField ?? 'submitted';
  const cut = (iso: string) => (field === 'announced' ? iso.slice(0, 7) : iso);
  return entries.filter((e) => {
    if (i.authors && !i.authors.every((a) => e.authors.includes(a))) return false;
    if (i.revised !== undefined && e.revised !== i.revised) return false;
    if (field === 'updated' && !e.revised) return false;
    const date = e[field];
    if (i.month && !date.startsWith(i.month)) return false;
    if (!i.month && i.year !== undefined && !date.startsWith(String(i.year))) return false;
    if (i.from && date < cut(i.from)) return false;
    if (i.until && date >= cut(i.until)) return false;
    return true;
  });
}

/** Acronyms the listing defines for a phrase: "Mixture-of-Experts (MoE)" gives MoE for "mixture of experts". */
function acronymsOf(phrase: string, entries: readonly EvidenceEntry[]): string[] {
  const parts = phrase.split(/[\s\-/]+/).filter(Boolean);
  if (parts.length < 2) return [];
  const re = new RegExp(`${parts.map(escape).join('[\\s-]+')}\\s*\\(([A-Za-z]{2,})\\)`, 'gi');
  return [...new Set(entries.flatMap((e) => [...e.text.matchAll(re)].map((m) => m[1] as string)))];
}

const LISTS = new Set(['count-papers', 'list-papers', 'newest', 'oldest', 'per-year']);

/**
 * The evidence rules: each cited paper is a real entry; for answers that select papers, each has
 * every topic word and every named person; the number an answer states for them equals how many
 * it cites, and without a topic also equals the recount from raw fields.
 */
export function expectEvidence(answer: Answer, entries: readonly EvidenceEntry[]): void {
  const byTitle = new Map(entries.map((e) => [e.title, e]));
  const cited = answer.papers.map((p) => {
    const e = byTitle.get(p.title);
    expect(e, `cited paper "${p.title}" is in the raw listing`).toBeDefined();
    return e as EvidenceEntry;
  });
  const i = interpretationOf(answer);
  if (!LISTS.has(i.intent) || answer.declined || answer.candidates || i.negated) return;
  const acronyms = acronymsOf(i.topic ?? '', entries);
  for (const e of cited) {
    const byAcronym = acronyms.some((a) => new RegExp(`\\b${a}s?\\b`).test(e.text));
    for (const w of topicWordsOf(answer)) expect(hasWord(e, w) || byAcronym, `"${e.title}" has "${w}"`).toBe(true);
    for (const a of i.authors ?? []) expect(e.authors, `"${e.title}" lists ${a}`).toContain(a);
  }
  const stated = /(?:: |Yes — .*: )(\d+)\b/.exec(answer.answer);
  if ((i.intent === 'count-papers' || i.intent === 'list-papers') && stated) {
    expect(Number(stated[1])).toBe(cited.length);
    if (!i.topic)
      expect(new Set(cited.map((e) => e.title))).toEqual(new Set(recount(answer, entries).map((e) => e.title)));
  }
  if (
    (i.intent === 'count-papers' || i.intent === 'list-papers') &&
    /^(?:No: |I found no )/.test(answer.answer) &&
    !i.topic
  )
    expect(recount(answer, entries)).toEqual([]);
}
