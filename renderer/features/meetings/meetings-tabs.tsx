import { useEffect } from 'react';
import { formatCount } from '../../components/format';
import { Tabs } from '../../components/tabs';
import type { MeetingsTab } from '../../stores/meeting-review';
import { useMeetings, useStores } from '../../stores/stores-context';

/** "Meetings | Review (N)": the recorded meetings, or the candidates between them waiting for a decision. */
export function MeetingsTabs() {
  const { meetings } = useStores();
  const current = useMeetings((state) => state.tab);
  const pending = useMeetings((state) => state.review?.candidates.length ?? null);

  // The count is on screen whichever tab shows, so the review stays loaded and current meanwhile.
  useEffect(() => meetings.getState().showReview(), [meetings]);

  const tabs: Array<{ id: MeetingsTab; label: string }> = [
    { id: 'meetings', label: 'Meetings' },
    { id: 'review', label: pending === null ? 'Review' : `Review (${formatCount(pending)})` },
  ];
  return <Tabs group="meetings" label="Meetings" tabs={tabs} current={current} onSelect={(tab) => meetings.getState().setTab(tab)} />;
}
