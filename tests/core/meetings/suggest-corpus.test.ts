import { describe, expect, it } from 'vitest';
import { reviewedCorpus } from './suggest/reviewed-corpus';

describe('meeting suggestions on the sample corpus', () => {
  it('000 suggests 3 May 2022 in Washington with Marcelo Ebrard and Alejandro Mayorkas', async () => {
    const { notebook, docs } = await reviewedCorpus();
    const [document] = (await notebook.call('meetings.suggestions', { documentUids: [docs['000']!] })).documents;
    expect(document!.dates[0]).toMatchObject({ value: '2022-05-03', precision: 'day', text: 'Tuesday, May 3, 2022' });
    expect(document!.dates[0]!.sentence.text).toMatch(/^Later, Foreign Minister Marcelo Ebrard met at the White House/);
    expect(document!.places[0]).toMatchObject({ name: 'Washington', kind: 'city' });
    const participants = document!.participants.map((participant) => participant.name);
    expect(participants.slice(0, 2).sort()).toEqual(['Alejandro Mayorkas', 'Marcelo Ebrard']);
  });

  it('004 suggests 27 December with Blinken, Mayorkas and Sherwood-Randall; 2023 once its published date is known', async () => {
    const { notebook, docs } = await reviewedCorpus();
    const suggestionOf004 = async () => (await notebook.call('meetings.suggestions', { documentUids: [docs['004']!] })).documents[0]!;
    const before = await suggestionOf004();
    expect(before.published).toBeNull();
    expect(before.dates[0]).toMatchObject({ value: '--12-27', precision: 'day' });
    expect(before.dates[0]!.sentence.text).toMatch(/^The meeting will take place this December 27/);
    expect(before.places[0]).toMatchObject({ name: 'Foreign Ministry', city: 'Mexico City' });
    expect(before.participants.map((participant) => participant.name)).toEqual(
      expect.arrayContaining(['Antony Blinken', 'Alejandro Mayorkas', 'Elizabeth Sherwood-Randall']),
    );
    await notebook.call('documents.update', { uid: docs['004']!, patch: { published: '2023-12-26' } });
    expect((await suggestionOf004()).dates[0]).toMatchObject({ value: '2023-12-27', precision: 'day' });
  });

  it('with both meetings recorded, suggests 004’s meeting as preparing 002’s, until the link is made', async () => {
    const { notebook, docs } = await reviewedCorpus();
    const reported = await notebook.call('meetings.create', {
      title: 'High-level meeting on migration',
      start: '2023-12-27',
      place: { city: 'Mexico City', venue: 'National Palace' },
      fromDocumentUid: docs['002']!,
    });
    const advance = await notebook.call('meetings.create', { title: 'US advance team at the SRE', start: '2023-12-26', fromDocumentUid: docs['004']! });
    const changes = notebook.events.length;
    const { candidates } = await notebook.call('meetings.suggestions', {});
    const between = candidates.filter((candidate) => [candidate.from.uid, candidate.to.uid].sort().join() === [reported.uid, advance.uid].sort().join());
    expect(between).toHaveLength(1);
    expect(between[0]).toMatchObject({ kind: 'prepares', from: { kind: 'meeting', uid: advance.uid }, to: { kind: 'meeting', uid: reported.uid, date: '2023-12-27' } });
    expect(between[0]!.evidence[0]).toMatchObject({ documentUid: docs['004'], supports: 'link' });
    expect(between[0]!.evidence[0]!.text).toContain('to prepare the high level meeting');
    expect(between[0]!.evidence[1]).toMatchObject({ documentUid: docs['004'], supports: 'date' });
    expect(between[0]!.evidence[1]!.text).toContain('December 27');
    // Suggesting records nothing.
    expect(notebook.events.slice(changes)).toEqual([]);
    // The review asks for candidates alone: the same candidates, without every document's suggestions.
    const review = await notebook.call('meetings.suggestions', { candidatesOnly: true });
    expect(review.candidates).toEqual(candidates);
    expect(review.documents).toEqual([]);

    await notebook.call('meetings.link', { kind: 'prepares', fromUid: advance.uid, toUid: reported.uid });
    const after = await notebook.call('meetings.suggestions', { documentUids: [docs['002']!] });
    expect(after.candidates.filter((candidate) => candidate.to.uid === reported.uid || candidate.from.uid === reported.uid)).toEqual([]);
  });

  it('refuses a document that is not in the notebook', async () => {
    const { notebook } = await reviewedCorpus();
    const envelope = await notebook.core.invoke('meetings.suggestions', { documentUids: ['01HZZZZZZZZZZZZZZZZZZZZZZZ'] });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
