import { render, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import type { SuggestionQueue } from '../../shared/model/suggestion';
import { createClient } from '../../renderer/api/client';
import { ToastRegion } from '../../renderer/components/toast-region';
import { ReviewQueue } from '../../renderer/features/officials-review/review-queue';
import { connectEvents, createAppStores } from '../../renderer/stores/app-stores';
import { StoresProvider } from '../../renderer/stores/stores-context';
import { fakeNotebook } from './helpers/fake-transport';
import { fakeReview } from './review-fake';

/** The review queue alone, with its toasts, over the fake review channels holding `sample.queue`. */
export async function showQueue<Sample extends { queue: SuggestionQueue }>(sample: Sample) {
  const fake = fakeReview(sample.queue, fakeNotebook([]).transport);
  const client = createClient(fake.transport);
  const stores = createAppStores(client, window.localStorage);
  connectEvents(client, stores);
  const view = render(
    <StoresProvider stores={stores}>
      <ReviewQueue />
      <ToastRegion />
    </StoresProvider>,
  );
  await waitFor(() => expect(stores.review.getState().loaded).toBe(true));
  return { ...sample, ...fake, stores, view };
}
