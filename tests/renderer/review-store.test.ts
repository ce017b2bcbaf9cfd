import { describe, expect, it } from 'vitest';
import type { SuggestionQueue } from '../../shared/model/suggestion';
import { createClient } from '../../renderer/api/client';
import { createAppStores } from '../../renderer/stores/app-stores';
import { fakeReview, knownMention, sampleQueue, sighting } from './review-fake';

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

  it('sends a person with more mentions than one call may carry in several calls, each span once', async () => {
    const many = Array.from({ length: 10_001 }, (_, index) => knownMention(sighting('Long hearing', 'Chair ', 'Dana Ruiz', ' spoke.', index * 20)));
    const dana = { officialUid: '01HZZZZZZZZZZZZZZZZZZDANA0', name: 'Dana Ruiz', mentions: many };
    const { transport, stores } = await loadedStores({ known: [dana], candidates: [] });
    let calls = 0;
    transport.handle('mentions.confirm', (input) => {
      calls += 1;
      return calls === 1 ? { count: input.spans.length } : { code: 'INTERNAL', message: 'The notebook could not be written; try again.' };
    });

    await stores.review.getState().accept(dana.officialUid);
    const sent = transport.callsTo('mentions.confirm') as { spans: { start: number }[] }[];
    expect(sent.map((call) => call.spans.length)).toEqual([10_000, 1]);
    expect(new Set(sent.flatMap((call) => call.spans.map((span) => span.start))).size).toBe(10_001);
    // The refused call's mention is back; the accepted ones can be undone.
    expect(stores.review.getState().queue.known[0]!.mentions).toEqual([many[10_000]]);
    expect(stores.ui.getState().toasts.map((toast) => [toast.tone, toast.message])).toEqual([
      ['error', 'The notebook could not be written; try again.'],
      ['info', `Accepted ${(10_000).toLocaleString()} mentions of Dana Ruiz.`],
    ]);
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
    transport.handle('officials.suggestions', () => ({ known: [], candidates: [] }));
    stores.review.getState().reset();
    expect(stores.review.getState().queue).toEqual({ known: [], candidates: [] });
    expect(stores.review.getState().loaded).toBe(false);
  });
});
