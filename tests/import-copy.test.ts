// The saved copy of the bot's own query, from before chats had sources, becomes a source once.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFile, writeCopy } from '../src/arxiv/arxiv-copy.js';
import { importSavedCopy } from '../src/app/chat-sources.js';
import { parseListing } from '../src/listing/listing-parser.js';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { readFileSync } from 'node:fs';
import { ROOT, tempDataDir } from './helpers/run.js';

const silent = { debug() {}, info() {}, warn() {}, error() {}, fatal() {}, child: () => silent };
const papers = parseListing(readFileSync(join(ROOT, 'fixtures', 'mahajan.txt'), 'utf8')).papers.slice(0, 7);

describe('the saved copy of ARXIVIST_ARXIV_QUERY', () => {
  it('is a source with its papers after the first start, and is not read again once it is one', async () => {
    const dir = tempDataDir();
    const query = 'au:Mahajan  and cat:cs.LG';
    const file = copyFile(dir, query);
    await writeCopy(file, { query, fetchedAt: '2026-11-30T10:00:00.000Z', total: 48, papers });
    const store = new SqliteStore(join(dir, 'arxivist.db'));
    await importSavedCopy(store, query, file, 6 * 3600_000, silent);
    const source = await store.ensureSource('query', 'au:Mahajan AND cat:cs.LG', 'x', new Date());
    expect(source).toMatchObject({ papers: 7, total: 48, refreshedAt: new Date('2026-11-30T10:00:00.000Z') });
    expect(source.nextRefreshAt).toEqual(new Date('2026-11-30T16:00:00.000Z'));
    expect((await store.sourcePapers([source.id])).map((p) => p.id).sort()).toEqual(papers.map((p) => p.id).sort());
    // A later copy of the same query is the fetcher's business now, not the import's.
    await writeCopy(file, { query, fetchedAt: '2026-12-01T10:00:00.000Z', total: 49, papers: papers.slice(0, 2) });
    await importSavedCopy(store, query, file, 6 * 3600_000, silent);
    expect(await store.source(source.id)).toMatchObject({ papers: 7, total: 48 });
    await store.close();
  });
});
