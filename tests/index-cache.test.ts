// Indexes of chats' sources: kept within the budget, reused, and updated when a source changes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseListing } from '../src/listing/listing-parser.js';
import { IndexCache, indexBytes } from '../src/sources/index-cache.js';
import { ROOT } from './helpers/run.js';

const papers = parseListing(readFileSync(join(ROOT, 'fixtures', 'mahajan.txt'), 'utf8')).papers;
// Two papers picked by their title words, written here by hand.
const pimba = papers.find((p) => p.title.startsWith('Pimba:'));
const moetuner = papers.find((p) => p.title.startsWith('MoETuner:'));

describe('IndexCache', () => {
  it('builds a set once per version, and reads its papers only then', async () => {
    const cache = new IndexCache(512 * 1024 * 1024);
    let reads = 0;
    const load = async () => {
      reads += 1;
      return { papers };
    };
    const a = await cache.get('1', '1', load);
    expect(await cache.get('1', '1', load)).toBe(a);
    expect(reads).toBe(1);
    expect(a.size).toBe(papers.length);
  });

  it('updates the held index of a set when its version moves, and holds only the new one', async () => {
    const cache = new IndexCache(512 * 1024 * 1024);
    const without = papers.filter((p) => p !== pimba);
    const first = await cache.get('1+2', '1+1', async () => ({ papers: without }));
    expect(first.search('Pimba').hits).toHaveLength(0);
    const withPimba = papers.filter((p) => p !== moetuner);
    const next = await cache.get('1+2', '2+1', async () => ({ papers: withPimba }));
    expect(next.search('Pimba').hits.map((h) => h.paper.id)).toEqual([pimba?.id]);
    expect(next.get(moetuner?.id as string)).toBeUndefined();
    expect(next.size).toBe(papers.length - 1);
    expect(cache.usage().indexes).toBe(1);
  });

  it('keeps what fits the budget, least recently used out first', async () => {
    const half = papers.slice(0, 25);
    const cache = new IndexCache(Math.ceil(indexBytes(half) * 1.5));
    await cache.get('1', '1', async () => ({ papers: half }));
    await cache.get('2', '1', async () => ({ papers: papers.slice(25) }));
    expect(cache.usage().indexes).toBe(1);
    let reads = 0;
    await cache.get('1', '1', async () => {
      reads += 1;
      return { papers: half };
    });
    expect(reads).toBe(1);
  });
});
