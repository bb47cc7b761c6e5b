// A broken data folder or database stops the program with exit 2 and a message that names
// ARXIVIST_DATA_DIR, says what is wrong and what to do: never a stack trace.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { cliInProcess } from './helpers/cli.js';
import { mainInProcess } from './helpers/main.js';
import { tempDataDir } from './helpers/run.js';

type Fault = [name: string, make: () => string, message: RegExp];

const FAULTS: Fault[] = [
  [
    'a file where the folder should be',
    () => {
      const path = join(tempDataDir(), 'data');
      writeFileSync(path, 'not a folder');
      return path;
    },
    /ARXIVIST_DATA_DIR \(.*\/data\): a file stands where the data folder should be; point ARXIVIST_DATA_DIR at a folder/,
  ],
  [
    'a file that is not a database',
    () => {
      const dir = tempDataDir();
      writeFileSync(join(dir, 'arxivist.db'), 'these bytes are no SQLite database at all, not even close');
      return dir;
    },
    /ARXIVIST_DATA_DIR \(.*\): .*arxivist\.db is not a usable SQLite database \(file is not a database\); restore it from a backup, or move it away/,
  ],
  [
    'a database from a newer arxivist',
    () => {
      const dir = tempDataDir();
      mkdirSync(dir, { recursive: true });
      const store = new SqliteStore(join(dir, 'arxivist.db'));
      store.db.pragma('user_version = 42');
      store.db.close();
      return dir;
    },
    /ARXIVIST_DATA_DIR: the database .*arxivist\.db has schema version 42, written by a newer arxivist; this one knows up to \d+/,
  ],
];

describe.each(FAULTS)('%s', (_name, make, message) => {
  it('`arxivist subscriptions` exits 2 with the message', async () => {
    const r = await cliInProcess(['subscriptions'], { ARXIVIST_DATA_DIR: make() });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('the bot (npm start with a token) exits 2 with the message', async () => {
    const r = await mainInProcess({
      env: { ARXIVIST_DATA_DIR: make(), TELEGRAM_BOT_TOKEN: '123:abc', TELEGRAM_API_ROOT: 'http://127.0.0.1:9' },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
