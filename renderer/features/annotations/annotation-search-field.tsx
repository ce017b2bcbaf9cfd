import { useId } from 'react';
import { useAnnotationsView, useStores } from '../../stores/stores-context';
import { SearchBox } from '../search/search-box';
import { ANNOTATION_LIST_ID } from './annotation-list';

/**
 * Full text over quotes and notes; the store waits for a pause in typing before asking, and drops
 * answers to older queries.
 */
export function AnnotationSearchField() {
  const { annotationsView } = useStores();
  const text = useAnnotationsView((state) => state.queryText);
  const loading = useAnnotationsView((state) => !state.loaded);
  const id = useId();
  return (
    <SearchBox
      id={id}
      className="annotations-search"
      label="Search annotations"
      placeholder="Search quotes and notes (Ctrl+F)"
      value={text}
      busy={loading}
      controls={ANNOTATION_LIST_ID}
      onChange={(value) => annotationsView.getState().setQuery(value)}
      onClear={() => annotationsView.getState().setFilter({ query: undefined })}
      onEnterResults={() => {
        const actions = annotationsView.getState();
        if (actions.focusedUid === null && actions.items[0]) actions.focus(actions.items[0].uid);
        document.getElementById(ANNOTATION_LIST_ID)?.focus();
      }}
    />
  );
}
