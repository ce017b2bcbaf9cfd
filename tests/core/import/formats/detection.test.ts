import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../../helpers/corpus';
import { openTestNotebook, tempDir } from '../../../helpers/notebook';
import { parseFile } from '../../../helpers/parse-file';
import { writePdf } from '../../../helpers/pdf-writer';

function documentCount(path: string): number {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  } finally {
    db.close();
  }
}

async function expectRefused(name: string, bytes: Uint8Array | string, code: string, message: RegExp) {
  const file = join(tempDir(), name);
  writeFileSync(file, bytes);
  const notebook = openTestNotebook();
  await notebook.importPaths(corpusFile('003'));
  const summary = await notebook.importPaths(file);
  expect(summary.imported).toEqual([]);
  expect(summary.failed).toEqual([{ file, code, message: expect.stringMatching(message) }]);
  expect(documentCount(notebook.path)).toBe(1);
}

describe('choosing the importer by content', () => {
  it('reads a web page, a PDF and plain text whatever their extension says', async () => {
    expect((await parseFile('saved.txt', '<!DOCTYPE html><html><body><p>Hi there.</p></body></html>')).format).toBe('html');
    expect((await parseFile('page', '\uFEFF  <!-- saved from url=(0042)https://example.org/ -->\n<head><meta charset="utf-8"></head><p>Hello.</p>')).format).toBe('html');
    expect((await parseFile('fragment.htm', '<p>Only a fragment of a page.</p>')).format).toBe('html');
    expect((await parseFile('report.txt', writePdf([{ runs: [{ text: 'A report', x: 72, y: 700 }] }]))).format).toBe('pdf');
    expect((await parseFile('notes.md', 'Notes on <b>bold</b> claims\n\nSome text.')).format).toBe('md');
  });

  it('refuses a file that claims to be a web page but is binary', async () => {
    await expectRefused('page.html', Buffer.from([0x3c, 0x68, 0x74, 0x6d, 0x6c, 0x3e, 0x00, 0x01, 0xff, 0xfe]), 'UNSUPPORTED_FORMAT', /page\.html is a binary file/);
    await expectRefused('photo.html', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]), 'UNSUPPORTED_FORMAT', /photo\.html is a JPEG image/);
  });

  it('refuses text named like a PDF or Word document', async () => {
    await expectRefused('statement.pdf', 'Just some text', 'UNSUPPORTED_FORMAT', /statement\.pdf is named like a PDF file but holds plain text/);
    await expectRefused('minutes.docx', 'Just some text', 'UNSUPPORTED_FORMAT', /minutes\.docx is named like a DOCX file but holds plain text/);
  });

  it('refuses empty files of every format', async () => {
    for (const name of ['empty.html', 'empty.pdf', 'empty.docx']) await expectRefused(name, '', 'EMPTY', /is empty/);
    await expectRefused('blank.html', '<html><body><p> </p><script>x()</script></body></html>', 'EMPTY', /no text to import/);
  });
});

describe('where plain text and Markdown values come from', () => {
  it('names the line of the title, counting blank lines, and the title suffix as the outlet source', async () => {
    const text = '\n\nThursday, October 3\nUS advance prepares details in the SRE for the meeting – El Sol de México\n\nThe advance team arrived.';
    const article = await parseFile('advance.txt', text);
    expect(article.stated).toEqual({
      title: { value: 'US advance prepares details in the SRE for the meeting', source: 'line 4' },
      outlet: { value: 'El Sol de México', source: 'title suffix' },
    });
    expect(article.text).toBe('Thursday, October 3\n\nThe advance team arrived.');
  });

  it('names the Markdown line of the level-1 heading, after front matter', async () => {
    const article = await parseFile('note.md', '---\ntags: [meeting]\n---\n\nIntro paragraph.\n\n# Ministers meet in Washington\n\nBody.');
    expect(article.stated.title).toEqual({ value: 'Ministers meet in Washington', source: 'line 7' });
    expect(article.text).toBe('Intro paragraph.\n\nBody.');
  });

  it('falls back to the file name, and says so', async () => {
    expect((await parseFile('clipping.txt', 'May 3, 2022')).stated.title).toEqual({ value: 'clipping', source: 'file name' });
  });
});

describe('an article in Spanish', () => {
  it('keeps accents composed and is recognised as Spanish', async () => {
    const file = join(tempDir(), 'reunion.txt');
    writeFileSync(
      file,
      'Ebrard y Blinken se reu\u0301nen en Washington\n\nEl canciller Marcelo Ebrard se reunió con el secretario de Estado de los Estados Unidos para hablar de la migración y de la seguridad en la frontera.\n',
    );
    const notebook = openTestNotebook();
    const summary = await notebook.importPaths(file);
    const doc = await notebook.call('documents.get', { uid: summary.imported[0]!.uid });
    expect(doc.title).toBe('Ebrard y Blinken se reúnen en Washington');
    expect(doc.language).toBe('es');
    expect(doc.text.startsWith('El canciller Marcelo Ebrard se reunió')).toBe(true);
  });
});
