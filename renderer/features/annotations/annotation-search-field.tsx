import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { Search } from 'lucide-react';
import { useAnnotationsView, useStores } from '../../stores/stores-context';
import { SearchHelp } from '../search/search-help';
import { ANNOTATION_LIST_ID } from './annotation-list';
import '../search/search.css';

/**
 * Full text over quotes and notes. The input is never disabled and always shows what was typed; the
 * store waits for a pause in typing before asking, and drops answers to older queries.
 */
export function AnnotationSearchField() {
  const { annotationsView } = useStores();
  const text = useAnnotationsView((state) => state.queryText);
  const loading = useAnnotationsView((state) => !state.loaded);
  const ref = useRef<HTMLInputElement>(null);
  const id = useId();

  // Ctrl/Cmd+F searches the current view; this field exists only while the Annotations view shows.
  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'f') return;
      event.preventDefault();
      ref.current?.focus();
      ref.current?.select();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const actions = annotationsView.getState();
    if (event.key === 'Escape' && text !== '') {
      event.preventDefault();
      actions.setFilter({ query: undefined });
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (actions.focusedUid === null && actions.items[0]) actions.focus(actions.items[0].uid);
      document.getElementById(ANNOTATION_LIST_ID)?.focus();
    }
  }

  return (
    <div role="search" className="search-bar annotations-search">
      <div className="search-field">
        <Search size={14} aria-hidden className="search-icon" />
        <label htmlFor={id} className="visually-hidden">
          Search annotations
        </label>
        <input
          ref={ref}
          id={id}
          type="search"
          placeholder="Search quotes and notes (Ctrl+F)"
          autoComplete="off"
          spellCheck={false}
          value={text}
          aria-controls={ANNOTATION_LIST_ID}
          aria-busy={loading || undefined}
          onChange={(event) => annotationsView.getState().setQuery(event.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <SearchHelp />
    </div>
  );
}
