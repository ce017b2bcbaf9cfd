import { describe, expect, it } from 'vitest';
import type { MeetingCandidate } from '../../../shared/model/meeting-suggestion';
import { openCore } from '../../../main/core/api/in-process-core';
import { openTestNotebook, type TestNotebook } from '../../helpers/notebook';
import { errorOf, meeting, notebookWith, official, snapshot } from './fixture';

const TABLES = ['meeting_suggestion_dismissals'];
const UNKNOWN = '01HZZZZZZZZZZZZZZZZZZZZZZZ';

const ref = (candidate: MeetingCandidate) => ({
  kind: candidate.kind,
  from: { kind: candidate.from.kind, uid: candidate.from.uid },
  to: { kind: candidate.to.kind, uid: candidate.to.uid },
});

const pairOf = (candidate: MeetingCandidate) => [candidate.kind, candidate.from.uid, candidate.to.uid];

/** Two recorded meetings of one day with the same person: the pass offers them as one meeting. */
async function twoRecordsOfOneMeeting(notebook: TestNotebook): Promise<{ a: string; b: string }> {
  const person = await official(notebook, 'Marcelo Ebrard', 'mx');
  const a = await meeting(notebook, 'Ebrard at the White House', '2022-05-03');
  const b = await meeting(notebook, 'Migration talks in Washington', '2022-05-03');
  for (const meetingUid of [a, b]) await notebook.call('meetings.setParticipant', { meetingUid, officialUid: person });
  return { a, b };
}

/** The corpus flow: meetings recorded from 002 and 004, so that 004's is offered as preparing 002's. */
async function preparesCandidate() {
  const { notebook, docs } = await notebookWith('002', '004');
  const reported = await notebook.call('meetings.create', { title: 'High-level meeting on migration', start: '2023-12-27', fromDocumentUid: docs['002']! });
  const advance = await notebook.call('meetings.create', { title: 'US advance team at the SRE', start: '2023-12-26', fromDocumentUid: docs['004']! });
  const { candidates } = await notebook.call('meetings.suggestions', {});
  const prepares = candidates.find((candidate) => candidate.kind === 'prepares' && candidate.from.uid === advance.uid && candidate.to.uid === reported.uid);
  if (!prepares) throw new Error('the corpus no longer suggests 004 as preparing 002');
  return { notebook, docs, prepares };
}

describe('dismissing a meeting candidate', () => {
  it('moves it out of the queue, notebook-wide and on the meeting page, until it is restored', async () => {
    const { notebook, docs, prepares } = await preparesCandidate();
    const changes = notebook.events.length;
    expect(await notebook.call('meetings.dismissSuggestion', ref(prepares))).toEqual({ count: 1 });
    expect(notebook.events.slice(changes)).toEqual([{ event: 'notebook.changed', payload: { tables: ['meetings'] } }]);

    const all = await notebook.call('meetings.suggestions', {});
    expect(all.candidates.map(pairOf)).not.toContainEqual(pairOf(prepares));
    expect(all.dismissed.map(pairOf)).toEqual([pairOf(prepares)]);
    expect(all.dismissed[0]!.evidence).toEqual(prepares.evidence);
    const page = await notebook.call('meetings.suggestions', { documentUids: [docs['002']!] });
    expect(page.candidates).toEqual([]);
    expect(page.dismissed.map(pairOf)).toEqual([pairOf(prepares)]);

    expect(await notebook.call('meetings.restoreSuggestion', ref(prepares))).toEqual({ count: 1 });
    const back = await notebook.call('meetings.suggestions', {});
    expect(back.candidates.map(pairOf)).toContainEqual(pairOf(prepares));
    expect(back.dismissed).toEqual([]);
  });

  it('names "same meeting" the same whichever record comes first, but keeps the direction of "prepares"', async () => {
    const notebook = openTestNotebook();
    const { a, b } = await twoRecordsOfOneMeeting(notebook);
    const [same] = (await notebook.call('meetings.suggestions', {})).candidates;
    expect(same).toMatchObject({ kind: 'same-as', overlap: 1 });
    const swapped = { kind: 'same-as' as const, from: ref(same!).to, to: ref(same!).from };

    expect(await notebook.call('meetings.dismissSuggestion', swapped)).toEqual({ count: 1 });
    expect(await notebook.call('meetings.dismissSuggestion', ref(same!))).toEqual({ count: 0 });
    expect((await notebook.call('meetings.suggestions', {})).dismissed.map(pairOf)).toEqual([pairOf(same!)]);
    expect(await notebook.call('meetings.restoreSuggestion', ref(same!))).toEqual({ count: 1 });
    expect((await notebook.call('meetings.suggestions', {})).candidates.map(pairOf)).toEqual([pairOf(same!)]);

    const prepares = { kind: 'prepares' as const, from: { kind: 'meeting' as const, uid: a }, to: { kind: 'meeting' as const, uid: b } };
    await notebook.call('meetings.dismissSuggestion', prepares);
    expect(await notebook.call('meetings.restoreSuggestion', { ...prepares, from: prepares.to, to: prepares.from })).toEqual({ count: 0 });
    expect(await notebook.call('meetings.restoreSuggestion', prepares)).toEqual({ count: 1 });
  });

  it('refuses a subject that is not in the notebook, or a candidate of one subject with itself, changing nothing', async () => {
    const { notebook, prepares } = await preparesCandidate();
    await notebook.call('meetings.dismissSuggestion', ref(prepares));
    const before = snapshot(notebook, TABLES);
    const changes = notebook.events.length;

    const unknownMeeting = await errorOf(notebook, 'meetings.dismissSuggestion', { ...ref(prepares), to: { kind: 'meeting', uid: UNKNOWN } });
    expect(unknownMeeting).toMatchObject({ code: 'NOT_FOUND', message: 'That meeting is no longer in the notebook.' });
    const unknownDocument = await errorOf(notebook, 'meetings.dismissSuggestion', { kind: 'same-as', from: ref(prepares).from, to: { kind: 'document', uid: UNKNOWN } });
    expect(unknownDocument).toMatchObject({ code: 'NOT_FOUND', message: 'That document is no longer in this notebook.' });
    // A meeting's uid given as a document's is not that document.
    expect(await errorOf(notebook, 'meetings.dismissSuggestion', { ...ref(prepares), kind: 'same-as', to: { kind: 'document', uid: prepares.to.uid } })).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await errorOf(notebook, 'meetings.dismissSuggestion', { ...ref(prepares), to: ref(prepares).from })).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await errorOf(notebook, 'meetings.dismissSuggestion', { ...ref(prepares), kind: 'related' })).toMatchObject({ code: 'INVALID_INPUT' });

    expect(snapshot(notebook, TABLES)).toEqual(before);
    expect(notebook.events.length).toBe(changes);
  });

  it('is remembered when the notebook is opened again', async () => {
    const first = openTestNotebook();
    const { a, b } = await twoRecordsOfOneMeeting(first);
    const [same] = (await first.call('meetings.suggestions', {})).candidates;
    await first.call('meetings.dismissSuggestion', ref(same!));
    await first.core.close();

    const reopened = openTestNotebook(first.path);
    const after = await reopened.call('meetings.suggestions', {});
    expect(after.candidates).toEqual([]);
    expect(after.dismissed.map((candidate) => [candidate.from.uid, candidate.to.uid].sort())).toEqual([[a, b].sort()]);
  });

  it('goes with a meeting when a later session purges it', async () => {
    const notebook = openTestNotebook();
    const { b } = await twoRecordsOfOneMeeting(notebook);
    const [same] = (await notebook.call('meetings.suggestions', {})).candidates;
    await notebook.call('meetings.dismissSuggestion', ref(same!));
    await notebook.call('meetings.delete', { uids: [b] });
    expect(snapshot(notebook, TABLES).meeting_suggestion_dismissals).toHaveLength(1);
    await notebook.core.close();

    const nextSession = openCore({ notebookPath: notebook.path, startsSession: true });
    await nextSession.close();
    expect(snapshot(notebook, TABLES).meeting_suggestion_dismissals).toEqual([]);
  });

  it('goes with a document when the Trash is emptied', async () => {
    const { notebook, docs } = await notebookWith('002', '004');
    const reported = await notebook.call('meetings.create', { title: 'High-level meeting on migration', start: '2023-12-27', fromDocumentUid: docs['002']! });
    const dismissal = { kind: 'prepares' as const, from: { kind: 'document' as const, uid: docs['004']! }, to: { kind: 'meeting' as const, uid: reported.uid } };
    expect(await notebook.call('meetings.dismissSuggestion', dismissal)).toEqual({ count: 1 });
    await notebook.call('documents.trash', { uids: [docs['004']!] });
    expect(snapshot(notebook, TABLES).meeting_suggestion_dismissals).toHaveLength(1);
    await notebook.call('documents.emptyTrash', {});
    expect(snapshot(notebook, TABLES).meeting_suggestion_dismissals).toEqual([]);
  });
});
