import { defineConfig } from 'vitest/config';

// Two projects: unit tests run in-process and quickly; end-to-end tests (*.e2e.test.ts) start
// servers and subprocesses, so they get a longer timeout and `npm run test:e2e` runs them alone.
export default defineConfig({
  test: {
    setupFiles: ['./tests/setup-fast-check.ts', './tests/setup-leaks.ts'],
    // Two workers fit a 2-core machine.
    pool: 'forks',
    maxWorkers: 2,
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          isolate: false,
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.e2e.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/**/*.e2e.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
