import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['./tests/setup-fast-check.ts', './tests/setup-leaks.ts'],
    // The end-to-end suites start real servers and subprocesses; two workers fit a 2-core machine.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    reporters: ['default', './tests/summary-reporter.ts'],
    hookTimeout: 30_000,
  },
});
