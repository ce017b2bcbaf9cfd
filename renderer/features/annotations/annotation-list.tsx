import type { AnnotationListItem, Label } from '../../../shared/model/annotation';
import { VirtualListbox } from '../../components/virtual-listbox';
import { AnnotationRow, rowName } from './annotation-row';

/** A row with a three-line quote, a note and labels; rows are measured once drawn. */
const ROW_ESTIMATE = 112;
/** Ask for the next page while this many loaded rows are still ahead, so scrolling rarely waits. */
const LOAD_AHEAD = 30;

export const ANNOTATION_LIST_ID = 'annotation-list';

interface AnnotationListProps {
  items: readonly AnnotationListItem[];
  /** Matching rows in all, including those not loaded yet. */
  total: number;
  hasMore: boolean;
  onLoadMore: () => void;
  focusedUid: string | null;
  selectedUids: readonly string[];
  labels: ReadonlyMap<string, Label>;
  onFocus: (uid: string) => void;
  onToggle: (uid: string) => void;
  onRange: (uid: string) => void;
  onSelectAll: () => void;
  /** Enter or a double click: show the annotation in its document. */
  onOpen: (uid: string) => void;
  onDelete: () => void;
  onMenu: (item: AnnotationListItem, at: { x: number; y: number }) => void;
}

/** The annotations as a multi-select listbox, loaded a page at a time as it scrolls. */
export function AnnotationList(props: AnnotationListProps) {
  const { items, total, hasMore, onLoadMore, focusedUid, selectedUids, labels, onFocus, onToggle, onRange, onSelectAll, onOpen, onDelete, onMenu } = props;
  return (
    <VirtualListbox
      id={ANNOTATION_LIST_ID}
      label="Annotations"
      className="annotation-list"
      items={items}
      setSize={total}
      rowEstimate={ROW_ESTIMATE}
      overscan={6}
      optionId={optionId}
      activeUid={focusedUid}
      rowName={(item) => rowName(item, labels)}
      renderRow={(item) => <AnnotationRow item={item} labels={labels} />}
      onActivate={onFocus}
      onOpen={onOpen}
      onDelete={onDelete}
      paging={{ hasMore, onLoadMore, ahead: LOAD_AHEAD }}
      // Escape narrows a multiple selection back to the focused row.
      multi={{ selectedUids, onToggle, onRange, onSelectAll, onNarrow: onFocus, onMenu, menuOffset: 40 }}
    />
  );
}

const optionId = (uid: string) => `annotation-option-${uid}`;
