// Regenerates resources/screenshots/library-reader.png for the README from the running app:
// the browser host on a fresh notebook with the sample corpus imported. `node tests/e2e/readme-screenshot.mjs`
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, findChromium } from './find-browser.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = resolve(root, '../shared/corpus');
const output = join(root, 'resources/screenshots/library-reader.png');
const colorScheme = process.argv.includes('--dark') ? 'dark' : 'light';

const dir = mkdtempSync(join(tmpdir(), 'dossier-shot-'));
const host = spawn(process.execPath, [join(root, 'out/main/cli.cjs'), 'web', '--notebook', join(dir, 'Research.sqlite'), '--no-open'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = await new Promise((done) => {
  let out = '';
  host.stdout.on('data', (chunk) => {
    out += chunk;
    const match = /Dossier web: (\S+)/.exec(out);
    if (match) done(match[1]);
  });
});
const executablePath = findChromium();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1, locale: 'en-GB', colorScheme });
  await page.goto(url);
  const files = readdirSync(corpus).filter((name) => name.endsWith('.txt')).map((name) => join(corpus, name));
  await page.getByTestId('import-files-input').setInputFiles(files);
  await page.getByRole('dialog', { name: 'Import finished' }).getByRole('button', { name: 'Close' }).click();
  await page.getByRole('row', { name: /form a new immigration working group/ }).click();
  await page.getByRole('article').getByRole('heading').first().waitFor();
  mkdirSync(dirname(output), { recursive: true });
  await page.screenshot({ path: output });
  console.log(`wrote ${output}`);
} finally {
  await browser.close();
  host.kill('SIGINT');
  rmSync(dir, { recursive: true, force: true });
}
