#!/usr/bin/env node
// Runs the CLI from source through tsx when it is installed (development), else from the
// compiled dist/ (production images, which keep no dev dependencies). Paths are the package's
// own, not the working folder's, so a global install (`npm i -g .`, `npm link`) runs anywhere.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const source = new URL('../src/app/cli.ts', import.meta.url);
const built = new URL('../dist/src/app/cli.js', import.meta.url);
let api;
try {
  api = await import('tsx/esm/api');
} catch {
  api = undefined;
}
if (api && existsSync(source)) {
  // Our tsconfig, not one that happens to be in the folder arxivist is run from.
  api.register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
  await import(source.href);
} else if (existsSync(built)) {
  await import(built.href);
} else {
  const root = fileURLToPath(new URL('..', import.meta.url));
  process.stderr.write(`arxivist: nothing to run in ${root}: run "npm install" there (or "npm run build")\n`);
  process.exit(1);
}
