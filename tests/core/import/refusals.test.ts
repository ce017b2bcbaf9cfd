import Database from 'better-sqlite3';
import { mkdirSync, symlinkSync, writeFileSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_EXTENSIONS } from '../../../shared/model/limits';
import { importableExtensions } from '../../../main/core/import/detect-format';
import { corpusFile } from '../../helpers/corpus';
import { openTestNotebook, runImport, tempDir, type TestNotebook } from '../../helpers/notebook';

/** Row counts and a digest of every stored value: what "the notebook did not change" means. */
function snapshot(notebook: TestNotebook): string {
  const db = new Database(notebook.path, { readonly: true });
  try {
    const documents = db.prepare('SELECT uid, title, content_hash, t.text, trashed_at FROM documents JOIN document_texts t ON t.document_id = documents.id ORDER BY id').all();
    const sources = db.prepare('SELECT document_id, hex(bytes) AS bytes FROM document_sources ORDER BY document_id').all();
    return JSON.stringify({ documents, sources });
  } finally {
    db.close();
  }
}

async function expectRefused(file: string, code: string, message: RegExp) {
  const notebook = openTestNotebook();
  await notebook.importPaths(corpusFile('003'));
  const before = snapshot(notebook);
  const summary = await notebook.importPaths(file);
  expect(summary.imported).toEqual([]);
  expect(summary.failed).toEqual([{ file, code, message: expect.stringMatching(message) }]);
  expect(snapshot(notebook)).toBe(before);
}

describe('the importer registry', () => {
  it('picks up in folders exactly the extensions the renderer filters dropped folders by', () => {
    expect([...importableExtensions].sort()).toEqual([...ARTICLE_EXTENSIONS].sort());
  });
});

describe('files the import refuses, leaving the notebook as it was', () => {
  it('refuses a binary file', async () => {
    const file = join(tempDir(), 'photo.txt');
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    await expectRefused(file, 'UNSUPPORTED_FORMAT', /PNG image/);
  });

  it('refuses a file with NUL bytes', async () => {
    const file = join(tempDir(), 'data.txt');
    writeFileSync(file, Buffer.from('hello\u0000world'));
    await expectRefused(file, 'UNSUPPORTED_FORMAT', /binary file/);
  });

  it('refuses a text file that is not UTF-8, and says how to fix it', async () => {
    const file = join(tempDir(), 'latin1.txt');
    writeFileSync(file, Buffer.from('Reuni\u00f3n en M\u00e9xico con la canciller B\u00e1rcena', 'latin1'));
    await expectRefused(file, 'UNSUPPORTED_FORMAT', /not UTF-8 text\. Save it as UTF-8/);
  });

  it('refuses an empty file and a file of blank lines', async () => {
    const empty = join(tempDir(), 'empty.txt');
    writeFileSync(empty, '');
    await expectRefused(empty, 'EMPTY', /is empty/);
    const blank = join(tempDir(), 'blank.md');
    writeFileSync(blank, '\n\n   \r\n\t\n');
    await expectRefused(blank, 'EMPTY', /no text to import/);
  });

  it('refuses a file over 20 MB without reading it', async () => {
    const file = join(tempDir(), 'huge.txt');
    writeFileSync(file, '');
    truncateSync(file, 20 * 1024 * 1024 + 1);
    await expectRefused(file, 'TOO_LARGE', /20\.0 MB; Dossier imports articles of up to 20 MB/);
  });

  it('refuses a path that does not exist', async () => {
    await expectRefused(join(tempDir(), 'missing.txt'), 'UNREADABLE', /does not exist/);
  });

  it('refuses a link that points nowhere', async () => {
    const link = join(tempDir(), 'moved-away.txt');
    symlinkSync(join(tempDir(), 'gone.txt'), link);
    await expectRefused(link, 'UNREADABLE', /does not exist/);
  });

  it('judges files by content not by name, and refuses what it cannot read', async () => {
    const pdf = join(tempDir(), 'statement.txt');
    writeFileSync(pdf, '%PDF-1.7\n%âãÏÓ\n1 0 obj');
    await expectRefused(pdf, 'UNSUPPORTED_FORMAT', /PDF document/);
    const html = join(tempDir(), 'page.txt');
    writeFileSync(html, '<!DOCTYPE html><html><body><p>Hi</p></body></html>');
    const notebook = openTestNotebook();
    const summary = await notebook.importPaths(html);
    const doc = await notebook.call('documents.get', { uid: summary.imported[0]!.uid });
    expect(doc.sourceFormat).toBe('html');
    expect(doc.text).not.toContain('<p>');
    const csv = join(tempDir(), 'table.csv');
    writeFileSync(csv, 'a,b\n1,2\n');
    await expectRefused(csv, 'UNSUPPORTED_FORMAT', /not a format Dossier imports/);
  });

  it('refuses an oversized file sent by the renderer without its bytes', async () => {
    const notebook = openTestNotebook();
    const before = snapshot(notebook);
    const summary = await runImport(notebook.core, [{ kind: 'bytes', name: 'big.txt', size: 21 * 1024 * 1024, data: null }]);
    expect(summary.failed).toEqual([{ file: 'big.txt', code: 'TOO_LARGE', message: expect.stringMatching(/21\.0 MB/) }]);
    expect(snapshot(notebook)).toBe(before);
  });

  it('imports the good files of a folder and reports the rest', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'nested', 'deeper'), { recursive: true });
    writeFileSync(join(dir, 'nested', 'deeper', 'note.md'), '# A meeting in Mexico City\n\nThe delegations *met* at the [Foreign Ministry](https://example.org).\n');
    writeFileSync(join(dir, 'nested', 'broken.txt'), Buffer.from([0xff, 0xfe, 0x41]));
    writeFileSync(join(dir, 'picture.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    writeFileSync(join(dir, '.hidden.txt'), 'never imported');
    const notebook = openTestNotebook();
    const summary = await notebook.importPaths(dir);
    expect(summary.imported.map((item) => item.title)).toEqual(['A meeting in Mexico City']);
    expect(summary.failed.map((item) => item.code)).toEqual(['UNSUPPORTED_FORMAT']);
    expect(summary.skipped.map((item) => item.file)).toEqual([join(dir, 'picture.jpg')]);
    const doc = await notebook.call('documents.get', { uid: summary.imported[0]!.uid });
    expect(doc.text).toBe('The delegations met at the Foreign Ministry.');
    expect(doc.sourceFormat).toBe('md');
  });
});
