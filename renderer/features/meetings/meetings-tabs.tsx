import { useEffect, useRef, type KeyboardEvent } from 'react';
import { formatCount } from '../../components/format';
import type { MeetingsTab } from '../../stores/meeting-review';
import { useMeetings, useStores } from '../../stores/stores-context';

export const tabId = (tab: MeetingsTab) => `meetings-tab-${tab}`;
export const panelId = (tab: MeetingsTab) => `meetings-panel-${tab}`;

const TABS: readonly MeetingsTab[] = ['meetings', 'review'];

/** "Meetings | Review (N)": the recorded meetings, or the candidates between them waiting for a decision. Arrow keys switch. */
export function MeetingsTabs() {
  const { meetings } = useStores();
  const current = useMeetings((state) => state.tab);
  const pending = useMeetings((state) => state.review?.candidates.length ?? null);
  const refs = useRef(new Map<MeetingsTab, HTMLButtonElement>());

  // The count is on screen whichever tab shows, so the review stays loaded and current meanwhile.
  useEffect(() => meetings.getState().showReview(), [meetings]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = TABS.indexOf(current);
    const next = event.key === 'ArrowRight' ? TABS[(index + 1) % TABS.length] : event.key === 'ArrowLeft' ? TABS[(index + TABS.length - 1) % TABS.length] : undefined;
    if (!next) return;
    event.preventDefault();
    meetings.getState().setTab(next);
    refs.current.get(next)?.focus();
  }

  const label = (tab: MeetingsTab) => (tab === 'meetings' ? 'Meetings' : pending === null ? 'Review' : `Review (${formatCount(pending)})`);

  return (
    <div role="tablist" aria-label="Meetings" className="meetings-tabs" onKeyDown={onKeyDown}>
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
          className="meetings-tab"
          onClick={() => meetings.getState().setTab(tab)}
        >
          {label(tab)}
        </button>
      ))}
    </div>
  );
}
