import { describe, expect, it } from 'vitest';
import type { SuggestionQueue } from '../../shared/model/suggestion';
import { createClient } from '../../renderer/api/client';
import { createAppStores } from '../../renderer/stores/app-stores';
import { pendingCount } from '../../renderer/stores/review-store';
import { busyPerson, candidate, fakeReview, proposal, sampleQueue } from './review-fake';

async function loadedStores(queue: SuggestionQueue) {
  const fake = fakeReview(queue);
  const stores = createAppStores(createClient(fake.transport));
  stores.review.getState().show();
  await stores.review.getState().reload();
  return { ...fake, stores };
}

const mentionCount = (queue: SuggestionQueue) => queue.known.reduce((sum, group) => sum + group.mentions.length, 0);

describe('review store', () => {
  it('keeps a decided mention out of a queue fetched before the core recorded the decision', async () => {
    const { ana, queue } = sampleQueue();
    const { transport, stores } = await loadedStores(queue);
    let answer: (value: { count: number }) => void = () => {};
    transport.handle('mentions.confirm', () => new Promise((resolve) => (answer = resolve)));

    const accepting = stores.review.getState().accept(ana.officialUid, [ana.mentions[0]!]);
    expect(mentionCount(stores.review.getState().queue)).toBe(3);
    // This fetch still holds the mention: the core has not answered yet.
    await stores.review.getState().reload();
    expect(mentionCount(stores.review.getState().queue)).toBe(3);
    answer({ count: 1 });
    await accepting;
    expect(stores.ui.getState().toasts.map((toast) => toast.message)).toEqual(['Accepted 1 mention of Ana Torres.']);

    // A fetch after the decision settled is taken as the core says, even if it suggests the mention again.
    transport.handle('officials.suggestions', () => queue);
    await stores.review.getState().reload();
    expect(mentionCount(stores.review.getState().queue)).toBe(4);
  });

  it('accepts all of a person in the core, listed or not, and undoes it by forgetting those spans in as few calls as allowed', async () => {
    const dana = busyPerson(10_001);
    const { transport, stores, forget } = await loadedStores({ known: [dana], candidates: [], aliases: [] });
    expect(stores.review.getState().queue.known[0]).toMatchObject({ total: 10_001, mentions: dana.mentions.slice(0, 20) });
    expect(pendingCount(stores.review.getState().queue)).toBe(10_001);

    await stores.review.getState().accept(dana.officialUid);
    expect(transport.callsTo('mentions.confirmAllOf')).toEqual([{ officialUid: dana.officialUid }]);
    expect(transport.callsTo('mentions.confirm')).toEqual([]);
    expect(stores.review.getState().queue.known).toEqual([]);
    expect(stores.ui.getState().toasts.map((toast) => toast.message)).toEqual([`Accepted ${(10_001).toLocaleString()} mentions of Dana Ruiz.`]);

    let calls = 0;
    transport.handle('mentions.forget', (input) => {
      calls += 1;
      return calls === 1 ? forget(input.spans) : { code: 'INTERNAL', message: 'The notebook could not be written; try again.' };
    });
    await stores.ui.getState().undoLast();
    const sent = transport.callsTo('mentions.forget') as { spans: { start: number }[] }[];
    expect(sent.map((call) => call.spans.length)).toEqual([10_000, 1]);
    expect(new Set(sent.flatMap((call) => call.spans.map((span) => span.start))).size).toBe(10_001);
    // The refused call's mention stays decided; the forgotten ones are back, counted by the core.
    expect(stores.review.getState().queue.known[0]).toMatchObject({ total: 10_000 });
    expect(stores.ui.getState().toasts.at(-1)).toMatchObject({ tone: 'error', message: 'The notebook could not be written; try again.' });
  });

  it('brings a person back with the core’s explanation when it refuses to accept all of them', async () => {
    const { ana, queue } = sampleQueue();
    const { transport, stores } = await loadedStores(queue);
    let refuse: (value: { code: 'CONFLICT'; message: string }) => void = () => {};
    transport.handle('mentions.confirmAllOf', () => new Promise((resolve) => (refuse = resolve)));
    const accepting = stores.review.getState().accept(ana.officialUid);
    expect(stores.review.getState().queue.known.map((group) => group.name)).toEqual(['Ben Okafor']);
    expect(pendingCount(stores.review.getState().queue)).toBe(2);
    refuse({ code: 'CONFLICT', message: 'The notebook changed; review the suggestions again.' });
    await accepting;
    expect(stores.review.getState().queue.known.map((group) => group.name)).toEqual(['Ana Torres', 'Ben Okafor']);
    expect(stores.ui.getState().toasts.map((toast) => [toast.tone, toast.message])).toEqual([['error', 'The notebook changed; review the suggestions again.']]);
  });

  it('shows more of a person after the last mention shown, counts from the core’s total, and keeps them shown across reloads', async () => {
    const dana = busyPerson(45);
    const { transport, stores } = await loadedStores({ known: [dana], candidates: [], aliases: [] });
    const shown = () => stores.review.getState().queue.known[0]!;
    expect(shown()).toMatchObject({ total: 45, mentions: dana.mentions.slice(0, 20) });

    // Deciding one shown mention takes it out of the total too; the next page still starts after the last one shown.
    await stores.review.getState().reject(dana.officialUid, [dana.mentions[3]!]);
    expect(shown().total).toBe(44);
    await stores.review.getState().showMore(shown());
    const last = dana.mentions[19]!;
    expect(transport.callsTo('officials.suggestionsOf')).toEqual([{ officialUid: dana.officialUid, limit: 20, after: { documentUid: last.documentUid, start: last.start } }]);
    expect(shown().mentions).toEqual([...dana.mentions.slice(0, 3), ...dana.mentions.slice(4, 40)]);
    expect(shown().total).toBe(44);

    await stores.review.getState().reload();
    expect(shown()).toMatchObject({ total: 44 });
    expect(shown().mentions).toEqual([...dana.mentions.slice(0, 3), ...dana.mentions.slice(4, 41)]);
  });

  it('shows more of a new name the same way', async () => {
    const many = candidate('Eli Moss', 'Senator', [], busyPerson(30, 'Eli Moss').mentions);
    const { transport, stores } = await loadedStores({ known: [], candidates: [many], aliases: [] });
    await stores.review.getState().showMore(stores.review.getState().queue.candidates[0]!);
    expect(transport.callsTo('officials.suggestionsOf')).toEqual([
      { candidateName: 'Eli Moss', limit: 20, after: { documentUid: many.mentions[19]!.documentUid, start: many.mentions[19]!.start } },
    ]);
    expect(stores.review.getState().queue.candidates[0]).toMatchObject({ total: 30, mentions: many.mentions });
  });

  it('shows more of a proposed alias by its person and handle', async () => {
    const many = proposal('Eli Moss', '@EliMoss', busyPerson(30, '@EliMoss').mentions);
    const { transport, stores } = await loadedStores({ known: [], candidates: [], aliases: [many] });
    await stores.review.getState().showMore(stores.review.getState().queue.aliases[0]!);
    expect(transport.callsTo('officials.suggestionsOf')).toEqual([
      { officialUid: many.officialUid, alias: '@EliMoss', limit: 20, after: { documentUid: many.mentions[19]!.documentUid, start: many.mentions[19]!.start } },
    ]);
    expect(stores.review.getState().queue.aliases[0]).toMatchObject({ total: 30, mentions: many.mentions });
  });

  it('keeps the decision, and says so, when the core refuses to undo it', async () => {
    const { ana, queue } = sampleQueue();
    const { transport, stores } = await loadedStores(queue);
    await stores.review.getState().reject(ana.officialUid);
    transport.handle('mentions.forget', () => ({ code: 'NOT_FOUND', message: 'That document is no longer in this notebook.' }));
    await stores.ui.getState().undoLast();
    expect(stores.review.getState().queue.known.map((group) => group.name)).toEqual(['Ben Okafor']);
    expect(stores.ui.getState().toasts.at(-1)).toMatchObject({ tone: 'error', message: 'That document is no longer in this notebook.' });
  });

  it('forgets another notebook’s queue when the notebook is replaced', async () => {
    const { queue } = sampleQueue();
    const { transport, stores } = await loadedStores(queue);
    transport.handle('officials.suggestions', () => ({ known: [], candidates: [], aliases: [] }));
    stores.review.getState().reset();
    expect(stores.review.getState().queue).toEqual({ known: [], candidates: [], aliases: [] });
    expect(stores.review.getState().loaded).toBe(false);
  });
});
