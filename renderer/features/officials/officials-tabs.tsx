import { useEffect } from 'react';
import { formatCount } from '../../components/format';
import { Tabs } from '../../components/tabs';
import type { OfficialsTab } from '../../stores/officials-store';
import { pendingCount } from '../../stores/review-store';
import { useOfficials, useReview, useStores } from '../../stores/stores-context';

/** "People | Review (N)": the registry, or the suggestions waiting for a decision. */
export function OfficialsTabs() {
  const { officials, review } = useStores();
  const current = useOfficials((state) => state.tab);
  const pending = useReview((state) => (state.loaded ? pendingCount(state.queue) : null));

  // The count is on screen whichever tab shows, so the queue stays loaded and current meanwhile.
  useEffect(() => review.getState().show(), [review]);

  const tabs: Array<{ id: OfficialsTab; label: string }> = [
    { id: 'people', label: 'People' },
    { id: 'review', label: pending === null ? 'Review' : `Review (${formatCount(pending)})` },
  ];
  return <Tabs group="officials" label="Officials" tabs={tabs} current={current} onSelect={(tab) => officials.getState().setTab(tab)} />;
}
