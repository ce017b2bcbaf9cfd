import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { electronBinary, projectRoot, SKIP_REASON } from './electron-app';

const binary = electronBinary();
test.skip(!binary, SKIP_REASON);

const article = resolve(projectRoot, '../shared/corpus/003_935f35c332d393ca.txt');
const articleTitle = 'Mexico and U.S. meet on security, trade and migration';

test('a researcher imports an article and finds it in the library', async () => {
  const userData = mkdtempSync(join(tmpdir(), 'dossier-electron-'));
  const inherited = Object.entries(process.env).filter(
    (entry): entry is [string, string] => entry[1] !== undefined && entry[0] !== 'ELECTRON_RUN_AS_NODE',
  );
  const env = { ...Object.fromEntries(inherited), DOSSIER_USER_DATA: userData, DOSSIER_NATIVE_BINDING: process.env.DOSSIER_NATIVE_BINDING ?? '' };
  const app = await electron.launch({ executablePath: binary, args: [projectRoot], env });
  try {
    const window = await app.firstWindow();

    const title = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
    expect(title).toBe('Dossier — Dossier');
    expect(existsSync(join(userData, 'notebooks', 'Dossier.sqlite'))).toBe(true);

    // The page gets the two bridge functions and nothing of Node.
    const bridge = await window.evaluate(() => ({
      keys: Object.keys((window as unknown as { dossier: object }).dossier).sort(),
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }));
    expect(bridge).toEqual({ keys: ['invoke', 'on'], require: 'undefined', process: 'undefined' });

    await window.locator('[data-testid="import-files-input"]').setInputFiles(article);
    await expect(window.getByText(articleTitle).first()).toBeVisible();
  } finally {
    await app.close();
    rmSync(userData, { recursive: true, force: true });
  }
});
