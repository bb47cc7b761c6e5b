// After each test, and once more when a file's last child process has ended: fails if a secret
// of the scenario appeared in what the bot printed, logged or sent (tests/helpers/leaks.ts).
import { afterAll, afterEach } from 'vitest';
import { leaks } from './helpers/leaks.js';

async function check(): Promise<void> {
  const found = await leaks();
  if (found.length > 0) throw new Error(`a secret leaked:\n${found.join('\n')}`);
}

afterEach(check);
afterAll(check);
