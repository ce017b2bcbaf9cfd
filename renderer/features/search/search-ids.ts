/** Shared so that the field's ArrowDown and Ctrl/Cmd+F can reach the list and the field. */
export const SEARCH_FIELD_ID = 'library-search';
export const SEARCH_RESULTS_ID = 'search-results';
