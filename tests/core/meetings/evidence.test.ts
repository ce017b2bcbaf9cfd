import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../main/core/api/in-process-core';
import { errorOf, meeting, notebookWith, official, passage, snapshot } from './fixture';

describe('sources, participants and evidence', () => {
  it('cites a passage for a participant: the document becomes a source and the official a participant on their country’s side', async () => {
    const { notebook, docs } = await notebookWith('002', '004');
    const blinken = await official(notebook, 'Antony Blinken', 'us');
    const summit = await meeting(notebook, 'High-level meeting', '2023-12-27');
    const named = await passage(notebook, docs['002']!, 'Secretary of State Anthony Blinken');

    const cited = await notebook.call('meetings.addEvidence', { meetingUid: summit, annotationUid: named, supports: 'participant', officialUid: blinken });
    expect(cited.participants).toEqual([{ officialUid: blinken, name: 'Antony Blinken', side: 'us', role: null, evidence: [named] }]);
    expect(cited.sources).toEqual([
      expect.objectContaining({ documentUid: docs['002'], evidence: [{ annotationUid: named, supports: 'participant', officialUid: blinken, quote: 'Secretary of State Anthony Blinken' }] }),
    ]);

    const headed = await notebook.call('meetings.setParticipant', { meetingUid: summit, officialUid: blinken, role: 'head-of-delegation' });
    expect(headed.participants[0]).toMatchObject({ side: 'us', role: 'head-of-delegation', evidence: [named] });
    const before = snapshot(notebook);
    await notebook.call('meetings.addEvidence', { meetingUid: summit, annotationUid: named, supports: 'participant', officialUid: blinken });
    await notebook.call('meetings.addSource', { meetingUid: summit, documentUid: docs['002']! });
    await notebook.call('meetings.setParticipant', { meetingUid: summit, officialUid: blinken, role: 'head-of-delegation' });
    expect(snapshot(notebook)).toEqual(before);

    const dated = await passage(notebook, docs['004']!, 'this Tuesday');
    const withDate = await notebook.call('meetings.addEvidence', { meetingUid: summit, annotationUid: dated, supports: 'date' });
    expect(withDate.sources.map((source) => [source.documentUid, source.evidence.map((e) => e.supports)])).toEqual(
      expect.arrayContaining([
        [docs['002'], ['participant']],
        [docs['004'], ['date']],
      ]),
    );
    const removed = await notebook.call('meetings.removeEvidence', { meetingUid: summit, annotationUid: named, supports: 'participant', officialUid: blinken });
    expect(removed.participants[0]!.evidence).toEqual([]);
    expect(await errorOf(notebook, 'meetings.removeEvidence', { meetingUid: summit, annotationUid: named, supports: 'participant', officialUid: blinken })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('hides the evidence of a deleted passage until it is restored, and drops it when the passage is purged', async () => {
    const { notebook, docs } = await notebookWith('004');
    const advance = await meeting(notebook, 'Advance visit');
    const summit = await meeting(notebook, 'Summit');
    const quote = await passage(notebook, docs['004']!, 'to prepare the high level meeting');
    await notebook.call('meetings.addEvidence', { meetingUid: advance, annotationUid: quote, supports: 'general' });
    await notebook.call('meetings.link', { kind: 'prepares', fromUid: advance, toUid: summit, evidenceAnnotationUid: quote });

    await notebook.call('annotations.delete', { uids: [quote] });
    let read = await notebook.call('meetings.get', { uid: advance });
    expect(read.sources[0]!.evidence).toEqual([]);
    expect(read.links[0]!.evidenceAnnotationUid).toBeNull();
    await notebook.call('annotations.restore', { uids: [quote] });
    read = await notebook.call('meetings.get', { uid: advance });
    expect(read.sources[0]!.evidence.map((e) => e.annotationUid)).toEqual([quote]);
    expect(read.links[0]!.evidenceAnnotationUid).toBe(quote);

    await notebook.call('annotations.delete', { uids: [quote] });
    await notebook.core.close();
    const session = openCore({ notebookPath: notebook.path, startsSession: true });
    try {
      const envelope = await session.invoke('meetings.get', { uid: advance });
      if (!envelope.ok) throw new Error(envelope.error.message);
      const after = envelope.value as typeof read;
      expect(after.sources).toHaveLength(1);
      expect(after.sources[0]!.evidence).toEqual([]);
      expect(after.links).toHaveLength(1);
      expect(snapshot(notebook).meeting_evidence).toEqual([]);
    } finally {
      await session.close();
    }
  });

  it('removes a source with its evidence and a participant with theirs', async () => {
    const { notebook, docs } = await notebookWith('000');
    const ebrard = await official(notebook, 'Marcelo Ebrard', 'mx');
    const talks = await meeting(notebook, 'Talks in Washington', '2022-05-03');
    const named = await passage(notebook, docs['000']!, 'Marcelo Ebrard');
    const place = await passage(notebook, docs['000']!, 'Washington');
    await notebook.call('meetings.addEvidence', { meetingUid: talks, annotationUid: named, supports: 'participant', officialUid: ebrard });
    await notebook.call('meetings.addEvidence', { meetingUid: talks, annotationUid: place, supports: 'place' });

    const without = await notebook.call('meetings.removeParticipant', { meetingUid: talks, officialUid: ebrard });
    expect(without.participants).toEqual([]);
    expect(without.sources[0]!.evidence.map((e) => e.supports)).toEqual(['place']);
    const sourceless = await notebook.call('meetings.removeSource', { meetingUid: talks, documentUid: docs['000']! });
    expect(sourceless.sources).toEqual([]);
    expect(snapshot(notebook).meeting_evidence).toEqual([]);
    expect(await errorOf(notebook, 'meetings.removeSource', { meetingUid: talks, documentUid: docs['000'] })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await errorOf(notebook, 'meetings.removeParticipant', { meetingUid: talks, officialUid: ebrard })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses evidence from the Trash, from a deleted passage, or for nobody, changing nothing', async () => {
    const { notebook, docs } = await notebookWith('000', '003');
    const talks = await meeting(notebook, 'Talks');
    const trashed = await passage(notebook, docs['003']!, 'Marcelo Ebrard');
    const deleted = await passage(notebook, docs['000']!, 'Washington');
    await notebook.call('annotations.delete', { uids: [deleted] });
    await notebook.call('documents.trash', { uids: [docs['003']!] });
    const before = snapshot(notebook);
    expect(await errorOf(notebook, 'meetings.addEvidence', { meetingUid: talks, annotationUid: trashed, supports: 'general' })).toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/Trash/) });
    expect(await errorOf(notebook, 'meetings.addEvidence', { meetingUid: talks, annotationUid: deleted, supports: 'place' })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await errorOf(notebook, 'meetings.addEvidence', { meetingUid: talks, annotationUid: deleted, supports: 'participant' })).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/officialUid/) });
    expect(await errorOf(notebook, 'meetings.addSource', { meetingUid: talks, documentUid: docs['003'] })).toMatchObject({ code: 'CONFLICT' });
    expect(snapshot(notebook)).toEqual(before);
  });

  it('keeps in the schema that evidence comes from a source of its own meeting', async () => {
    const { notebook, docs } = await notebookWith('000', '003');
    const talks = await meeting(notebook, 'Talks');
    await notebook.call('meetings.addSource', { meetingUid: talks, documentUid: docs['000']! });
    const elsewhere = await passage(notebook, docs['003']!, 'Marcelo Ebrard');
    await notebook.core.close();
    const db = new Database(notebook.path);
    try {
      const sourceId = db.prepare('SELECT id FROM meeting_sources').pluck().get();
      const annotationId = db.prepare('SELECT id FROM annotations WHERE uid = ?').pluck().get(elsewhere);
      expect(() => db.prepare("INSERT INTO meeting_evidence (source_id, annotation_id, supports) VALUES (?, ?, 'date')").run(sourceId, annotationId)).toThrow(
        /source of its meeting/,
      );
    } finally {
      db.close();
    }
  });

  it('hides a deleted official’s participation until they are restored', async () => {
    const { notebook } = await notebookWith();
    const mayorkas = await official(notebook, 'Alejandro Mayorkas', 'us');
    const talks = await meeting(notebook, 'Talks');
    await notebook.call('meetings.setParticipant', { meetingUid: talks, officialUid: mayorkas, side: 'other', role: 'host' });
    await notebook.call('officials.delete', { uids: [mayorkas] });
    expect((await notebook.call('meetings.get', { uid: talks })).participants).toEqual([]);
    expect(await errorOf(notebook, 'meetings.setParticipant', { meetingUid: talks, officialUid: mayorkas })).toMatchObject({ code: 'NOT_FOUND' });
    await notebook.call('officials.restore', { uids: [mayorkas] });
    expect((await notebook.call('meetings.get', { uid: talks })).participants).toEqual([
      { officialUid: mayorkas, name: 'Alejandro Mayorkas', side: 'other', role: 'host', evidence: [] },
    ]);
  });
});
