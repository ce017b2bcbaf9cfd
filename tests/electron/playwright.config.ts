import { defineConfig } from '@playwright/test';

// The real Electron app, driven by Playwright's `_electron`. Vitest owns the *.test.ts files here.
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  globalSetup: './global-setup.ts',
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json']],
  outputDir: '../../test-results/electron-artifacts',
});
