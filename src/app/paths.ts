import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder (the one with package.json), from src/ and from a build in dist/. */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error(`paths: no package.json above ${fileURLToPath(import.meta.url)}`);
    dir = up;
  }
}

export const ROOT = findRoot();

/** The listing that ships with the bot, used when none is configured. */
export const BUNDLED_LISTING = join(ROOT, 'fixtures', 'mahajan.txt');
