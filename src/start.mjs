// What `npm start` runs. The TypeScript sources are bundled with esbuild into
// node_modules/.cache/arxivist (about 0.2 s, only after a source file changed) and the bundle is
// run: it starts in about half the time of running the sources through tsx, whose loader alone
// costs 0.2-0.3 s on every start. Platform packages stay external and load only when configured.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const cache = join(root, 'node_modules', '.cache', 'arxivist');
const bundle = join(cache, 'bundle');

/** A stamp of every source file's path, size and modification time, and of package.json. */
function sourceStamp() {
  const parts = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|mjs|json)$/.test(entry.name)) {
        const s = statSync(path);
        parts.push(`${path}:${s.size}:${s.mtimeMs}`);
      }
    }
  };
  walk(join(root, 'src'));
  walk(join(root, 'commands'));
  const pkg = statSync(join(root, 'package.json'));
  parts.push(`package.json:${pkg.size}:${pkg.mtimeMs}`);
  return parts.sort().join('\n');
}

function current(stamp) {
  try {
    return readFileSync(join(bundle, 'stamp.txt'), 'utf8') === stamp;
  } catch {
    return false;
  }
}

/** Packages to leave outside the bundle: every dependency but {@link INLINE}. */
const INLINE = new Set(['zod', 'stemmer']);
function external() {
  const { dependencies = {} } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return Object.keys(dependencies)
    .filter((name) => !INLINE.has(name))
    .flatMap((name) => [name, `${name}/*`]);
}

async function build(stamp) {
  const { build: esbuild } = await import('esbuild');
  // Built aside and renamed into place, so two starts at once never run a half-written bundle.
  const partial = join(cache, `bundle-${process.pid}`);
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  await esbuild({
    entryPoints: [join(root, 'src', 'main.ts')],
    outdir: partial,
    bundle: true,
    // Split so the adapters (and grammY, discord.js, better-sqlite3) load only when configured.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Packages stay outside the bundle, except the pure-JS ones every start loads: zod alone is
    // 124 ES modules, and resolving and linking them one by one costs about 0.1 s a start.
    external: external(),
    logLevel: 'error',
  });
  writeFileSync(join(partial, 'stamp.txt'), stamp);
  rmSync(bundle, { recursive: true, force: true });
  try {
    renameSync(partial, bundle);
  } catch {
    // Another start renamed its bundle first; that one is as good.
    rmSync(partial, { recursive: true, force: true });
  }
}

const stamp = sourceStamp();
try {
  if (!current(stamp)) await build(stamp);
  await import(pathToFileURL(join(bundle, 'main.js')).href);
} catch (err) {
  // No esbuild (a production install without development packages): run the sources with tsx.
  process.stderr.write(
    `start: cannot bundle the sources (${err instanceof Error ? err.message : String(err)}); running them with tsx\n`,
  );
  let register;
  try {
    ({ register } = await import('tsx/esm/api'));
  } catch {
    process.stderr.write(
      'start: tsx is not installed either (an install without development packages?): run `npm ci`, or `npm run build` and `node dist/src/main.js`\n',
    );
    process.exit(2);
  }
  register();
  await import(pathToFileURL(join(root, 'src', 'main.ts')).href);
}
