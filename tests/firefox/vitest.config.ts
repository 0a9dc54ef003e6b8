import { defineConfig } from 'vitest/config';

/** The Firefox smoke tests (tests/firefox): one browser, one file, one at a time. */
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
  },
});
