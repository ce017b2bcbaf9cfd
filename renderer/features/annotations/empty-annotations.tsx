import { Highlighter, StickyNote } from 'lucide-react';

/** A notebook without annotations teaches how to make the first one. */
export function EmptyAnnotations() {
  return (
    <div className="empty-state">
      <h2>No annotations yet</h2>
      <p>
        Select text in the Reader and press <kbd>H</kbd> to highlight it, or <kbd>N</kbd> to add a note.
      </p>
      <ul className="empty-state-ways">
        <li>
          <Highlighter size={16} aria-hidden />
          <span>Highlights keep the exact quote, so they can be found, labelled and exported later.</span>
        </li>
        <li>
          <StickyNote size={16} aria-hidden />
          <span>Every highlight and note, across all documents, is listed here.</span>
        </li>
      </ul>
    </div>
  );
}

/** Filters that match nothing say so, and offer the way back. */
export function NoMatchingAnnotations({ onClear }: { onClear: () => void }) {
  return (
    <div className="empty-state">
      <h2>No annotations match these filters</h2>
      <p>Try another label or date range, or a shorter search.</p>
      <div className="empty-state-actions">
        <button type="button" className="button" onClick={onClear}>
          Clear filters
        </button>
      </div>
    </div>
  );
}
