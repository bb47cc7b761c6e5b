// No Docker engine runs here, so the Dockerfile is checked statically against what it promises.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { HEAP_GROWTH_FLAG } from '../src/app/node-flags.js';
import { ROOT } from './helpers/run.js';

const text = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
const lines = text.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

describe('Dockerfile', () => {
  it('is multi-stage: npm ci and build, then prune dev dependencies', () => {
    const froms = lines.filter((l) => l.startsWith('FROM '));
    expect(froms).toHaveLength(2);
    expect(froms[0]).toMatch(/^FROM node:20\.20\S* AS build$/);
    expect(text).toMatch(/RUN npm ci\n/);
    expect(text).toMatch(/npm run build && npm prune --omit=dev/);
    expect(pkg.scripts.build).toBe('tsc -p tsconfig.build.json');
  });

  it('runs as a non-root user with an init as PID 1 and an exec-form CMD', () => {
    const last = text.slice(text.lastIndexOf('FROM '));
    expect(last).toMatch(/^USER node$/m);
    expect(last).toMatch(/^ENTRYPOINT \["\/usr\/bin\/tini", "--"\]$/m);
    const cmd = /^CMD (.*)$/m.exec(last)?.[1] ?? '';
    expect(JSON.parse(cmd)).toEqual(['node', HEAP_GROWTH_FLAG, 'dist/src/app/main.js']);
  });

  it('copies only files that exist, and the entry point the build emits', () => {
    for (const l of lines.filter((x) => x.startsWith('COPY ') && !x.includes('--from'))) {
      const parts = l.split(/\s+/).slice(1, -1);
      for (const p of parts) expect(existsSync(join(ROOT, p)), p).toBe(true);
    }
    const build = JSON.parse(readFileSync(join(ROOT, 'tsconfig.build.json'), 'utf8'));
    expect(build.compilerOptions).toMatchObject({ outDir: 'dist', rootDir: '.' });
    expect(existsSync(join(ROOT, 'src', 'app', 'main.ts'))).toBe(true);
  });
});

describe('deployment files', () => {
  it('npm start runs the bot with the heap growth the benchmark measured', () => {
    expect(pkg.scripts.start).toBe(`node ${HEAP_GROWTH_FLAG} --import tsx src/app/main.ts`);
  });

  it('the image checks its health on /healthz at PORT', () => {
    const last = text.slice(text.lastIndexOf('FROM '));
    expect(last).toMatch(/PORT=8080/);
    expect(last).toMatch(/^EXPOSE 8080$/m);
    const check = /^HEALTHCHECK .*\\\n\s+CMD (.*)$/m.exec(last)?.[1] ?? '';
    expect(JSON.parse(check).join(' ')).toMatch(/fetch\('http:\/\/127\.0\.0\.1:'\+process\.env\.PORT\+'\/healthz'\)/);
  });

  it('compose runs PostgreSQL and two bot instances behind a proxy that forwards only the webhook path', () => {
    const compose = parse(readFileSync(join(ROOT, 'deploy', 'compose.yaml'), 'utf8')) as {
      services: Record<string, { environment?: Record<string, string>; depends_on?: unknown; image?: string }>;
    };
    const bots = Object.entries(compose.services).filter(([name]) => name.startsWith('bot-'));
    expect(bots).toHaveLength(2);
    expect(compose.services['postgres']?.image).toMatch(/^postgres:/);
    const caddy = readFileSync(join(ROOT, 'deploy', 'Caddyfile'), 'utf8');
    for (const [, bot] of bots) {
      const env = bot.environment ?? {};
      expect(env['ARXIVIST_DATABASE_URL']).toMatch(/^postgres:\/\/arxivist:.*@postgres:5432\/arxivist$/);
      const path = new URL((env['TELEGRAM_WEBHOOK_URL'] ?? '').replace(/\$\{[^}]+\}/g, 'host')).pathname;
      expect(caddy).toContain(`handle ${path} {`);
      expect(caddy).toContain(`:${env['PORT']}`);
    }
    expect(caddy).toMatch(/reverse_proxy bot-1:8080 bot-2:8080/);
  });
});
