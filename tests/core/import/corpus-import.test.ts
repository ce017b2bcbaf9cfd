import { describe, expect, it } from 'vitest';
import { corpusFile, corpusFiles, corpusDir } from '../../helpers/corpus';
import { openTestNotebook } from '../../helpers/notebook';

describe('importing the sample corpus', () => {
  it('imports the five articles with the titles a researcher expects', async () => {
    const notebook = openTestNotebook();
    const summary = await notebook.importPaths(...corpusFiles);
    expect(summary.failed).toEqual([]);
    expect(summary.imported).toHaveLength(5);
    const { items } = await notebook.call('documents.list', { sort: 'importedAt', direction: 'asc' });
    const titles = Object.fromEntries(items.map((item, i) => [corpusFiles[i]!.split('/').at(-1)!.slice(0, 3), item]));
    expect(titles['000']?.title).toBe(
      'Mexico and the US hold a meeting in Washington to strengthen cooperation towards the Summit of the Americas',
    );
    expect(titles['003']?.title).toBe('Mexico and U.S. meet on security, trade and migration');
    expect(titles['004']?.title).toBe('US advance prepares details in the SRE for high-level meeting with AMLO on migration');
    expect(titles['004']?.outlet).toBe('El Sol de México');
    expect(titles['002']?.title).toBe('Mexico and the United States form a new immigration working group (+photos)');
    for (const item of items) {
      expect(item.language).toBe('en');
      expect(item.words).toBeGreaterThan(300);
    }
  });

  it('keeps page furniture out of the text but keeps the original bytes', async () => {
    const notebook = openTestNotebook();
    const summary = await notebook.importPaths(corpusFile('000'), corpusFile('002'), corpusFile('003'));
    const texts = await Promise.all(summary.imported.map(({ uid }) => notebook.call('documents.get', { uid })));
    const all = texts.map((doc) => doc.text).join('\n');
    for (const furniture of ['skip to content', 'Leave a Reply', 'Your email address', 'See also', 'It may interest you', 'AMLO asks Greg Abbott']) {
      expect(all).not.toContain(furniture);
    }
    expect(all).toContain('the Secretary of Foreign Affairs of Mexico, Marcelo Ebrard');
    expect(all).toContain('Thursday, October 3');
    const raw = notebook.core;
    expect(raw).toBeDefined();
    const sources = (await import('better-sqlite3')).default(notebook.path, { readonly: true })
      .prepare('SELECT length(bytes) AS n FROM document_sources ORDER BY document_id')
      .all() as Array<{ n: number }>;
    const { statSync } = await import('node:fs');
    expect(sources.map((s) => s.n)).toEqual([corpusFile('000'), corpusFile('002'), corpusFile('003')].map((f) => statSync(f).size));
  });

  it('stores normalised text: one blank line between paragraphs, no spaces at line ends, NFC', async () => {
    const notebook = openTestNotebook();
    const summary = await notebook.importPaths(corpusFile('002'));
    const doc = await notebook.call('documents.get', { uid: summary.imported[0]!.uid });
    expect(doc.text).not.toMatch(/\n{3,}/);
    expect(doc.text).not.toMatch(/[ \t]+$/m);
    expect(doc.text).not.toMatch(/^[ \t]+/m);
    expect(doc.text).toBe(doc.text.normalize('NFC'));
    expect(doc.text.startsWith('The meeting was short')).toBe(true);
  });

  it('imports a folder recursively, Markdown included, and skips content imported twice', async () => {
    const notebook = openTestNotebook();
    const first = await notebook.importPaths(corpusDir);
    expect(first.imported.map((item) => item.title)).toContain('Sample corpus: US–Mexico bilateral meetings');
    const again = await notebook.importPaths(corpusFile('001'));
    expect(again.imported).toEqual([]);
    expect(again.skipped).toHaveLength(1);
    expect(again.skipped[0]!.reason).toMatch(/^duplicate of “The Chancellor thanked/);
    expect((await notebook.call('notebook.info', {})).documents).toBe(6);
  });
});
