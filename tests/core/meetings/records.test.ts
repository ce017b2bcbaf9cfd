import { describe, expect, it } from 'vitest';
import { precisionOf } from '../../../shared/text/partial-date';
import { openCore } from '../../../main/core/api/in-process-core';
import { openTestNotebook } from '../../helpers/notebook';
import { errorOf, meeting, notebookWith, snapshot } from './fixture';

describe('meeting records', () => {
  it('keeps each date at its precision: day, month, year, and day without the year', async () => {
    const notebook = openTestNotebook();
    const cases = [
      { start: '2021-08-11', end: '2021-08-12', precision: 'day' },
      { start: '2021-08', end: null, precision: 'month' },
      { start: '2021', end: '2022', precision: 'year' },
      { start: '--10-03', end: '--10-04', precision: 'day' },
      { start: null, end: null, precision: 'unknown' },
    ] as const;
    for (const { start, end, precision } of cases) {
      const created = await notebook.call('meetings.create', { title: `Talks ${start}`, start, end });
      const read = await notebook.call('meetings.get', { uid: created.uid });
      expect(read).toMatchObject({ start, end });
      expect(precisionOf(read.start)).toBe(precision);
    }
    const [first] = (await notebook.call('meetings.list', {})).items;
    const changed = await notebook.call('meetings.update', { uid: first!.uid, patch: { start: '2021-08', end: '2021-08-31' } });
    expect(changed).toMatchObject({ start: '2021-08', end: '2021-08-31' });
  });

  it('refuses an end without a start, before the start, or with a year the start lacks, changing nothing', async () => {
    const notebook = openTestNotebook();
    const { uid } = await notebook.call('meetings.create', { title: 'Dialogue', start: '2021-10-08', end: '2021-10-08' });
    const before = snapshot(notebook);
    expect(await errorOf(notebook, 'meetings.create', { title: 'Talks', end: '2021-10-08' })).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/start date/) });
    expect(await errorOf(notebook, 'meetings.create', { title: 'Talks', start: '2021-10-08', end: '2021-10-07' })).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/before it starts/) });
    expect(await errorOf(notebook, 'meetings.update', { uid, patch: { end: '--10-09' } })).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/year/) });
    expect(await errorOf(notebook, 'meetings.update', { uid, patch: { start: null } })).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await errorOf(notebook, 'meetings.create', { title: 'Talks', start: '2021-02-29' })).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await errorOf(notebook, 'meetings.create', { title: 'Talks', topics: ['01HZZZZZZZZZZZZZZZZZZZZZZZ'] })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await errorOf(notebook, 'meetings.create', { start: '2021' })).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/title/) });
    expect(snapshot(notebook)).toEqual(before);
    // Compared at the coarser precision, the 9th of October ends within October.
    expect(await errorOf(notebook, 'meetings.update', { uid, patch: { start: '2021-10-09', end: '2021-10' } })).toBeNull();
  });

  it('is created from a document, which becomes its first source and lends it its title', async () => {
    const { notebook, docs } = await notebookWith('001');
    const document = await notebook.call('documents.get', { uid: docs['001']! });
    const created = await notebook.call('meetings.create', { fromDocumentUid: document.uid, place: { city: 'Ciudad de México', venue: '' }, format: 'in-person' });
    expect(created).toMatchObject({
      title: document.title,
      place: { city: 'Ciudad de México', venue: null },
      format: 'in-person',
      sources: [{ documentUid: document.uid, title: document.title, published: document.published, trashed: false, evidence: [] }],
    });
    expect(notebook.events).toContainEqual({ event: 'notebook.changed', payload: { tables: ['meetings'] } });
    expect((await notebook.call('meetings.forDocument', { documentUid: document.uid })).items.map((m) => m.uid)).toEqual([created.uid]);

    await notebook.call('documents.trash', { uids: [document.uid] });
    expect((await notebook.call('meetings.get', { uid: created.uid })).sources[0]!.trashed).toBe(true);
    expect(await errorOf(notebook, 'meetings.create', { fromDocumentUid: document.uid })).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/Trash/) });
  });

  it('keeps topics from the codebook, and loses one whose label is deleted', async () => {
    const notebook = openTestNotebook();
    const migration = await notebook.call('labels.create', { name: 'Migration' });
    const security = await notebook.call('labels.create', { name: 'Security' });
    const created = await notebook.call('meetings.create', { title: 'Talks', topics: [security.uid, migration.uid, security.uid] });
    expect(created.topics).toEqual([migration.uid, security.uid]);
    await notebook.call('labels.delete', { uid: migration.uid });
    expect((await notebook.call('meetings.get', { uid: created.uid })).topics).toEqual([security.uid]);
  });

  it('keeps a topic through a merge of its label into another', async () => {
    const notebook = openTestNotebook();
    const migration = await notebook.call('labels.create', { name: 'Migration' });
    const movement = await notebook.call('labels.create', { name: 'Human mobility' });
    const security = await notebook.call('labels.create', { name: 'Security' });
    const one = await notebook.call('meetings.create', { title: 'Talks', topics: [movement.uid] });
    const both = await notebook.call('meetings.create', { title: 'Dialogue', topics: [movement.uid, migration.uid, security.uid] });
    await notebook.call('labels.merge', { sourceUid: movement.uid, targetUid: migration.uid });
    expect((await notebook.call('meetings.get', { uid: one.uid })).topics).toEqual([migration.uid]);
    expect((await notebook.call('meetings.get', { uid: both.uid })).topics).toEqual([migration.uid, security.uid]);
  });

  it('is listed on the profiles of its participants, newest first and undated last, with their side and role', async () => {
    const notebook = openTestNotebook();
    const { uid: ebrard } = await notebook.call('officials.create', { name: 'Marcelo Ebrard', country: 'mx' });
    const undated = await meeting(notebook, 'Phone call');
    const lunch = await meeting(notebook, 'Lunch', '2021-08-11');
    const talks = await meeting(notebook, 'Talks', '2022-05');
    const gone = await meeting(notebook, 'Cancelled', '2023');
    for (const uid of [undated, lunch, talks, gone]) await notebook.call('meetings.setParticipant', { meetingUid: uid, officialUid: ebrard });
    await notebook.call('meetings.setParticipant', { meetingUid: lunch, officialUid: ebrard, role: 'host' });
    await notebook.call('meetings.delete', { uids: [gone] });
    expect((await notebook.call('officials.profile', { uid: ebrard })).meetings).toEqual([
      { uid: talks, title: 'Talks', start: '2022-05', role: null, side: 'mx' },
      { uid: lunch, title: 'Lunch', start: '2021-08-11', role: 'host', side: 'mx' },
      { uid: undated, title: 'Phone call', start: null, role: null, side: 'mx' },
    ]);
  });

  it('is deleted with its links and restored with them; a later session purges it', async () => {
    const notebook = openTestNotebook();
    const [advance, summit, group] = [await meeting(notebook, 'Advance visit'), await meeting(notebook, 'Summit'), await meeting(notebook, 'Working group')];
    await notebook.call('meetings.link', { kind: 'prepares', fromUid: advance, toUid: summit });
    await notebook.call('meetings.link', { kind: 'follows-up', fromUid: group, toUid: summit });
    await notebook.call('meetings.link', { kind: 'related', fromUid: advance, toUid: group });

    expect(await notebook.call('meetings.delete', { uids: [summit] })).toEqual({ count: 1, links: 2 });
    expect(await errorOf(notebook, 'meetings.get', { uid: summit })).toMatchObject({ code: 'NOT_FOUND' });
    const list = await notebook.call('meetings.list', {});
    expect(list.items.map((m) => m.title)).toEqual(['Advance visit', 'Working group']);
    expect(list.items[0]!.links.map((link) => link.otherTitle)).toEqual(['Working group']);
    expect(await errorOf(notebook, 'meetings.link', { kind: 'related', fromUid: advance, toUid: summit })).toMatchObject({ code: 'NOT_FOUND' });

    expect(await notebook.call('meetings.restore', { uids: [summit] })).toEqual({ count: 1 });
    const restored = await notebook.call('meetings.get', { uid: summit });
    expect(restored.links.map((link) => [link.label, link.otherTitle])).toEqual([
      ['Prepared by', 'Advance visit'],
      ['Followed up by', 'Working group'],
    ]);

    expect(await notebook.call('meetings.delete', { uids: [summit, advance] })).toEqual({ count: 2, links: 3 });
    await notebook.core.close();
    const session = openCore({ notebookPath: notebook.path, startsSession: true });
    try {
      const envelope = await session.invoke('meetings.restore', { uids: [summit, advance] });
      expect(envelope).toEqual({ ok: true, value: { count: 0 } });
      expect(snapshot(notebook).meeting_links).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
