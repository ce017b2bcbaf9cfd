import { describe, expect, it } from 'vitest';
import { openCore } from '../../../main/core/api/in-process-core';
import { corpusFile } from '../../helpers/corpus';
import { openTestNotebook, type TestNotebook } from '../../helpers/notebook';

async function open004(notebook: TestNotebook) {
  const { uid } = (await notebook.importPaths(corpusFile('004'))).imported[0]!;
  const { text } = await notebook.call('documents.get', { uid });
  const select = (exact: string, from = 0) => {
    const start = text.indexOf(exact, from);
    if (start < 0) throw new Error(`"${exact}" is not in 004`);
    return { start, end: start + exact.length, exact };
  };
  return { uid, text, select };
}

async function errorOf(notebook: TestNotebook, channel: Parameters<TestNotebook['core']['invoke']>[0], input: unknown) {
  const envelope = await notebook.core.invoke(channel, input);
  return envelope.ok ? null : envelope.error;
}

describe('annotations', () => {
  it('highlights a passage with W3C quote and position selectors, a Markdown note and labels', async () => {
    const notebook = openTestNotebook();
    const doc = await open004(notebook);
    const label = await notebook.call('labels.create', { name: 'Legal pathways' });
    const selection = doc.select('the expansion of legal avenues for migration');
    const annotation = await notebook.call('annotations.create', {
      documentUid: doc.uid,
      selection,
      note: 'See **Title 42** and [the SRE](https://www.gob.mx/sre)',
      labelUids: [label.uid],
    });
    expect(annotation.passage).toEqual({
      start: selection.start,
      end: selection.end,
      exact: selection.exact,
      prefix: doc.text.slice(selection.start - 32, selection.start),
      suffix: doc.text.slice(selection.end, selection.end + 32),
      state: 'anchored',
    });
    expect(annotation.labelUids).toEqual([label.uid]);
    expect((await notebook.call('annotations.forDocument', { documentUid: doc.uid })).items).toEqual([annotation]);
  });

  it('trims surrounding blank space, refuses a blank selection and one that no longer matches the text', async () => {
    const notebook = openTestNotebook();
    const doc = await open004(notebook);
    const padded = doc.select(' legal avenues ');
    const trimmed = await notebook.call('annotations.create', { documentUid: doc.uid, selection: padded });
    expect(trimmed.passage?.exact).toBe('legal avenues');

    const paragraphBreak = doc.text.indexOf('\n\n');
    const blank = { start: paragraphBreak, end: paragraphBreak + 2, exact: '\n\n' };
    expect(await errorOf(notebook, 'annotations.create', { documentUid: doc.uid, selection: blank })).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/blank space/),
    });
    const stale = { ...doc.select('legal avenues'), exact: 'legal avenue!' };
    expect(await errorOf(notebook, 'annotations.create', { documentUid: doc.uid, selection: stale })).toMatchObject({ code: 'CONFLICT' });
    const outside = { start: doc.text.length - 2, end: doc.text.length + 5, exact: 'xxxxxxx' };
    expect(await errorOf(notebook, 'annotations.create', { documentUid: doc.uid, selection: outside })).toMatchObject({ code: 'INVALID_INPUT' });
    expect((await notebook.call('annotations.forDocument', { documentUid: doc.uid })).items).toHaveLength(1);
  });

  it('keeps overlapping and nested annotations, and passages crossing paragraphs, in reading order', async () => {
    const notebook = openTestNotebook();
    const doc = await open004(notebook);
    const outer = doc.select('bilateral cooperation on human mobility');
    const inner = doc.select('human mobility');
    const crossing = { start: doc.text.indexOf('\n\n') - 5, end: doc.text.indexOf('\n\n') + 7, exact: doc.text.slice(doc.text.indexOf('\n\n') - 5, doc.text.indexOf('\n\n') + 7) };
    for (const selection of [inner, outer, crossing]) await notebook.call('annotations.create', { documentUid: doc.uid, selection });
    await notebook.call('annotations.create', { documentUid: doc.uid, note: 'About the whole article' });
    const items = (await notebook.call('annotations.forDocument', { documentUid: doc.uid })).items;
    // Blank space at either end of a selection is trimmed off the quote.
    expect(items.map((item) => item.passage?.exact ?? item.note)).toEqual(['About the whole article', crossing.exact.trim(), outer.exact, inner.exact]);
  });

  it('returns what each edit replaced, so sending it back undoes the edit', async () => {
    const notebook = openTestNotebook();
    const doc = await open004(notebook);
    const a = await notebook.call('labels.create', { name: 'A' });
    const b = await notebook.call('labels.create', { name: 'B' });
    const annotation = await notebook.call('annotations.create', { documentUid: doc.uid, selection: doc.select('legal avenues'), note: 'first', labelUids: [a.uid] });
    const edited = await notebook.call('annotations.update', { edits: [{ uid: annotation.uid, note: 'second', labelUids: [b.uid] }] });
    expect(edited.items[0]).toMatchObject({ note: 'second', labelUids: [b.uid] });
    expect(edited.previous).toEqual([{ uid: annotation.uid, note: 'first', labelUids: [a.uid] }]);
    const undone = await notebook.call('annotations.update', { edits: edited.previous });
    expect(undone.items[0]).toMatchObject({ note: 'first', labelUids: [a.uid] });

    const second = await notebook.call('annotations.create', { documentUid: doc.uid, selection: doc.select('migratory flows') });
    const relabelled = await notebook.call('annotations.relabel', { uids: [annotation.uid, second.uid], add: [b.uid], remove: [a.uid] });
    expect(relabelled.items.map((item) => item.labelUids)).toEqual([[b.uid], [b.uid]]);
    await notebook.call('annotations.update', { edits: relabelled.previous });
    const back = new Map((await notebook.call('annotations.forDocument', { documentUid: doc.uid })).items.map((item) => [item.uid, item.labelUids]));
    expect(back).toEqual(new Map([[annotation.uid, [a.uid]], [second.uid, []]]));
  });

  it('deletes annotations so that they can be restored in the session, and purges them in the next', async () => {
    const notebook = openTestNotebook();
    const doc = await open004(notebook);
    const annotation = await notebook.call('annotations.create', { documentUid: doc.uid, selection: doc.select('legal avenues'), note: 'keep me' });
    expect(await notebook.call('annotations.delete', { uids: [annotation.uid] })).toEqual({ count: 1 });
    expect((await notebook.call('annotations.forDocument', { documentUid: doc.uid })).items).toEqual([]);
    expect(await notebook.call('annotations.restore', { uids: [annotation.uid] })).toEqual({ count: 1 });
    expect((await notebook.call('annotations.forDocument', { documentUid: doc.uid })).items).toEqual([annotation]);

    await notebook.call('annotations.delete', { uids: [annotation.uid] });
    await notebook.core.close();
    // A one-shot command keeps the undo of a running app; a new app session purges it.
    const command = openCore({ notebookPath: notebook.path });
    expect(await command.invoke('annotations.restore', { uids: [annotation.uid] })).toEqual({ ok: true, value: { count: 1 } });
    await command.invoke('annotations.delete', { uids: [annotation.uid] });
    await command.close();
    const session = openCore({ notebookPath: notebook.path, startsSession: true });
    expect(await session.invoke('annotations.restore', { uids: [annotation.uid] })).toEqual({ ok: true, value: { count: 0 } });
    await session.close();
  });

  it('lists annotations across documents, filtered by label with its children, document, outlet, date and text', async () => {
    const notebook = openTestNotebook();
    const doc = await open004(notebook);
    const { uid: other } = (await notebook.importPaths(corpusFile('001'))).imported[0]!;
    const otherText = (await notebook.call('documents.get', { uid: other })).text;
    const security = await notebook.call('labels.create', { name: 'Security' });
    const fentanyl = await notebook.call('labels.create', { name: 'Fentanyl', parentUid: security.uid });
    const first = await notebook.call('annotations.create', { documentUid: doc.uid, selection: doc.select('legal avenues'), note: 'Bárcena said so', labelUids: [fentanyl.uid] });
    const start = otherText.indexOf('Mayorkas');
    const second = await notebook.call('annotations.create', {
      documentUid: other,
      selection: { start, end: start + 8, exact: 'Mayorkas' },
      labelUids: [security.uid],
    });

    const list = async (filter: Record<string, string>) => (await notebook.call('annotations.list', { filter })).items.map((item) => item.uid);
    expect(await list({})).toEqual([second.uid, first.uid]);
    expect(await list({ labelUid: security.uid })).toEqual([second.uid, first.uid]);
    expect(await list({ labelUid: fentanyl.uid })).toEqual([first.uid]);
    expect(await list({ documentUid: other })).toEqual([second.uid]);
    expect(await list({ query: 'barcena' })).toEqual([first.uid]);
    expect(await list({ query: 'mayorkas' })).toEqual([second.uid]);
    expect(await list({ publishedFrom: '2021-08', publishedTo: '2021-08' })).toEqual([second.uid]);
    const page = await notebook.call('annotations.list', { filter: {}, limit: 1 });
    expect(page).toMatchObject({ total: 2, items: [expect.objectContaining({ uid: second.uid, documentTitle: expect.any(String) })] });
    const next = await notebook.call('annotations.list', { filter: {}, limit: 1, cursor: page.nextCursor });
    expect(next.items.map((item) => item.uid)).toEqual([first.uid]);
    expect(next.nextCursor).toBeNull();
    expect(await errorOf(notebook, 'annotations.list', { cursor: 'garbage' })).toMatchObject({ code: 'INVALID_INPUT' });

    await notebook.call('documents.trash', { uids: [other] });
    expect(await list({})).toEqual([first.uid]);
  });

  it('makes notes searchable from the main search, accent-insensitive', async () => {
    const notebook = openTestNotebook();
    const doc = await open004(notebook);
    await notebook.call('annotations.create', { documentUid: doc.uid, selection: doc.select('legal avenues'), note: 'compare with the Ciudad Juárez statement' });
    const { results } = await notebook.call('search.query', { query: 'juarez' });
    expect(results.map((result) => result.uid)).toEqual([doc.uid]);
    expect(results[0]?.snippet).toContain('Juárez');
    expect(results[0]?.highlights).toHaveLength(1);
  });

  it('deletes a document’s annotations with it when the Trash is emptied', async () => {
    const notebook = openTestNotebook();
    const doc = await open004(notebook);
    await notebook.call('annotations.create', { documentUid: doc.uid, selection: doc.select('legal avenues'), note: 'gone with it' });
    await notebook.call('documents.trash', { uids: [doc.uid] });
    await notebook.call('documents.emptyTrash', {});
    expect((await notebook.call('annotations.list', { filter: {} })).total).toBe(0);
    expect((await notebook.call('search.query', { query: 'gone' })).results).toEqual([]);
  });
});
