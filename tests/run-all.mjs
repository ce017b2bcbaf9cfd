// `npm test`: builds the app, type-checks every project, then runs the unit/contract tests
// (vitest), the browser end-to-end tests and the Electron smoke test (Playwright). Each runner
// writes a JSON report into test-results/, which .ci/run counts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './e2e/find-browser.mjs';
import { countReports } from './count-reports.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const reports = join(root, 'test-results');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
function run(title, command, args, env = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env }, shell: process.platform === 'win32' });
  return result.status === 0;
}

if (!run('build', process.execPath, ['main/build/build.mjs'])) process.exit(1);
if (!findChromium()) {
  run('install Playwright Chromium (no Chrome or Chromium found on this machine)', bin('playwright'), ['install', 'chromium']);
}

const results = [
  run('type-check', bin('tsc'), ['-b']),
  run('unit, contract, host and renderer tests (vitest)', bin('vitest'), ['run', '-c', 'tests/vitest.config.ts'], {
    DOSSIER_TEST_REPORT: join(reports, 'vitest.json'),
  }),
  run('end-to-end tests in Chromium (Playwright)', bin('playwright'), ['test', '-c', 'tests/e2e/playwright.config.ts'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: join(reports, 'e2e.json'),
  }),
  run('Electron smoke test (Playwright)', bin('playwright'), ['test', '-c', 'tests/electron/playwright.config.ts'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: join(reports, 'electron.json'),
  }),
];

const counts = countReports(reports);
console.log(`\n${counts.line}`);
process.exit(results.every(Boolean) && counts.failed === 0 ? 0 : 1);
