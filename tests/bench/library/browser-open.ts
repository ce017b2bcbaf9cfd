import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
// @ts-expect-error -- a plain .mjs helper shared with the test runner
import { chromiumArgs, findChromium } from '../../e2e/find-browser.mjs';

/** Starts the browser host on a notebook and times page load to the first visible Library row. */
export async function firstPageInBrowser(cli: string, notebook: string): Promise<number> {
  const host = spawn(process.execPath, [cli, 'web', '--notebook', notebook, '--no-open'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((done) => {
    let out = '';
    host.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /Dossier web: (\S+)/.exec(out);
      if (match) done(match[1]!);
    });
  });
  const executablePath: string | undefined = findChromium();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
  try {
    const page = await browser.newPage();
    const start = performance.now();
    await page.goto(url);
    await page.getByRole('grid', { name: 'Documents' }).getByRole('gridcell').first().waitFor();
    return Math.round(performance.now() - start);
  } finally {
    await browser.close();
    host.kill('SIGINT');
  }
}
