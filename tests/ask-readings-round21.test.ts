// Readings found by the twenty-first question round (fixtures/questions/round21: queries typed as
// into a search box): expectations from the raw fixture lines and blocks.
import { describe, expect, it } from 'vitest';
import { ask } from '../src/ask/ask.js';
import { RAW_ENTRIES, fixtureIndex } from './helpers/fixture.js';
import { realCopy } from './helpers/real-copy.js';
import { categories, hidden, idOf, names, titleOf, versionDays } from './helpers/raw-blocks.js';

const index = fixtureIndex();
const gpt = realCopy('gpt-search-2024-09.copied.txt');
const drosophila = realCopy('drosophila-connectome.copied.txt');
const distributed = realCopy('distributed-systems.copied.txt');
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const said = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};
const ids = (a: { papers: readonly { arxivId?: string }[] }) => new Set(a.papers.map((p) => p.arxivId));

describe('search-box queries (round 21)', () => {
  it('reads "<paper> date" and "<paper> last update" as its dates', () => {
    const qwen = gpt.blocks.find((b) => titleOf(b).startsWith('Qwen2-VL:')) as string;
    expect(ask(gpt.index, 'qwen2-vl date').answer).toContain(said(versionDays(qwen).first));
    const flash = RAW_ENTRIES.find((e) => e.title.startsWith('Flashlight:'));
    const [y, m, d] = (flash?.updated ?? '').split('-').map(Number);
    expect(ask(index, 'flashlight last update').answer).toContain(`${d} ${MONTHS[(m as number) - 1]} ${y}`);
  });

  it('reads "X last author count", "X by primary", "pre-2025 papers?"', () => {
    const last = RAW_ENTRIES.filter((e) => e.hidden === 0 && e.authors.at(-1) === 'Divya Mahajan');
    expect(ask(index, 'divya mahajan last author count').answer).toContain(`: ${last.length}`);
    const lg = gpt.blocks.filter((b) => categories(b).includes('cs.LG'));
    const byPrimary = new Map<string, number>();
    for (const b of lg) byPrimary.set(categories(b)[0] as string, (byPrimary.get(categories(b)[0] as string) ?? 0) + 1);
    const a = ask(gpt.index, 'cs.lg by primary').answer;
    for (const [c, n] of byPrimary) expect(a).toContain(`${c}: ${n}`);
    const early = distributed.blocks.filter((b) => versionDays(b).first < Date.parse('2025-01-01'));
    expect(early).toHaveLength(0);
    expect(ask(distributed.index, 'pre-2025 papers?').answer).toMatch(/^No papers submitted before 1 Jan 2025/);
  });

  it('reads a name alone with a question mark as whether that person is an author', () => {
    expect(ask(index, 'bengio?').answer).toMatch(/^Yes/);
    expect(gpt.blocks.some((b) => hidden(b) > 0)).toBe(false);
    expect(ask(gpt.index, 'lecun?').answer).toMatch(/^No: I don't know an author named "lecun"/);
    expect(ask(index, 'diffusion?').understood).toBe('papers about "diffusion"');
  });

  it("reads a year at the end of a query as the papers of that year, but not a venue's year", () => {
    const lyz = drosophila.blocks.filter(
      (b) => names(b).includes('Vince Lyzinski') && new Date(versionDays(b).first).getUTCFullYear() === 2017,
    );
    expect(ids(ask(drosophila.index, 'lyzinski 2017'))).toEqual(new Set(lyz.map(idOf)));
    expect(ask(distributed.index, 'papers accepted at NeurIPS 2025').understood).toContain('"NeurIPS 2025"');
  });

  it('answers "X: count and list" and "X: count + oldest" in two parts', () => {
    const single = gpt.blocks.filter((b) => names(b).length + hidden(b) === 1);
    const a = ask(gpt.index, 'single author papers: count and list');
    expect(a.parts).toHaveLength(2);
    expect(a.parts?.[0]?.answer).toContain(`: ${single.length}.`);
    expect(ids(a.parts?.[1] ?? { papers: [] })).toEqual(new Set(single.map(idOf)));
    const revised = drosophila.blocks.filter((b) => /v1 submitted/.test(b));
    const first = Math.min(...revised.map((b) => versionDays(b).first));
    const b = ask(drosophila.index, 'revised papers: count + oldest');
    expect(ids(b.parts?.[1] ?? { papers: [] })).toEqual(
      new Set(revised.filter((r) => versionDays(r).first === first).map(idOf)),
    );
  });
});
