import { describe, expect, it } from 'vitest';
import { corpusFile } from '../../helpers/corpus';
import { openTestNotebook, type TestNotebook } from '../../helpers/notebook';

async function setUp() {
  const notebook = openTestNotebook();
  const { uid } = (await notebook.importPaths(corpusFile('004'))).imported[0]!;
  const { text } = await notebook.call('documents.get', { uid });
  const highlight = async (exact: string, note = '') => {
    const start = text.indexOf(exact);
    expect(start).toBeGreaterThanOrEqual(0);
    return notebook.call('annotations.create', { documentUid: uid, selection: { start, end: start + exact.length, exact }, note });
  };
  return { notebook, uid, text, highlight };
}

async function passages(notebook: TestNotebook, uid: string) {
  const { items } = await notebook.call('annotations.forDocument', { documentUid: uid });
  const { text } = await notebook.call('documents.get', { uid });
  return new Map(items.map((item) => [item.uid, { ...item.passage!, found: text.slice(item.passage!.start, item.passage!.end), note: item.note }]));
}

describe('editing a document’s text', () => {
  it('splits glued words: nearby highlights stay on their words, the one across the fix is marked changed', async () => {
    const { notebook, uid, text, highlight } = await setUp();
    const before = await highlight('the border crossing');
    const after = await highlight('vehicular and for trains');
    const across = await highlight('closuresboth vehicular', 'glued in the source');
    const earlier = await highlight('the expansion of legal avenues for migration');
    const fixed = text.replace('closuresboth', 'closures both');

    const { reanchored, document } = await notebook.call('documents.editText', { uid, text: fixed });
    expect(document.text).toBe(fixed);
    expect(reanchored).toEqual({ anchored: 3, moved: 0, changed: 1, orphaned: 0 });
    const now = await passages(notebook, uid);
    expect(now.get(before.uid)).toMatchObject({ found: 'the border crossing', state: 'anchored' });
    expect(now.get(after.uid)).toMatchObject({ found: 'vehicular and for trains', state: 'anchored', start: after.passage!.start + 1 });
    expect(now.get(earlier.uid)).toMatchObject({ found: 'the expansion of legal avenues for migration', state: 'anchored', start: earlier.passage!.start });
    expect(now.get(across.uid)).toMatchObject({ found: 'closures both vehicular', exact: 'closures both vehicular', state: 'changed', note: 'glued in the source' });
  });

  it('orphans an annotation whose passage was deleted, keeping its note, and re-attaches it to a new selection', async () => {
    const { notebook, uid, text, highlight } = await setUp();
    const sentence = text.slice(text.indexOf('Among the most important'), text.indexOf('merchandise.') + 'merchandise.'.length);
    const lost = await highlight('paralyzing the crossing of merchandise', 'economic impact');
    const kept = await highlight('the expansion of legal avenues for migration');
    const { reanchored } = await notebook.call('documents.editText', { uid, text: text.replace(sentence, 'The crossings were closed.') });
    expect(reanchored).toMatchObject({ orphaned: 1, anchored: 1 });
    const now = await passages(notebook, uid);
    expect(now.get(lost.uid)).toMatchObject({ state: 'orphaned', exact: 'paralyzing the crossing of merchandise', note: 'economic impact' });
    expect(now.get(kept.uid)).toMatchObject({ state: 'anchored', found: 'the expansion of legal avenues for migration' });

    const orphans = await notebook.call('annotations.list', { filter: { state: 'orphaned' } });
    expect(orphans.items.map((item) => item.uid)).toEqual([lost.uid]);
    const newText = (await notebook.call('documents.get', { uid })).text;
    const start = newText.indexOf('The crossings were closed');
    const reattached = await notebook.call('annotations.reattach', { uid: lost.uid, selection: { start, end: start + 25, exact: 'The crossings were closed' } });
    expect(reattached.passage).toMatchObject({ state: 'anchored', exact: 'The crossings were closed' });
    expect(reattached.note).toBe('economic impact');
  });

  it('finds a moved quote again when its paragraph moves elsewhere', async () => {
    const { notebook, uid, text, highlight } = await setUp();
    const paragraphs = text.split('\n\n');
    const moved = await highlight(paragraphs[1]!.slice(0, 40));
    const reordered = [paragraphs[0], ...paragraphs.slice(2), paragraphs[1]].join('\n\n');
    const { reanchored } = await notebook.call('documents.editText', { uid, text: reordered });
    expect(reanchored.moved + reanchored.anchored).toBe(1);
    const now = await passages(notebook, uid);
    expect(now.get(moved.uid)?.found).toBe(paragraphs[1]!.slice(0, 40));
    expect(now.get(moved.uid)?.start).toBe(reordered.lastIndexOf(paragraphs[1]!));
  });

  it('keeps the search index in step with the corrected text', async () => {
    const { notebook, uid, text } = await setUp();
    expect((await notebook.call('search.query', { query: 'closures' })).results).toEqual([]);
    await notebook.call('documents.editText', { uid, text: text.replace('closuresboth', 'closures both') });
    expect((await notebook.call('search.query', { query: 'closures' })).results.map((result) => result.uid)).toEqual([uid]);
  });

  it('stores the edit normalised and refuses to leave the document empty', async () => {
    const { notebook, uid, text } = await setUp();
    const { document } = await notebook.call('documents.editText', { uid, text: `${text.replace(/\n/g, '\r\n')}\r\n\r\n\r\n` });
    expect(document.text).toBe(text);
    const envelope = await notebook.core.invoke('documents.editText', { uid, text: ' \n\n ' });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await notebook.call('documents.get', { uid })).text).toBe(text);
  });
});
