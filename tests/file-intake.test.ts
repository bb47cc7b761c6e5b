// Files sent in a chat: the capped download every adapter uses, and the pipeline's route of a
// file sent with no command, with commands made up here.
import { type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { UserError } from '../src/base/errors.js';
import { type AnyCommand, checkCommands, defineCommand } from '../src/chat/command.js';
import { MAX_FILE_BYTES, download, downloadableFile } from '../src/chat/file-download.js';
import type { IncomingFile } from '../src/chat/incoming-file.js';
import { ChatPipeline } from '../src/chat/pipeline.js';
import type { Incoming, Outgoing } from '../src/chat/turn.js';
import { LiveIndex } from '../src/search/live-index.js';
import { FakeFiles } from './fakes/fake-files.js';
import { fixtureIndex } from './helpers/fixture.js';
import { watchedLogger } from './helpers/leaks.js';
import { readfile } from './helpers/file-commands.js';

const log = watchedLogger('file intake', { level: 'warn' });
const live = new LiveIndex(fixtureIndex());
const MB = 1024 * 1024;

describe('download', () => {
  const files = new FakeFiles();
  const held: ServerResponse[] = [];
  const server = createServer((req, res) => {
    if (req.url === '/held') return void held.push(res);
    if (!files.serve(req.url ?? '', res)) res.writeHead(404).end();
  });
  let root = '';
  const limits = { maxBytes: 100, timeoutMs: 10_000 };

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    root = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    files.add('/ok', Buffer.from('Pimba: a listing\n'));
    files.add('/exact', Buffer.alloc(100, 120), { noLength: true });
    files.add('/announced', Buffer.alloc(150, 120));
    files.add('/endless', Buffer.alloc(150, 120), { neverEnd: true });
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('reads a whole file, up to the cap exactly', async () => {
    expect(Buffer.from(await download(`${root}/ok`, 'a.txt', limits)).toString()).toBe('Pimba: a listing\n');
    expect((await download(`${root}/exact`, 'b.txt', limits)).length).toBe(100);
  });

  it('refuses a Content-Length over the cap, and a body that passes it while it streams', async () => {
    await expect(download(`${root}/announced`, 'c.txt', limits)).rejects.toThrow(
      new UserError('c.txt has 0.1 MB; a file sent here may have at most 0.1 MB.'),
    );
    // The body never ends: only stopping at the cap gives an answer before the deadline.
    await expect(download(`${root}/endless`, 'd.txt', { ...limits, timeoutMs: 60_000 })).rejects.toThrow(
      /^d\.txt has more than 0\.1 MB; a file sent here may have at most 0\.1 MB\.$/,
    );
  });

  it('gives up at the deadline with a UserError; other failures say why without quoting the URL', async () => {
    const late = download(`${root}/held`, 'e.txt', { ...limits, timeoutMs: 50 });
    await expect(late).rejects.toBeInstanceOf(UserError);
    await expect(late).rejects.toThrow('e.txt did not arrive within 0.05 s.');
    const missing = download(`${root}/secret-token/none`, 'f.txt', limits);
    await expect(missing).rejects.not.toBeInstanceOf(UserError);
    await expect(missing).rejects.toThrow(/^f\.txt could not be downloaded: HTTP 404$/);
    // A port just freed: nothing listens there.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const refused = download(`http://127.0.0.1:${port}/none`, 'g.txt', limits);
    await expect(refused).rejects.toThrow(/^g\.txt could not be downloaded: ECONNREFUSED$/);
  });

  it('refuses an announced size over the limit without asking where the file is, and reads once', async () => {
    let asked = 0;
    const big = downloadableFile('big.html', 6 * MB, () => {
      asked += 1;
      return `${root}/ok`;
    });
    await expect(big.read()).rejects.toThrow('big.html has 6 MB; a file sent here may have at most 5 MB.');
    expect(asked).toBe(0);
    const small = downloadableFile('a.txt', 17, () => {
      asked += 1;
      return `${root}/ok`;
    });
    expect((await small.read()).length).toBe(17);
    expect((await small.read()).length).toBe(17);
    expect(asked).toBe(1);
    expect(MAX_FILE_BYTES).toBe(5 * MB);
  });
});

const echo = defineCommand({
  name: 'echo',
  description: 'Says the words back',
  options: z.object({ words: z.string().describe('Words') }),
  takesText: true,
  run: ({ words }) => ({ kind: 'text', text: `echo: ${words}` }),
});

const file: IncomingFile = { name: 'l.txt', size: 3, read: async () => new Uint8Array([1, 2, 3]) };

async function turn(commands: AnyCommand[], incoming: Incoming, withFile = true): Promise<Outgoing[]> {
  const sent: Outgoing[] = [];
  await new ChatPipeline({ commands, live, log }).handle({
    platform: 'telegram',
    incoming,
    chatId: 'c1',
    ...(withFile ? { file } : {}),
    context: () => ({ ...live.snapshot(), platform: 'telegram', commands, now: () => new Date() }),
    send: async (out) => void sent.push(out),
  });
  return sent;
}

describe('the pipeline routes files by declaration', () => {
  it('runs the command that takes files on a file sent as plain text, the text aside', async () => {
    expect(await turn([echo, readfile], { kind: 'text', text: 'here it is' })).toEqual([
      { kind: 'reply', reply: { kind: 'text', text: 'l.txt: 3 bytes' } },
    ]);
    // Text without a file is still a question.
    expect(await turn([echo, readfile], { kind: 'text', text: 'hi' }, false)).toEqual([
      { kind: 'reply', reply: { kind: 'text', text: 'echo: hi' } },
    ]);
  });

  it('gives a typed command its file, with its options', async () => {
    expect(await turn([echo, readfile], { kind: 'typed', name: 'readfile', rest: 'add' })).toEqual([
      { kind: 'reply', reply: { kind: 'text', text: 'l.txt: 3 bytes (add)' } },
    ]);
  });

  it('says so when no command reads files', async () => {
    expect(await turn([echo], { kind: 'text', text: '' })).toEqual([
      { kind: 'reply', reply: { kind: 'error', message: 'I read no files here.' } },
    ]);
  });

  it('checks declarations: one command takes files, and its own options leave room and the name "file"', () => {
    const named = defineCommand({
      name: 'named',
      description: 'Has an option named file',
      options: z.object({ file: z.string().describe('F') }),
      takesFile: true,
      run: () => ({ kind: 'text', text: '' }),
    });
    expect(checkCommands([readfile, named])).toEqual([
      'command "readfile": another command takes files too; files sent alone go to one command',
      'command "named": takes files, so no option of its own may be named "file" (Discord)',
      'command "named": another command takes files too; files sent alone go to one command',
    ]);
    expect(checkCommands([readfile, echo])).toEqual([]);
  });
});
