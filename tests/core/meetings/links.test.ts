import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MEETING_LINK_KINDS } from '../../../shared/model/meeting';
import { corpusFile } from '../../helpers/corpus';
import { openTestNotebook } from '../../helpers/notebook';
import { errorOf, meeting, snapshot } from './fixture';

describe('links between meetings', () => {
  it('reads each kind from both ends: prepares / prepared by, follows up / followed up by, part of / has part', async () => {
    const notebook = openTestNotebook();
    const summit = await meeting(notebook, 'Summit', '2023-12-27');
    const others = {
      prepares: await meeting(notebook, 'Advance visit', '2023-12-26'),
      'follows-up': await meeting(notebook, 'Working group', '2024-01-15'),
      'part-of': await meeting(notebook, 'Side meeting', '2023-12-27'),
      'same-as': await meeting(notebook, 'Summit (second report)', '2023-12-27'),
      related: await meeting(notebook, 'Security dialogue', '2021-10-08'),
    };
    for (const kind of MEETING_LINK_KINDS) {
      const link = await notebook.call('meetings.link', { kind, fromUid: others[kind], toUid: summit });
      expect(link).toMatchObject({ kind, otherMeetingUid: summit, otherTitle: 'Summit', otherStart: '2023-12-27', evidenceAnnotationUid: null });
    }
    const seenFrom = async (uid: string) => (await notebook.call('meetings.get', { uid })).links.map((link) => `${link.direction}: ${link.label} ${link.otherTitle}`);
    expect(await seenFrom(summit)).toEqual([
      'mutual: Related to Security dialogue',
      'incoming: Prepared by Advance visit',
      'incoming: Has part Side meeting',
      'mutual: Same meeting as Summit (second report)',
      'incoming: Followed up by Working group',
    ]);
    expect(await seenFrom(others.prepares)).toEqual(['outgoing: Prepares Summit']);
    expect(await seenFrom(others['follows-up'])).toEqual(['outgoing: Follows up Summit']);
    expect(await seenFrom(others['part-of'])).toEqual(['outgoing: Part of Summit']);
    expect(await seenFrom(others['same-as'])).toEqual(['mutual: Same meeting as Summit']);
    expect(await seenFrom(others.related)).toEqual(['mutual: Related to Summit']);
  });

  it('refuses a link to itself and a second link of a kind, either way round, changing nothing', async () => {
    const notebook = openTestNotebook();
    const advance = await meeting(notebook, 'Advance visit');
    const summit = await meeting(notebook, 'Summit');
    await notebook.call('meetings.link', { kind: 'prepares', fromUid: advance, toUid: summit });
    await notebook.call('meetings.link', { kind: 'same-as', fromUid: summit, toUid: advance });
    const before = snapshot(notebook);
    const eventsBefore = notebook.events.length;

    expect(await errorOf(notebook, 'meetings.link', { kind: 'related', fromUid: summit, toUid: summit })).toMatchObject({ code: 'INVALID_INPUT', message: 'A meeting cannot be linked to itself.' });
    expect(await errorOf(notebook, 'meetings.link', { kind: 'prepares', fromUid: advance, toUid: summit })).toMatchObject({
      code: 'CONFLICT',
      message: '“Advance visit” is already linked to “Summit” as “prepares”.',
    });
    expect(await errorOf(notebook, 'meetings.link', { kind: 'prepares', fromUid: summit, toUid: advance })).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('“Advance visit” is already linked to “Summit” as “prepares”'),
    });
    expect(await errorOf(notebook, 'meetings.link', { kind: 'same-as', fromUid: advance, toUid: summit })).toMatchObject({ code: 'CONFLICT' });
    expect(await errorOf(notebook, 'meetings.link', { kind: 'same-as', fromUid: summit, toUid: advance })).toMatchObject({ code: 'CONFLICT' });
    expect(snapshot(notebook)).toEqual(before);
    expect(notebook.events.length).toBe(eventsBefore);

    // A different kind between the same two is a different statement.
    await notebook.call('meetings.link', { kind: 'related', fromUid: summit, toUid: advance });
    expect((await notebook.call('meetings.get', { uid: advance })).links.map((link) => link.kind)).toEqual(['prepares', 'same-as', 'related']);
  });

  it('has the invariants in the schema too: no self link, one form for symmetric kinds, no duplicate pair', async () => {
    const notebook = openTestNotebook();
    const a = await meeting(notebook, 'A');
    const b = await meeting(notebook, 'B');
    await notebook.call('meetings.link', { kind: 'follows-up', fromUid: b, toUid: a });
    await notebook.core.close();
    const db = new Database(notebook.path);
    try {
      const [idA, idB] = [a, b].map((uid) => db.prepare('SELECT id FROM meetings WHERE uid = ?').pluck().get(uid) as number);
      const insert = db.prepare("INSERT INTO meeting_links (uid, kind, from_id, to_id, created_at) VALUES (?, ?, ?, ?, '2024-01-01')");
      expect(() => insert.run('01J00000000000000000000001', 'related', idA, idA)).toThrow(/CHECK/);
      expect(() => insert.run('01J00000000000000000000002', 'related', idB, idA)).toThrow(/CHECK/);
      expect(() => insert.run('01J00000000000000000000003', 'follows-up', idA, idB)).toThrow(/UNIQUE/);
      expect(() => insert.run('01J00000000000000000000004', 'follows-up', idB, idA)).toThrow(/UNIQUE/);
      expect(() => insert.run('01J00000000000000000000005', 'prepares', idA, idB)).not.toThrow();
    } finally {
      db.close();
    }
  });

  it('cites an evidence passage, and unlinks', async () => {
    const notebook = openTestNotebook();
    const advance = await meeting(notebook, 'Advance visit');
    const summit = await meeting(notebook, 'Summit');
    const note = await notebook.call('annotations.create', {
      documentUid: (await notebook.importPaths(corpusFile('004'))).imported[0]!.uid,
      note: 'The advance team prepares the high-level meeting.',
    });
    const link = await notebook.call('meetings.link', { kind: 'prepares', fromUid: advance, toUid: summit, evidenceAnnotationUid: note.uid });
    expect(link).toMatchObject({ label: 'Prepares', direction: 'outgoing', evidenceAnnotationUid: note.uid });
    expect((await notebook.call('meetings.get', { uid: summit })).links[0]).toMatchObject({ uid: link.uid, label: 'Prepared by', evidenceAnnotationUid: note.uid });

    expect(await notebook.call('meetings.unlink', { uids: [link.uid, link.uid] })).toEqual({ count: 1 });
    expect((await notebook.call('meetings.get', { uid: summit })).links).toEqual([]);
    expect(await notebook.call('meetings.unlink', { uids: [link.uid] })).toEqual({ count: 0 });
  });
});
