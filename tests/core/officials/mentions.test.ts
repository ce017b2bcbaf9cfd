import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Official } from '../../../shared/model/official';
import { corpusFile } from '../../helpers/corpus';
import { openTestNotebook, tempDir, type TestNotebook } from '../../helpers/notebook';

/** A notebook holding one article, with helpers to point at the words in it. */
async function article(notebook: TestNotebook, path: string) {
  const { uid } = (await notebook.importPaths(path)).imported[0]!;
  const { text } = await notebook.call('documents.get', { uid });
  /** The `occurrence`-th place `form` is written in the article. */
  const at = (form: string, occurrence = 0) => {
    let start = -1;
    for (let seen = 0; seen <= occurrence; seen++) start = text.indexOf(form, start + 1);
    expect(start, `"${form}" #${occurrence} is in the article`).toBeGreaterThanOrEqual(0);
    return { documentUid: uid, start, end: start + form.length, text: form };
  };
  const tag = (official: Official, span: ReturnType<typeof at>, role: 'host' | 'quoted' | 'participant' | null = null) =>
    notebook.call('mentions.tag', { officialUid: official.uid, ...span, role });
  const tagged = async () => (await notebook.call('mentions.forDocument', { documentUid: uid })).items;
  return { uid, text, at, tag, tagged };
}

async function corpusArticle(prefix: string) {
  const notebook = openTestNotebook();
  const person = (name: string, aliases: string[] = []) => notebook.call('officials.create', { name, aliases });
  return { notebook, person, ...(await article(notebook, corpusFile(prefix))) };
}

describe('tagging a name by hand', () => {
  it('confirms the selection and adds the form it is written in as an alias once, whatever its accents or case', async () => {
    const { notebook, person, at, tag } = await corpusArticle('000');
    const ebrard = await person('Marcelo Ebrard');
    const signed = await tag(ebrard, at('Marcelo Ebrard C.'));
    expect(signed).toEqual({
      mention: { uid: expect.any(String), officialUid: ebrard.uid, name: 'Marcelo Ebrard', ...at('Marcelo Ebrard C.'), role: null, rule: null },
      aliasAdded: 'Marcelo Ebrard C.',
    });
    expect(notebook.events.at(-1)).toEqual({ event: 'notebook.changed', payload: { tables: ['mentions', 'officials'] } });
    expect((await tag(ebrard, at('Marcelo Ebrard C.', 1))).aliasAdded).toBeNull();
    expect((await tag(ebrard, at('Marcelo Ebrard'))).aliasAdded).toBeNull();
    expect(notebook.events.at(-1)).toEqual({ event: 'notebook.changed', payload: { tables: ['mentions'] } });
    expect(await notebook.call('officials.get', { uid: ebrard.uid })).toMatchObject({ aliases: ['Marcelo Ebrard C.'], mentions: 3 });

    // The registry writes him without accents, the article with them.
    const amlo = await person('Andres Manuel Lopez Obrador', ['lopez obrador']);
    expect((await tag(amlo, at('Andrés Manuel López Obrador'))).aliasAdded).toBeNull();
    expect((await tag(amlo, at('López Obrador'))).aliasAdded).toBeNull();
    expect((await tag(amlo, at('Andrés Manuel'))).aliasAdded).toBe('Andrés Manuel');
    expect((await tag(amlo, at('Andrés Manuel', 1))).aliasAdded).toBeNull();
    expect(await notebook.call('officials.get', { uid: amlo.uid })).toMatchObject({ aliases: ['lopez obrador', 'Andrés Manuel'], mentions: 4, documents: 1 });
  });

  it('confirms a span already decided in place instead of recording it twice', async () => {
    const { notebook, person, tag, tagged } = await corpusArticle('000');
    const mayorkas = await person('Alejandro Mayorkas');
    const queue = await notebook.call('officials.suggestions', {});
    const { documentUid, start, end, text, rule } = queue.known[0]!.mentions[0]!;
    await notebook.call('mentions.reject', { spans: [{ officialUid: mayorkas.uid, documentUid, start, end, text, rule }] });

    const { mention } = await tag(mayorkas, { documentUid, start, end, text }, 'participant');
    expect(mention).toMatchObject({ start, end, text, rule, role: 'participant' });
    const again = await tag(mayorkas, { documentUid, start, end, text });
    expect(again.mention).toEqual(mention);
    expect(await tagged()).toEqual([mention]);
    expect(await notebook.call('officials.get', { uid: mayorkas.uid })).toMatchObject({ mentions: 1 });
  });

  it('lets two people share a span: a name can be tagged for each of two namesakes', async () => {
    const { person, at, tag, tagged } = await corpusArticle('000');
    const first = await person('Alejandro Mayorkas');
    const second = await person('Alejandro Mayorkas', ['Ale Mayorkas']);
    await tag(first, at('Alejandro Mayorkas'));
    await tag(second, at('Alejandro Mayorkas'));
    expect((await tagged()).map((mention) => mention.officialUid).sort()).toEqual([first.uid, second.uid].sort());
  });

  it('refuses a stale, empty or unknown selection and changes nothing', async () => {
    const { notebook, person, uid, at, text } = await corpusArticle('000');
    const ebrard = await person('Marcelo Ebrard');
    const gone = await person('Ken Salazar');
    await notebook.call('officials.delete', { uids: [gone.uid] });
    const span = at('Marcelo Ebrard C.');
    const eventsBefore = notebook.events.length;
    const refused = async (input: Parameters<TestNotebook['core']['invoke']>[1], code: string) =>
      expect(await notebook.core.invoke('mentions.tag', input)).toMatchObject({ ok: false, error: { code } });

    await refused({ officialUid: ebrard.uid, ...span, start: span.start + 1, end: span.end + 1 }, 'CONFLICT');
    await refused({ officialUid: ebrard.uid, ...span, start: text.length - 2, end: text.length + 15 }, 'CONFLICT');
    await refused({ officialUid: ebrard.uid, ...span, end: span.start }, 'INVALID_INPUT');
    await refused({ officialUid: ebrard.uid, ...span, text: '  ' }, 'INVALID_INPUT');
    await refused({ officialUid: gone.uid, ...span }, 'NOT_FOUND');
    await refused({ officialUid: ebrard.uid, ...span, documentUid: ebrard.uid }, 'NOT_FOUND');
    await notebook.call('documents.trash', { uids: [uid] });
    await refused({ officialUid: ebrard.uid, ...span }, 'NOT_FOUND');
    await notebook.call('documents.restore', { uids: [uid] });

    expect(notebook.events.slice(eventsBefore).map((event) => event.payload)).toEqual([{ tables: ['documents'] }, { tables: ['documents'] }]);
    expect(await notebook.call('officials.get', { uid: ebrard.uid })).toMatchObject({ aliases: [], mentions: 0 });
    expect((await notebook.call('mentions.forDocument', { documentUid: uid })).items).toEqual([]);
  });
});

describe('untagging and roles', () => {
  it('undoes a tag with the alias it added, and never drops a canonical name', async () => {
    const { notebook, person, at, tag, tagged } = await corpusArticle('000');
    const ebrard = await person('Marcelo Ebrard', ['Ebrard']);
    const { mention, aliasAdded } = await tag(ebrard, at('Marcelo Ebrard C.'));
    const named = await tag(ebrard, at('Marcelo Ebrard'));

    expect(await notebook.call('mentions.untag', { uids: [mention.uid, named.mention.uid, ebrard.uid], alias: aliasAdded! })).toEqual({ count: 2 });
    expect(await tagged()).toEqual([]);
    expect(await notebook.call('officials.get', { uid: ebrard.uid })).toMatchObject({ name: 'Marcelo Ebrard', aliases: ['Ebrard'] });
    expect(await notebook.call('mentions.untag', { uids: [mention.uid] })).toEqual({ count: 0 });

    const again = await tag(ebrard, at('Marcelo Ebrard'));
    await notebook.call('mentions.untag', { uids: [again.mention.uid], alias: 'MARCELO EBRARD' });
    const kept = await notebook.call('officials.get', { uid: ebrard.uid });
    expect(kept).toMatchObject({ name: 'Marcelo Ebrard', aliases: ['Ebrard'] });
    expect((await notebook.call('officials.list', { query: 'marcelo ebrard' })).items.map((official) => official.uid)).toEqual([ebrard.uid]);
  });

  it('sets and clears the role a person plays in the passage', async () => {
    const { notebook, person, at, tag, tagged } = await corpusArticle('000');
    const ebrard = await person('Marcelo Ebrard');
    const { mention } = await tag(ebrard, at('Marcelo Ebrard'), 'host');
    expect(await notebook.call('mentions.setRole', { uid: mention.uid, role: 'quoted' })).toEqual({ ...mention, role: 'quoted' });
    expect(await tagged()).toEqual([{ ...mention, role: 'quoted' }]);
    await notebook.call('mentions.setRole', { uid: mention.uid, role: null });
    expect(await tagged()).toEqual([{ ...mention, role: null }]);
    expect(await notebook.core.invoke('mentions.setRole', { uid: ebrard.uid, role: 'host' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('lists a document’s mentions in text order, leaving out deleted officials until they are restored', async () => {
    const { notebook, person, at, tag, tagged } = await corpusArticle('000');
    const ebrard = await person('Marcelo Ebrard');
    const mayorkas = await person('Alejandro Mayorkas');
    await tag(mayorkas, at('Alejandro Mayorkas', 1));
    await tag(ebrard, at('Marcelo Ebrard C.'));
    await tag(ebrard, at('Marcelo Ebrard', 1));
    await tag(mayorkas, at('Alejandro Mayorkas'));
    await tag(ebrard, at('Marcelo Ebrard'));
    const order = [at('Marcelo Ebrard'), at('Alejandro Mayorkas'), at('Alejandro Mayorkas', 1), at('Marcelo Ebrard', 1), at('Marcelo Ebrard C.')];
    expect(order.map((span) => span.start)).toEqual([...order.map((span) => span.start)].sort((a, b) => a - b));
    expect((await tagged()).map(({ start, end }) => ({ start, end }))).toEqual(order.map(({ start, end }) => ({ start, end })));

    await notebook.call('officials.delete', { uids: [mayorkas.uid] });
    expect((await tagged()).map((mention) => mention.name)).toEqual(['Marcelo Ebrard', 'Marcelo Ebrard', 'Marcelo Ebrard']);
    await notebook.call('officials.restore', { uids: [mayorkas.uid] });
    expect(await tagged()).toHaveLength(5);
    expect(await notebook.core.invoke('mentions.forDocument', { documentUid: ebrard.uid })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('mentions follow corrections of the text', () => {
  it('keep their words when the text around them is corrected, and go when their own words are', async () => {
    const { notebook, person, uid, text, at, tag, tagged } = await corpusArticle('004');
    const blinken = await person('Antony Blinken');
    const mayorkas = await person('Alejandro Mayorkas');
    const sherwood = await person('Elizabeth Sherwood-Randall');
    const amlo = await person('Andrés Manuel López Obrador', ['López Obrador']);
    const biden = await person('Joe Biden');
    await tag(blinken, at('Antony Blinken'));
    await tag(mayorkas, at('Alejandro Mayorkas'));
    await tag(sherwood, at('Liz Sherwood-Randall'));
    await tag(biden, at('Biden'));
    // A rejected suggestion follows too, so that it is not suggested again at its new place.
    const rejected = { officialUid: amlo.uid, ...at('López Obrador', 2), rule: 'alias' };
    await notebook.call('mentions.reject', { spans: [rejected] });

    const fixed = text.replace('Mayorkasand', 'Mayorkas and').replace('Liz Sherwood-Randall', 'Elizabeth Sherwood-Randall');
    await notebook.call('documents.editText', { uid, text: fixed });

    const shift = ' '.length + 'Elizabeth'.length - 'Liz'.length;
    expect((await tagged()).map(({ name, start, text: written }) => ({ name, start, written }))).toEqual([
      { name: 'Antony Blinken', start: at('Antony Blinken').start, written: 'Antony Blinken' },
      { name: 'Alejandro Mayorkas', start: at('Alejandro Mayorkas').start, written: 'Alejandro Mayorkas' },
      { name: 'Joe Biden', start: at('Biden').start + shift, written: 'Biden' },
    ]);
    for (const mention of await tagged()) expect(fixed.slice(mention.start, mention.end)).toBe(mention.text);
    const suggested = (await notebook.call('officials.suggestions', {})).known.find((group) => group.officialUid === amlo.uid)!.mentions;
    expect(suggested.map((mention) => mention.start)).toContain(at('López Obrador', 1).start);
    expect(suggested.map((mention) => mention.start)).not.toContain(rejected.start + shift);
  });

  it('move a mention onto the span another mention of the same person held before the edit', async () => {
    const notebook = openTestNotebook();
    const path = join(tempDir(), 'names.txt');
    writeFileSync(path, 'A list of names\n\nEbrard, Ebrard.\n');
    const { uid, text, at, tag, tagged } = await article(notebook, path);
    const ebrard = await notebook.call('officials.create', { name: 'Marcelo Ebrard' });
    const first = at('Ebrard');
    const second = at('Ebrard', 1);
    await tag(ebrard, first);
    await tag(ebrard, second);
    const inserted = 'Met by: ';
    expect(inserted.length).toBe(second.start - first.start);

    await notebook.call('documents.editText', { uid, text: text.replace('Ebrard,', `${inserted}Ebrard,`) });
    expect((await tagged()).map((mention) => mention.start)).toEqual([second.start, second.start + inserted.length]);
  });
});
