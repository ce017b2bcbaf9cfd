import { useRef, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { MeetingListItem } from '../../../shared/model/meeting';
import { MeetingRow, meetingRowName } from './meeting-row';

/** Date, title, place and people on up to four short lines; rows are measured once drawn. */
const ROW_ESTIMATE = 76;

export const MEETING_LIST_ID = 'meeting-list';

interface MeetingListProps {
  items: readonly MeetingListItem[];
  selectedUid: string | null;
  onSelect: (uid: string) => void;
  /** Enter or a double click: move to the meeting's page. */
  onOpen: (uid: string) => void;
  onDelete: (uid: string) => void;
}

/**
 * Meetings as a single-select listbox with one tab stop: the listbox keeps focus and points at the
 * selected row with aria-activedescendant, so rows can be virtualised (thousands of meetings).
 */
export function MeetingList({ items, selectedUid, onSelect, onOpen, onDelete }: MeetingListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    getItemKey: (index) => items[index]?.uid ?? index,
    // Where there is no layout (tests, a hidden pane) keep the estimate rather than a zero height.
    measureElement: (element) => element.getBoundingClientRect().height || ROW_ESTIMATE,
    overscan: 8,
  });
  const index = items.findIndex((item) => item.uid === selectedUid);

  function moveTo(target: number) {
    const clamped = Math.max(0, Math.min(items.length - 1, target));
    const item = items[clamped];
    if (!item) return;
    onSelect(item.uid);
    virtualizer.scrollToIndex(clamped, { align: 'auto' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / ROW_ESTIMATE) - 1);
    const current = items[index];
    switch (event.key) {
      case 'ArrowDown': moveTo(index + 1); break;
      case 'ArrowUp': moveTo(index < 0 ? 0 : index - 1); break;
      case 'PageDown': moveTo(index + page); break;
      case 'PageUp': moveTo(Math.max(0, index - page)); break;
      case 'Home': moveTo(0); break;
      case 'End': moveTo(items.length - 1); break;
      case 'Enter':
        if (!current) return;
        onOpen(current.uid);
        break;
      case 'Delete':
      case 'Backspace':
        if (!current) return;
        onDelete(current.uid);
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  return (
    <div
      ref={scrollRef}
      id={MEETING_LIST_ID}
      role="listbox"
      aria-label="Meetings"
      aria-activedescendant={index >= 0 && selectedUid !== null ? optionId(selectedUid) : undefined}
      tabIndex={0}
      className="meeting-list"
      onKeyDown={onKeyDown}
    >
      <div className="meeting-list-spacer" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((virtualRow) => {
          const item = items[virtualRow.index];
          if (!item) return null;
          return (
            <div
              key={item.uid}
              id={optionId(item.uid)}
              ref={virtualizer.measureElement}
              data-index={virtualRow.index}
              role="option"
              aria-label={meetingRowName(item)}
              aria-selected={item.uid === selectedUid}
              aria-posinset={virtualRow.index + 1}
              aria-setsize={items.length}
              className={`meeting-row${item.uid === selectedUid ? ' is-focused' : ''}`}
              // Virtual position only; sizes and colours come from the stylesheet.
              style={{ transform: `translateY(${virtualRow.start}px)` }}
              onClick={() => onSelect(item.uid)}
              onDoubleClick={() => onOpen(item.uid)}
            >
              <MeetingRow meeting={item} />
            </div>
          );
        })}
      </div>
    </div>
  );
}

const optionId = (uid: string) => `meeting-option-${uid}`;
