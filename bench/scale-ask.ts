// `npm run bench`'s ask measure on a synthetic listing: a mix of questions built from that
// listing's own authors, title words, titles and years, so the questions name what is there.
import { ask } from '../src/ask/ask.js';
import type { Paper } from '../src/listing/paper.js';
import type { PaperIndex } from '../src/search/paper-index.js';

/** Lower-case title words of five letters or more, by how many papers' titles have them, commonest first. */
function titleWords(papers: readonly Paper[]): string[] {
  const df = new Map<string, number>();
  for (const p of papers)
    for (const w of new Set(p.title.toLowerCase().match(/\b[a-z]{5,}\b/g) ?? [])) df.set(w, (df.get(w) ?? 0) + 1);
  return [...df].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([w]) => w);
}

/** Authors by number of papers, most first (ties by name, so the pick is the same on every run). */
function prolificAuthors(papers: readonly Paper[]): string[] {
  const counts = new Map<string, number>();
  for (const p of papers) for (const a of p.authors) counts.set(a, (counts.get(a) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([a]) => a);
}

/**
 * The same kinds of question as the fixture's mix: counts by author and year, a category the
 * listing does not show, superlatives, a distribution, compound, yes/no, negation, a field the
 * listing does not show, a follow-up, collaborators, a comparison and a bare topic.
 */
export function scaleQuestions(papers: readonly Paper[]): string[] {
  const words = titleWords(papers);
  const common = words[2] ?? 'training';
  const middle = words[Math.min(words.length - 1, 40)] ?? 'diffusion';
  const rare = words[Math.min(words.length - 1, 400)] ?? 'stragglers';
  const [first = '', second = ''] = prolificAuthors(papers);
  const byFirst = papers.find((p) => p.authors.includes(first));
  // A paper from the middle of the listing, away from the first ones the synthetic titles copy.
  const paper = papers[Math.floor(papers.length / 2) + 7] ?? papers[0];
  if (!paper) return [];
  const year = (byFirst ?? paper).submitted.slice(0, 4);
  return [
    `How many papers has ${first} written in ${year}?`,
    `How many papers were first submitted in ${year}?`,
    'Which papers are in cs.CL?',
    'Which paper has the most authors?',
    'What is the oldest paper?',
    'papers per year',
    'Which month had the most papers?',
    `Who wrote ${paper.title} and when was it first submitted?`,
    `Is ${paper.authors[0]} an author of ${paper.title}?`,
    `papers about ${middle} but not ${common}`,
    `How many pages is ${paper.title}?`,
    `what about ${Number(year) - 1}?`,
    `Who collaborates most with ${first}?`,
    `What is the most recent paper on ${middle}?`,
    `Who wrote the most papers about ${common}?`,
    `Compare ${first} and ${second}`,
    `Did ${first} and ${second} write together?`,
    `How many papers mention ${rare}?`,
    `${middle} ${rare}`,
  ];
}

/** Latencies of the mix over all rounds, and the slowest questions by their median. */
export interface AskTimes {
  p50: number;
  p99: number;
  max: number;
  questions: number;
  rounds: number;
  slowest: { question: string; p50: number; max: number }[];
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

const round2 = (ms: number) => Math.round(ms * 100) / 100;

/** Times `ask` over the questions: one untimed round (the first calls compile the code), then `rounds`. */
export function timeAsk(index: PaperIndex, questions: readonly string[], rounds: number): AskTimes {
  for (const q of questions) ask(index, q);
  (globalThis as { gc?: () => void }).gc?.();
  const each = questions.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) {
    questions.forEach((q, i) => {
      const t = performance.now();
      ask(index, q);
      each[i]?.push(performance.now() - t);
    });
  }
  const all = each.flat().sort((a, b) => a - b);
  const slowest = questions
    .map((question, i) => {
      const times = (each[i] ?? []).sort((a, b) => a - b);
      return { question, p50: round2(percentile(times, 50)), max: round2(times[times.length - 1] ?? NaN) };
    })
    .sort((a, b) => b.p50 - a.p50)
    .slice(0, 5);
  return {
    p50: percentile(all, 50),
    p99: percentile(all, 99),
    max: all[all.length - 1] ?? NaN,
    questions: questions.length,
    rounds,
    slowest,
  };
}

/** "slowest: "…" 3.10 ms, …": the slowest questions by median, for a table's note. */
export function slowestNote(times: AskTimes, count = 3): string {
  const cut = (q: string) => (q.length > 60 ? `${q.slice(0, 57)}…` : q);
  return `slowest (median, max): ${times.slowest
    .slice(0, count)
    .map((s) => `"${cut(s.question)}" ${s.p50.toFixed(2)}, ${s.max.toFixed(2)} ms`)
    .join('; ')}`;
}
