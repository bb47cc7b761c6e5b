import { mkdir, readFile, readdir, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { ErrorLog } from '../chat/command.js';
import { writeSnapshot } from './index-snapshot.js';
import type { Paper } from '../listing/paper.js';
import { PaperIndex } from '../search/paper-index.js';

/** Below this many papers an index builds faster than a saved one loads: nothing is saved. */
export const SAVE_FROM_PAPERS = 5_000;
const SUFFIX = '.index';

/** Logging the cache needs. */
export interface IndexCacheLog extends ErrorLog {
  warn(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
}

/** Where an index came from, for logs and benchmarks. */
export type IndexOrigin = 'built' | 'loaded';

/**
 * Saved indexes of large listings in a folder, one file per listing text (named by its
 * SHA-256), so a restart or a reload of an unchanged 100,000-paper listing loads its index in
 * seconds instead of rebuilding it. A missing, stale or damaged file is rebuilt and rewritten;
 * the cache never stops a listing from loading.
 */
export class IndexCache {
  constructor(
    /** The folder; undefined turns saving off. */
    readonly dir: string | undefined,
    private readonly log?: IndexCacheLog,
    private readonly saveFrom = SAVE_FROM_PAPERS,
  ) {}

  /** The index of these papers (the listing text with this hash), loaded if saved, else built and saved. */
  async index(papers: readonly Paper[], hash: string): Promise<{ index: PaperIndex; origin: IndexOrigin }> {
    if (!this.dir || papers.length < this.saveFrom) return { index: await PaperIndex.build(papers), origin: 'built' };
    const file = join(this.dir, `${hash}${SUFFIX}`);
    try {
      const index = await PaperIndex.fromSnapshot(papers, await readFile(file));
      return { index, origin: 'loaded' };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') this.log?.warn({ err, file }, 'index cache: cannot use the saved index; rebuilding it');
    }
    const index = await PaperIndex.build(papers);
    await this.save(index, hash, file);
    return { index, origin: 'built' };
  }

  private async save(index: PaperIndex, hash: string, file: string): Promise<void> {
    const dir = this.dir as string;
    try {
      await mkdir(dir, { recursive: true });
      // Written aside and renamed, so a crash never leaves a half-written index under the real name.
      const partial = `${file}.${process.pid}.partial`;
      await writeSnapshot(partial, index.snapshot(hash));
      await rename(partial, file);
      // Only the newest listing's index is worth keeping.
      for (const name of await readdir(dir)) {
        if (name.endsWith(SUFFIX) && name !== `${hash}${SUFFIX}`) await unlink(join(dir, name)).catch(() => undefined);
      }
      this.log?.info({ file, papers: index.size }, 'index cache: saved the index');
    } catch (err) {
      this.log?.warn({ err, dir }, 'index cache: cannot save the index; it will be rebuilt next time');
    }
  }
}
