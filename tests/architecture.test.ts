import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/run.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const PLATFORM = /from\s+['"](discord\.js|grammy|@grammyjs\/[^'"]*|@discordjs\/[^'"]*)['"]|import\(\s*['"](discord\.js|grammy)/;

const CORE = ['base', 'listing', 'search', 'ask', 'digest', 'chat'];
const coreFiles = () => [...CORE.flatMap((d) => sources(join(ROOT, 'src', d))), ...sources(join(ROOT, 'commands'))];

describe('architecture', () => {
  it('keeps platform libraries out of the core folders and commands', () => {
    const files = coreFiles();
    expect(files.length).toBeGreaterThan(10);
    const leaks = files.filter((f) => PLATFORM.test(readFileSync(f, 'utf8')));
    expect(leaks).toEqual([]);
  });

  it('keeps adapters out of the core folders and commands', () => {
    const files = coreFiles();
    const leaks = files.filter((f) => /from\s+['"][./]*\/?(?:src\/)?adapters\//.test(readFileSync(f, 'utf8')));
    expect(leaks).toEqual([]);
  });

  it('the pattern would catch a leak', () => {
    expect(PLATFORM.test("import { Bot } from 'grammy';")).toBe(true);
    expect(PLATFORM.test("import { Client } from 'discord.js';")).toBe(true);
  });
});
