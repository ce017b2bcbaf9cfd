import { useStore } from 'zustand';
import type { Label } from '../../../shared/model/annotation';
import type { MeetingListItem } from '../../../shared/model/meeting';
import type { AppStores } from '../../stores/app-stores';
import { useLabels, useStores } from '../../stores/stores-context';
import type { TimelineState } from '../../stores/timeline-store';
import { buildTimelineModel, type LaneMode, type TimelineModel } from './timeline-model';

export const useTimeline = <T,>(selector: (state: TimelineState) => T): T => useStore(useStores().timeline, selector);

/**
 * Models by the meetings, codebook and lane mode they were built from. The store's arrays are
 * replaced, never changed, so they key the cache; a view switch back to the Timeline then reuses
 * the model instead of sorting 5,000 meetings again.
 */
const models = new WeakMap<readonly MeetingListItem[], WeakMap<readonly Label[], Map<LaneMode, TimelineModel>>>();

function modelFor(items: readonly MeetingListItem[], lanes: LaneMode, labels: readonly Label[]): TimelineModel {
  let byLabels = models.get(items);
  if (!byLabels) models.set(items, (byLabels = new WeakMap()));
  let byLanes = byLabels.get(labels);
  if (!byLanes) byLabels.set(labels, (byLanes = new Map()));
  let model = byLanes.get(lanes);
  if (!model) byLanes.set(lanes, (model = buildTimelineModel(items, lanes, labels)));
  return model;
}

export function useTimelineModel(): TimelineModel {
  const items = useTimeline((state) => state.items);
  const lanes = useTimeline((state) => state.lanes);
  const labels = useLabels((state) => state.labels);
  return modelFor(items, lanes, labels);
}

/** Opens a meeting on its page in the Meetings view. */
export function openMeeting(stores: AppStores, uid: string): void {
  stores.timeline.getState().focus(uid);
  stores.meetings.getState().select(uid);
  stores.ui.getState().setView('meetings');
}
