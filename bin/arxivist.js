#!/usr/bin/env node
// Runs the CLI from source through tsx when it is installed (development), else from the
// compiled dist/ (production images, which keep no dev dependencies).
import { existsSync } from 'node:fs';

const source = new URL('../src/app/cli.ts', import.meta.url);
let api;
try {
  api = await import('tsx/esm/api');
} catch {
  api = undefined;
}
if (api && existsSync(source)) {
  api.register();
  await import(source.href);
} else {
  await import(new URL('../dist/src/app/cli.js', import.meta.url).href);
}
