import { Highlighter, StickyNote } from 'lucide-react';
import { EmptyState } from '../../components/empty-state';

/** A notebook without annotations teaches how to make the first one. */
export function EmptyAnnotations() {
  return (
    <EmptyState
      title="No annotations yet"
      ways={[
        { icon: Highlighter, text: 'Highlights keep the exact quote, so they can be found, labelled and exported later.' },
        { icon: StickyNote, text: 'Every highlight and note, across all documents, is listed here.' },
      ]}
    >
      Select text in the Reader and press <kbd>H</kbd> to highlight it, or <kbd>N</kbd> to add a note.
    </EmptyState>
  );
}

/** Filters that match nothing say so, and offer the way back. */
export function NoMatchingAnnotations({ onClear }: { onClear: () => void }) {
  return (
    <EmptyState
      title="No annotations match these filters"
      actions={
        <button type="button" className="button" onClick={onClear}>
          Clear filters
        </button>
      }
    >
      Try another label or date range, or a shorter search.
    </EmptyState>
  );
}
