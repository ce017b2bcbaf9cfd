import { test as base, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const corpusDir = resolve(projectRoot, '..', 'shared', 'corpus');
export const corpusFile = (prefix: string) => {
  const names: Record<string, string> = {
    '000': '000_20bfc48c463543ef.txt',
    '001': '001_c289bd351e876254.txt',
    '002': '002_4f757ef753d5f59f.txt',
    '003': '003_935f35c332d393ca.txt',
    '004': '004_20bc1f787de61538.txt',
  };
  return join(corpusDir, names[prefix]!);
};
export const allCorpusFiles = ['000', '001', '002', '003', '004'].map(corpusFile);

export interface DossierHost {
  url: string;
  origin: string;
  token: string;
  notebookPath: string;
}

/** Starts the real browser host (`dossier web`) on a fresh notebook, as `npm run web` does. */
async function startHost(dir: string): Promise<{ host: DossierHost; child: ChildProcess }> {
  const notebookPath = join(dir, 'e2e.sqlite');
  const child = spawn(process.execPath, [join(projectRoot, 'out/main/cli.cjs'), 'web', '--notebook', notebookPath, '--no-open'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /Dossier web: (\S+)/.exec(out);
      if (match) resolveUrl(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`dossier web exited with ${code}: ${out}`)));
  });
  const parsed = new URL(url);
  return { host: { url, origin: parsed.origin, token: parsed.searchParams.get('token')!, notebookPath }, child };
}

export const test = base.extend<{ host: DossierHost; app: Page }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright fixtures must destructure their dependencies.
  host: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
    const { host, child } = await startHost(dir);
    await use(host);
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGINT');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  },
  app: async ({ page, host }, use) => {
    await page.goto(host.url);
    await use(page);
  },
});

export { expect };

/** Imports files through the Library's "Import articles…" file input, as a user picking files. */
export async function importThroughUi(page: Page, files: string[]) {
  await page.getByTestId('import-files-input').setInputFiles(files);
}
