import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/browser',
  // Says what to install when no Chromium (or no build) is there, instead of a launch stack trace.
  globalSetup: './tests/browser/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 5_000 },
  // Each test file launches its own Chromium with the extension; two cores → two workers at most.
  workers: process.env['CI'] ? 2 : 2,
  fullyParallel: false,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
});
