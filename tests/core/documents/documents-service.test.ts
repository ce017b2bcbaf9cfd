import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../helpers/corpus';
import { openTestNotebook } from '../../helpers/notebook';

describe('documents', () => {
  it('lets the researcher correct metadata, with the date precision following the value', async () => {
    const notebook = openTestNotebook();
    const { uid } = (await notebook.importPaths(corpusFile('002'))).imported[0]!;
    const updated = await notebook.call('documents.update', {
      uid,
      patch: { title: 'New working group on migration', outlet: 'Prensa Latina', published: '2023-12-27', url: 'https://example.org/a', author: null },
    });
    expect(updated).toMatchObject({ title: 'New working group on migration', outlet: 'Prensa Latina', published: '2023-12-27', url: 'https://example.org/a' });
    const again = await notebook.call('documents.get', { uid });
    expect(again.title).toBe('New working group on migration');
    await notebook.call('documents.update', { uid, patch: { published: '--12-27' } });
    expect((await notebook.call('documents.get', { uid })).published).toBe('--12-27');
    expect(notebook.events.some((e) => e.event === 'notebook.changed')).toBe(true);
  });

  it('refuses impossible dates and empty titles without changing anything', async () => {
    const notebook = openTestNotebook();
    const { uid } = (await notebook.importPaths(corpusFile('003'))).imported[0]!;
    for (const patch of [{ published: '2023-02-30' }, { published: '2023-13' }, { title: '   ' }, { url: 'javascript:alert(1)' }]) {
      const envelope = await notebook.core.invoke('documents.update', { uid, patch });
      expect(envelope).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect((await notebook.call('documents.get', { uid })).title).toBe('Mexico and U.S. meet on security, trade and migration');
  });

  it('says plainly when a document is gone', async () => {
    const notebook = openTestNotebook();
    const envelope = await notebook.core.invoke('documents.get', { uid: '01HZZZZZZZZZZZZZZZZZZZZZZZ' });
    expect(envelope).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'That document is no longer in this notebook.', details: { uid: '01HZZZZZZZZZZZZZZZZZZZZZZZ' } } });
  });

  it('moves documents to the Trash, restores them, and empties the Trash for good', async () => {
    const notebook = openTestNotebook();
    const summary = await notebook.importPaths(corpusFile('000'), corpusFile('001'), corpusFile('002'));
    const [a, b, c] = summary.imported.map((item) => item.uid) as [string, string, string];
    expect(await notebook.call('documents.trash', { uids: [a, b] })).toEqual({ count: 2 });
    expect(await notebook.call('documents.trash', { uids: [a] })).toEqual({ count: 0 });
    expect((await notebook.call('documents.list', {})).items.map((d) => d.uid)).toEqual([c]);
    expect((await notebook.call('documents.list', { trash: true })).items).toHaveLength(2);
    expect(await notebook.call('documents.restore', { uids: [b] })).toEqual({ count: 1 });
    expect(await notebook.call('notebook.info', {})).toMatchObject({ documents: 2, trash: 1 });
    expect(await notebook.call('documents.emptyTrash', {})).toEqual({ count: 1 });
    expect(await notebook.call('notebook.info', {})).toMatchObject({ documents: 2, trash: 0 });
    expect((await notebook.core.invoke('documents.get', { uid: a })).ok).toBe(false);
    const reimport = await notebook.importPaths(corpusFile('000'));
    expect(reimport.imported).toHaveLength(1);
  });

  it('sorts the library by each column, both ways', async () => {
    const notebook = openTestNotebook();
    await notebook.importPaths(corpusFile('000'), corpusFile('003'), corpusFile('004'));
    const titles = async (sort: 'title' | 'outlet' | 'words', direction: 'asc' | 'desc') =>
      (await notebook.call('documents.list', { sort, direction })).items.map((d) => d.title.slice(0, 12));
    expect(await titles('title', 'asc')).toEqual(['Mexico and t', 'Mexico and U', 'US advance p']);
    expect(await titles('title', 'desc')).toEqual(['US advance p', 'Mexico and U', 'Mexico and t']);
    expect((await titles('outlet', 'desc'))[0]).toBe('US advance p');
    const words = (await notebook.call('documents.list', { sort: 'words', direction: 'asc' })).items.map((d) => d.words);
    expect(words).toEqual([...words].sort((x, y) => x - y));
  });

  it('tells a duplicate that sits in the Trash', async () => {
    const notebook = openTestNotebook();
    const { uid } = (await notebook.importPaths(corpusFile('004'))).imported[0]!;
    await notebook.call('documents.trash', { uids: [uid] });
    const again = await notebook.importPaths(corpusFile('004'));
    expect(again.skipped[0]?.reason).toMatch(/\(in the Trash\)$/);
  });
});
