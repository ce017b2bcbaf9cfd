import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openNotebook, type Db } from '../../../main/core/db/open';
import { setAliasRejected } from '../../../main/core/officials/alias-review';
import { suggestionQueue } from '../../../main/core/officials/suggestions';
import { corpusFile } from '../../helpers/corpus';
import { openTestNotebook, tempDir, type TestNotebook } from '../../helpers/notebook';

const UNKNOWN = '01HZZZZZZZZZZZZZZZZZZZZZZZ';

const connections: Db[] = [];
afterEach(() => {
  for (const db of connections.splice(0)) db.close();
});

/** The corpus article Marcelo Ebrard signs twice as "— Marcelo Ebrard C. (@m_ebrard)", with him in the registry. */
async function withEbrard(aliases: string[] = []) {
  const notebook = openTestNotebook();
  const [document] = (await notebook.importPaths(corpusFile('000'))).imported;
  const ebrard = await notebook.call('officials.create', { name: 'Marcelo Ebrard', aliases });
  return { notebook, ebrard, documentUid: document!.uid };
}

const queueOf = (notebook: TestNotebook) => notebook.call('officials.suggestions', {});
const proposalsOf = async (notebook: TestNotebook) => (await queueOf(notebook)).aliases;

/** An article of our own that a signature gives the same handle in. */
function signedArticle(): string {
  const path = join(tempDir(), 'signed.txt');
  writeFileSync(path, 'Foreign Minister Marcelo Ebrard thanked the delegation.\n\nA good visit.\n\n— Marcelo Ebrard (@m_ebrard) June 9, 2022\n');
  return path;
}

describe('handles proposed as aliases of registry people', () => {
  it('proposes the handle a tweet signature gives a known person, with both of its occurrences in context', async () => {
    const { notebook, ebrard, documentUid } = await withEbrard();
    const [proposal, ...others] = await proposalsOf(notebook);
    expect(others).toEqual([]);
    expect(proposal).toMatchObject({ officialUid: ebrard.uid, name: 'Marcelo Ebrard', alias: '@m_ebrard', total: 2 });
    const { text } = await notebook.call('documents.get', { uid: documentUid });
    expect(proposal!.mentions).toHaveLength(2);
    for (const mention of proposal!.mentions) {
      expect(mention).toMatchObject({ documentUid, text: '@m_ebrard' });
      expect(text.slice(mention.start, mention.end)).toBe('@m_ebrard');
      expect(mention.before).toMatch(/Marcelo Ebrard C\. \($/);
      expect(mention.after).toMatch(/^\) May 3, 202[12]/);
    }
    expect(proposal!.mentions[0]!.start).toBeLessThan(proposal!.mentions[1]!.start);
  });

  it('does not propose a handle the person already has as an alias: its occurrences are their mentions', async () => {
    const { notebook } = await withEbrard(['@m_ebrard']);
    const queue = await queueOf(notebook);
    expect(queue.aliases).toEqual([]);
    const handles = queue.known.find((person) => person.name === 'Marcelo Ebrard')!.mentions.filter((mention) => mention.text === '@m_ebrard');
    expect(handles.map((mention) => mention.rule)).toEqual(['alias', 'alias']);
  });

  it('accepting adds the alias and turns the occurrences into suggested mentions; its undo brings the proposal back', async () => {
    const { notebook, ebrard } = await withEbrard();
    const [proposal] = await proposalsOf(notebook);

    expect(await notebook.call('officials.acceptAlias', { officialUid: ebrard.uid, alias: '@m_ebrard' })).toEqual({ count: 1 });
    expect(notebook.events.at(-1)).toEqual({ event: 'notebook.changed', payload: { tables: ['officials'] } });
    expect((await notebook.call('officials.get', { uid: ebrard.uid })).aliases).toEqual(['@m_ebrard']);
    const queue = await queueOf(notebook);
    expect(queue.aliases).toEqual([]);
    const mentions = queue.known.find((person) => person.officialUid === ebrard.uid)!.mentions;
    expect(mentions.filter((mention) => mention.text === '@m_ebrard').map(({ start, rule }) => ({ start, rule }))).toEqual(
      proposal!.mentions.map(({ start }) => ({ start, rule: 'alias' })),
    );
    expect(await notebook.call('officials.acceptAlias', { officialUid: ebrard.uid, alias: '@M_Ebrard' })).toEqual({ count: 0 });

    expect(await notebook.call('officials.acceptAlias', { officialUid: ebrard.uid, alias: '@m_ebrard', accepted: false })).toEqual({ count: 1 });
    expect((await notebook.call('officials.get', { uid: ebrard.uid })).aliases).toEqual([]);
    expect(await proposalsOf(notebook)).toEqual([proposal]);
  });

  it('rejecting hides the proposal for good, a later import with the same handle included; its undo brings it back', async () => {
    const { notebook, ebrard } = await withEbrard();
    const [proposal] = await proposalsOf(notebook);

    expect(await notebook.call('officials.rejectAlias', { officialUid: ebrard.uid, alias: '@m_ebrard' })).toEqual({ count: 1 });
    expect(notebook.events.at(-1)).toEqual({ event: 'notebook.changed', payload: { tables: ['officials'] } });
    expect(await proposalsOf(notebook)).toEqual([]);
    expect((await notebook.call('officials.get', { uid: ebrard.uid })).aliases).toEqual([]);

    const [signed] = (await notebook.importPaths(signedArticle())).imported;
    const queue = await queueOf(notebook);
    expect(queue.known.find((person) => person.officialUid === ebrard.uid)!.mentions.map((mention) => mention.documentUid)).toContain(signed!.uid);
    expect(queue.aliases).toEqual([]);

    expect(await notebook.call('officials.rejectAlias', { officialUid: ebrard.uid, alias: '@m_ebrard', rejected: false })).toEqual({ count: 1 });
    const [back] = await proposalsOf(notebook);
    expect(back).toMatchObject({ officialUid: ebrard.uid, alias: '@m_ebrard', total: 3 });
    expect(back!.mentions.slice(0, 2)).toEqual(proposal!.mentions);
    expect(back!.mentions[2]).toMatchObject({ documentUid: signed!.uid, text: '@m_ebrard' });
  });

  it('takes a rejection into the queue already assembled, which then matches a full pass', async () => {
    const { notebook, ebrard } = await withEbrard();
    const db = openNotebook(notebook.path);
    connections.push(db);
    const before = suggestionQueue(db);
    expect(before.aliases).toHaveLength(1);
    expect(setAliasRejected(db, ebrard.uid, '@m_ebrard', true, '2026-01-01T00:00:00Z')).toBe(1);
    const after = suggestionQueue(db);
    expect(after.aliases).toEqual([]);
    // The person's first page was kept: the rejection did not assemble the queue again.
    expect(after.known[0]!.mentions[0]).toBe(before.known[0]!.mentions[0]);
    const fresh = openNotebook(notebook.path);
    connections.push(fresh);
    expect(after).toEqual(suggestionQueue(fresh));
  });

  it('gives more of a proposal a page at a time', async () => {
    const { notebook, ebrard } = await withEbrard();
    await notebook.importPaths(signedArticle());
    const [proposal] = await proposalsOf(notebook);
    const target = { officialUid: ebrard.uid, alias: '@m_ebrard' };
    const first = await notebook.call('officials.suggestionsOf', { ...target, limit: 2 });
    const last = first.mentions.at(-1)!;
    const second = await notebook.call('officials.suggestionsOf', { ...target, after: { documentUid: last.documentUid, start: last.start }, limit: 2 });
    expect([...first.mentions, ...second.mentions]).toEqual(proposal!.mentions);
    expect(second).toMatchObject({ officialUid: ebrard.uid, name: 'Marcelo Ebrard', alias: '@m_ebrard', total: 3 });
  });

  it('refuses an unknown or deleted person with NOT_FOUND, and a rejection of an alias the person has with CONFLICT, changing nothing', async () => {
    const { notebook, ebrard } = await withEbrard(['@EbrardMarcelo']);
    const before = await queueOf(notebook);
    const events = notebook.events.length;
    for (const channel of ['officials.acceptAlias', 'officials.rejectAlias'] as const) {
      expect(await notebook.core.invoke(channel, { officialUid: UNKNOWN, alias: '@m_ebrard' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    expect(await notebook.core.invoke('officials.suggestionsOf', { officialUid: UNKNOWN, alias: '@m_ebrard' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await notebook.core.invoke('officials.rejectAlias', { officialUid: ebrard.uid, alias: '@ebrardmarcelo' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await notebook.core.invoke('officials.acceptAlias', { officialUid: ebrard.uid, alias: 'Ebrard' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(notebook.events.length).toBe(events);
    expect(await queueOf(notebook)).toEqual(before);
    expect((await notebook.call('officials.get', { uid: ebrard.uid })).aliases).toEqual(['@EbrardMarcelo']);

    await notebook.call('officials.delete', { uids: [ebrard.uid] });
    expect(await notebook.core.invoke('officials.acceptAlias', { officialUid: ebrard.uid, alias: '@m_ebrard' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await proposalsOf(notebook)).toEqual([]);
  });
});
