import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/model/meeting';
import { errorOf, meeting, notebookWith, official, passage, snapshot } from './fixture';

/**
 * The 27 December 2023 meeting recorded twice, from 002 and from 004, each with some of the same
 * people, passages, topics and links, and some of its own.
 */
async function twoRecords() {
  const { notebook, docs } = await notebookWith('002', '004');
  const people = {
    blinken: await official(notebook, 'Antony Blinken', 'us'),
    mayorkas: await official(notebook, 'Alejandro Mayorkas', 'us'),
    barcena: await official(notebook, 'Alicia Bárcena', 'mx'),
  };
  const migration = (await notebook.call('labels.create', { name: 'Migration' })).uid;
  const security = (await notebook.call('labels.create', { name: 'Security' })).uid;
  const blinkenNamed = await passage(notebook, docs['002']!, 'Secretary of State Anthony Blinken');
  const dated = await passage(notebook, docs['004']!, 'this Tuesday');

  const kept = (await notebook.call('meetings.create', { title: 'High-level meeting', start: '2023-12-27', fromDocumentUid: docs['002'], topics: [migration] })).uid;
  await notebook.call('meetings.setParticipant', { meetingUid: kept, officialUid: people.blinken, role: 'head-of-delegation' });
  await notebook.call('meetings.addEvidence', { meetingUid: kept, annotationUid: blinkenNamed, supports: 'participant', officialUid: people.blinken });
  await notebook.call('meetings.setParticipant', { meetingUid: kept, officialUid: people.mayorkas, side: null });

  const other = (await notebook.call('meetings.create', { title: 'Meeting with AMLO', start: '2023-12', fromDocumentUid: docs['004'], topics: [security, migration] })).uid;
  await notebook.call('meetings.addSource', { meetingUid: other, documentUid: docs['002']! });
  await notebook.call('meetings.addEvidence', { meetingUid: other, annotationUid: blinkenNamed, supports: 'participant', officialUid: people.blinken });
  await notebook.call('meetings.addEvidence', { meetingUid: other, annotationUid: dated, supports: 'date' });
  await notebook.call('meetings.setParticipant', { meetingUid: other, officialUid: people.mayorkas, side: 'us', role: 'participant' });
  await notebook.call('meetings.setParticipant', { meetingUid: other, officialUid: people.barcena, role: 'host' });

  const advance = await meeting(notebook, 'Advance visit', '2023-12-26');
  const group = await meeting(notebook, 'Working group', '2024-01-15');
  const earlier = await meeting(notebook, 'Security dialogue', '2021-10-08');
  await notebook.call('meetings.link', { kind: 'prepares', fromUid: advance, toUid: kept });
  await notebook.call('meetings.link', { kind: 'prepares', fromUid: advance, toUid: other });
  await notebook.call('meetings.link', { kind: 'follows-up', fromUid: group, toUid: other });
  await notebook.call('meetings.link', { kind: 'related', fromUid: earlier, toUid: kept });
  await notebook.call('meetings.link', { kind: 'related', fromUid: other, toUid: earlier });
  await notebook.call('meetings.link', { kind: 'same-as', fromUid: other, toUid: kept });
  return { notebook, docs, people, labels: { migration, security }, passages: { blinkenNamed, dated }, kept, other, advance, group, earlier };
}

const linksOf = (meeting: Meeting) => meeting.links.map((link) => `${link.label} ${link.otherTitle}`);

describe('merging meetings', () => {
  it('combines sources, participants, evidence, topics and links without duplicates, dropping the link between them', async () => {
    const { notebook, docs, people, labels, passages, kept, other } = await twoRecords();
    const { meeting: merged, merged: count } = await notebook.call('meetings.merge', { keepUid: kept, mergeUids: [other] });
    expect(count).toBe(1);
    expect(merged).toMatchObject({ uid: kept, title: 'High-level meeting', start: '2023-12-27', topics: [labels.migration, labels.security] });
    expect(merged.participants).toEqual([
      { officialUid: people.blinken, name: 'Antony Blinken', side: 'us', role: 'head-of-delegation', evidence: [passages.blinkenNamed] },
      { officialUid: people.mayorkas, name: 'Alejandro Mayorkas', side: 'us', role: 'participant', evidence: [] },
      { officialUid: people.barcena, name: 'Alicia Bárcena', side: 'mx', role: 'host', evidence: [] },
    ]);
    expect(merged.sources.map((source) => [source.documentUid, source.evidence.map((e) => `${e.supports} ${e.annotationUid}`)])).toEqual(
      expect.arrayContaining([
        [docs['002'], [`participant ${passages.blinkenNamed}`]],
        [docs['004'], [`date ${passages.dated}`]],
      ]),
    );
    expect(merged.sources).toHaveLength(2);
    expect(linksOf(merged)).toEqual(['Related to Security dialogue', 'Prepared by Advance visit', 'Followed up by Working group']);

    expect(await errorOf(notebook, 'meetings.get', { uid: other })).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/merged/) });
    expect((await notebook.call('meetings.list', {})).items.map((m) => m.title)).not.toContain('Meeting with AMLO');
    expect(await errorOf(notebook, 'meetings.restore', { uids: [other] })).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/undo the merge/) });
  });

  it('is undone exactly: the merged meeting comes back and the kept one is as it was', async () => {
    const { notebook, kept, other } = await twoRecords();
    const before = snapshot(notebook, undefined, ['updated_at']);
    const keptBefore = await notebook.call('meetings.get', { uid: kept });
    const otherBefore = await notebook.call('meetings.get', { uid: other });
    await notebook.call('meetings.merge', { keepUid: kept, mergeUids: [other] });

    expect(await notebook.call('meetings.unmerge', { uids: [other] })).toEqual({ count: 1 });
    expect(snapshot(notebook, undefined, ['updated_at'])).toEqual(before);
    expect({ ...(await notebook.call('meetings.get', { uid: kept })), updatedAt: null }).toEqual({ ...keptBefore, updatedAt: null });
    expect(await notebook.call('meetings.get', { uid: other })).toEqual(otherBefore);
    expect(await notebook.call('meetings.unmerge', { uids: [other] })).toEqual({ count: 0 });
  });

  it('undoes an earlier merge into the same meeting and keeps the later one', async () => {
    const { notebook, docs, people, kept, other } = await twoRecords();
    const third = (await notebook.call('meetings.create', { title: 'Third report', fromDocumentUid: docs['004'] })).uid;
    const thirdPerson = await official(notebook, 'Elizabeth Sherwood-Randall', 'us');
    await notebook.call('meetings.setParticipant', { meetingUid: third, officialUid: thirdPerson });
    await notebook.call('meetings.setParticipant', { meetingUid: third, officialUid: people.mayorkas, role: 'participant' });
    const before = snapshot(notebook, undefined, ['updated_at']);

    await notebook.call('meetings.merge', { keepUid: kept, mergeUids: [other] });
    await notebook.call('meetings.merge', { keepUid: kept, mergeUids: [third] });
    await notebook.call('meetings.unmerge', { uids: [other] });
    const afterUndo = await notebook.call('meetings.get', { uid: kept });
    expect(afterUndo.participants.map((p) => `${p.name} ${p.role}`)).toEqual([
      'Antony Blinken head-of-delegation',
      'Alejandro Mayorkas participant',
      'Elizabeth Sherwood-Randall null',
    ]);
    expect(afterUndo.sources.map((source) => source.documentUid).sort()).toEqual([docs['002'], docs['004']].sort());
    expect(await notebook.call('meetings.get', { uid: other })).toMatchObject({ title: 'Meeting with AMLO' });

    await notebook.call('meetings.unmerge', { uids: [third] });
    expect(snapshot(notebook, undefined, ['updated_at'])).toEqual(before);
  });

  it('refuses to merge a meeting into itself or into one that is gone, changing nothing', async () => {
    const { notebook, kept, other } = await twoRecords();
    const before = snapshot(notebook);
    expect(await errorOf(notebook, 'meetings.merge', { keepUid: kept, mergeUids: [kept] })).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await errorOf(notebook, 'meetings.merge', { keepUid: kept, mergeUids: [other, '01HZZZZZZZZZZZZZZZZZZZZZZZ'] })).toMatchObject({ code: 'NOT_FOUND' });
    expect(snapshot(notebook)).toEqual(before);
  });
});
