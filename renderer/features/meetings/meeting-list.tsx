import type { MeetingListItem } from '../../../shared/model/meeting';
import { VirtualListbox } from '../../components/virtual-listbox';
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

/** Meetings as a single-select listbox, virtualised for thousands of meetings. */
export function MeetingList({ items, selectedUid, onSelect, onOpen, onDelete }: MeetingListProps) {
  return (
    <VirtualListbox
      id={MEETING_LIST_ID}
      label="Meetings"
      className="meeting-list"
      items={items}
      rowEstimate={ROW_ESTIMATE}
      overscan={8}
      optionId={optionId}
      activeUid={selectedUid}
      rowName={meetingRowName}
      renderRow={(meeting) => <MeetingRow meeting={meeting} />}
      onActivate={onSelect}
      onOpen={onOpen}
      // A single-select list acts on its one selected row.
      onDelete={([uid]) => uid !== undefined && onDelete(uid)}
    />
  );
}

const optionId = (uid: string) => `meeting-option-${uid}`;
