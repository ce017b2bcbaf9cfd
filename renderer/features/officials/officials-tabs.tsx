import { useEffect, useRef, type KeyboardEvent } from 'react';
import { formatCount } from '../../components/format';
import type { OfficialsTab } from '../../stores/officials-store';
import { pendingCount } from '../../stores/review-store';
import { useOfficials, useReview, useStores } from '../../stores/stores-context';

export const tabId = (tab: OfficialsTab) => `officials-tab-${tab}`;
export const panelId = (tab: OfficialsTab) => `officials-panel-${tab}`;

const TABS: readonly OfficialsTab[] = ['people', 'review'];

/** "People | Review (N)": the registry, or the suggestions waiting for a decision. Arrow keys switch. */
export function OfficialsTabs() {
  const { officials, review } = useStores();
  const current = useOfficials((state) => state.tab);
  const pending = useReview((state) => (state.loaded ? pendingCount(state.queue) : null));
  const refs = useRef(new Map<OfficialsTab, HTMLButtonElement>());

  // The count is on screen whichever tab shows, so the queue stays loaded and current meanwhile.
  useEffect(() => review.getState().show(), [review]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = TABS.indexOf(current);
    const next = event.key === 'ArrowRight' ? TABS[(index + 1) % TABS.length] : event.key === 'ArrowLeft' ? TABS[(index + TABS.length - 1) % TABS.length] : undefined;
    if (!next) return;
    event.preventDefault();
    officials.getState().setTab(next);
    refs.current.get(next)?.focus();
  }

  const label = (tab: OfficialsTab) => (tab === 'people' ? 'People' : pending === null ? 'Review' : `Review (${formatCount(pending)})`);

  return (
    <div role="tablist" aria-label="Officials" className="officials-tabs" onKeyDown={onKeyDown}>
      {TABS.map((tab) => (
        <button
          key={tab}
          ref={(element) => {
            if (element) refs.current.set(tab, element);
            else refs.current.delete(tab);
          }}
          type="button"
          role="tab"
          id={tabId(tab)}
          aria-selected={tab === current}
          aria-controls={panelId(tab)}
          tabIndex={tab === current ? 0 : -1}
          className="officials-tab"
          onClick={() => officials.getState().setTab(tab)}
        >
          {label(tab)}
        </button>
      ))}
    </div>
  );
}
