import type { Official } from '../../../shared/model/official';
import { VirtualListbox } from '../../components/virtual-listbox';
import { OfficialRow, officialRowName } from './official-row';

/** Name, office and counts on three short lines; rows are measured once drawn. */
const ROW_ESTIMATE = 68;

export const OFFICIAL_LIST_ID = 'official-list';

interface OfficialListProps {
  items: readonly Official[];
  focusedUid: string | null;
  selectedUids: readonly string[];
  onFocus: (uid: string) => void;
  onToggle: (uid: string) => void;
  onRange: (uid: string) => void;
  onSelectAll: () => void;
  /** Enter or a double click: move to the person's profile. */
  onOpen: (uid: string) => void;
  onDelete: () => void;
  onMenu: (official: Official, at: { x: number; y: number }) => void;
}

/** The registry as a multi-select listbox, like the Annotations list. */
export function OfficialList({ items, focusedUid, selectedUids, onFocus, onToggle, onRange, onSelectAll, onOpen, onDelete, onMenu }: OfficialListProps) {
  return (
    <VirtualListbox
      id={OFFICIAL_LIST_ID}
      label="Officials"
      className="official-list"
      items={items}
      rowEstimate={ROW_ESTIMATE}
      overscan={8}
      optionId={optionId}
      activeUid={focusedUid}
      rowName={officialRowName}
      renderRow={(official) => <OfficialRow official={official} />}
      onActivate={onFocus}
      onOpen={onOpen}
      onDelete={onDelete}
      multi={{ selectedUids, onToggle, onRange, onSelectAll, onMenu, menuOffset: 32 }}
    />
  );
}

const optionId = (uid: string) => `official-option-${uid}`;
