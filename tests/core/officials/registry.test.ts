import { describe, expect, it } from 'vitest';
import { openCore } from '../../../main/core/api/in-process-core';
import { openTestNotebook } from '../../helpers/notebook';

describe('the officials registry', () => {
  it('keeps a person once with their aliases, offices over time and details', async () => {
    const notebook = openTestNotebook();
    const ebrard = await notebook.call('officials.create', {
      name: 'Marcelo Ebrard',
      aliases: ['Ebrard', 'Marcelo Ebrard C.', 'EBRARD', ' Marcelo  Ebrard ', '@m_ebrard'],
      country: 'mx',
      offices: [
        { title: 'Secretary of Foreign Affairs', start: '2018-12', end: '2023-06' },
        { title: 'Secretary of Economy', start: '2024-10' },
      ],
      wikidata: 'Q355966',
    });
    expect(ebrard).toMatchObject({
      name: 'Marcelo Ebrard',
      // The name is not repeated, and forms that differ only in case or spacing are kept once.
      aliases: ['Ebrard', 'Marcelo Ebrard C.', '@m_ebrard'],
      country: 'mx',
      offices: [
        { title: 'Secretary of Foreign Affairs', start: '2018-12', end: '2023-06' },
        { title: 'Secretary of Economy', start: '2024-10', end: null },
      ],
      affiliation: null,
      wikidata: 'Q355966',
      mentions: 0,
      documents: 0,
    });
    expect(await notebook.call('officials.get', { uid: ebrard.uid })).toEqual(ebrard);
  });

  it('finds people by any form of their name, accents and case ignored, and by country', async () => {
    const notebook = openTestNotebook();
    const amlo = await notebook.call('officials.create', { name: 'Andrés Manuel López Obrador', aliases: ['AMLO', 'López Obrador'], country: 'mx' });
    const blinken = await notebook.call('officials.create', { name: 'Antony Blinken', country: 'us' });
    const names = async (input: { query?: string; country?: 'mx' | 'us' | 'other' }) =>
      (await notebook.call('officials.list', input)).items.map((item) => item.uid);
    expect(await names({})).toEqual([amlo.uid, blinken.uid]);
    expect(await names({ query: 'lopez obrador' })).toEqual([amlo.uid]);
    expect(await names({ query: 'amlo' })).toEqual([amlo.uid]);
    expect(await names({ query: 'BLINK' })).toEqual([blinken.uid]);
    expect(await names({ country: 'us' })).toEqual([blinken.uid]);
    expect(await names({ query: 'Mayorkas' })).toEqual([]);
  });

  it('edits a person: renaming keeps the aliases, and the old name can become one', async () => {
    const notebook = openTestNotebook();
    const rosa = await notebook.call('officials.create', { name: 'Rosa Icela Rodriguez', aliases: ['Rodríguez'] });
    const renamed = await notebook.call('officials.update', { uid: rosa.uid, patch: { name: 'Rosa Icela Rodríguez', country: 'mx' } });
    expect(renamed).toMatchObject({ name: 'Rosa Icela Rodríguez', aliases: ['Rodríguez'], country: 'mx' });
    const withOld = await notebook.call('officials.update', { uid: rosa.uid, patch: { aliases: ['Rodríguez', 'Rosa Icela'] } });
    expect(withOld.aliases).toEqual(['Rodríguez', 'Rosa Icela']);
  });

  it('deletes so that the session can restore, and a new session purges', async () => {
    const notebook = openTestNotebook();
    const zeya = await notebook.call('officials.create', { name: 'Uzra Zeya', country: 'us' });
    expect(await notebook.call('officials.delete', { uids: [zeya.uid] })).toEqual({ count: 1 });
    expect((await notebook.call('officials.list', {})).items).toEqual([]);
    expect(await notebook.call('officials.restore', { uids: [zeya.uid] })).toEqual({ count: 1 });
    expect((await notebook.call('officials.list', {})).items).toEqual([zeya]);
    await notebook.call('officials.delete', { uids: [zeya.uid] });
    await notebook.core.close();
    const session = openCore({ notebookPath: notebook.path, startsSession: true });
    expect(await session.invoke('officials.restore', { uids: [zeya.uid] })).toEqual({ ok: true, value: { count: 0 } });
    await session.close();
  });

  it('refuses an empty name, an unknown country or a malformed Wikidata id, and saves nothing', async () => {
    const notebook = openTestNotebook();
    for (const input of [{ name: '  ' }, { name: 'Ken Salazar', country: 'fr' }, { name: 'Ken Salazar', wikidata: 'wd:42' }, { name: 'Ken Salazar', offices: [{ title: '' }] }]) {
      const envelope = await notebook.core.invoke('officials.create', input);
      expect(envelope).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect((await notebook.call('officials.list', {})).items).toEqual([]);
    expect(await notebook.core.invoke('officials.get', { uid: '01HZZZZZZZZZZZZZZZZZZZZZZZ' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
