import type { KeyboardEvent } from 'react';
import { formatCount, formatPartialDate } from '../../components/format';
import { hasFilters } from '../../stores/filters-store';
import type { SearchAnswer, SearchResult } from '../../stores/search-store';
import { useDocuments, useFilters, useSearch, useStores } from '../../stores/stores-context';
import { focusReader } from '../reader/focus-reader';
import { SyntaxTips } from './search-help';
import { SEARCH_FIELD_ID, SEARCH_RESULTS_ID } from './search-ids';
import { SnippetText } from './snippet-text';

/**
 * The matches of the current query as a listbox with one tab stop; the active option is the
 * Library's selection, so the Reader shows it. Enter moves on to the Reader.
 */
export function SearchResults() {
  const { documents } = useStores();
  const answer = useSearch((state) => state.answer);
  const loading = useSearch((state) => state.loading);
  const error = useSearch((state) => state.error);
  const selected = useDocuments((state) => state.lists.library.selected);
  const results = answer?.results ?? [];
  const activeIndex = results.findIndex((result) => result.uid === selected);

  function activate(index: number) {
    const result = results[Math.max(0, Math.min(results.length - 1, index))];
    if (!result) return;
    documents.getState().select('library', result.uid);
    document.getElementById(optionId(result.uid))?.scrollIntoView?.({ block: 'nearest' });
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const active = results[activeIndex];
    switch (event.key) {
      case 'ArrowDown': activate(activeIndex + 1); break;
      case 'ArrowUp':
        if (activeIndex <= 0) document.getElementById(SEARCH_FIELD_ID)?.focus();
        else activate(activeIndex - 1);
        break;
      case 'Home': activate(0); break;
      case 'End': activate(results.length - 1); break;
      case 'Enter':
        if (!active) return;
        focusReader();
        break;
      default: return;
    }
    event.preventDefault();
  }

  return (
    <div className="search-results">
      <p className="search-count" aria-live="polite">
        {answer ? countText(answer) : loading ? 'Searching…' : ''}
      </p>
      {error && (
        <p role="alert" className="pane-error">
          {error}
        </p>
      )}
      {answer && results.length === 0 && !error && <NoResults query={answer.query} />}
      <div
        id={SEARCH_RESULTS_ID}
        role="listbox"
        aria-label="Search results"
        aria-busy={loading || undefined}
        aria-activedescendant={activeIndex >= 0 ? optionId(selected ?? '') : undefined}
        tabIndex={0}
        className="search-result-list"
        onKeyDown={onKeyDown}
      >
        {results.map((result) => (
          <ResultOption
            key={result.uid}
            result={result}
            active={result.uid === selected}
            onSelect={() => documents.getState().select('library', result.uid)}
          />
        ))}
      </div>
    </div>
  );
}

function ResultOption({ result, active, onSelect }: { result: SearchResult; active: boolean; onSelect: () => void }) {
  const meta = [result.outlet, result.published === null ? null : formatPartialDate(result.published)].filter(Boolean).join(' · ');
  return (
    <div id={optionId(result.uid)} role="option" aria-selected={active} className="search-result" onClick={onSelect} onDoubleClick={focusReader}>
      <span className="search-result-title">{result.title}</span>
      {meta && <span className="search-result-meta">{meta}</span>}
      <span className="search-result-snippet" lang={result.language ?? undefined}>
        <SnippetText snippet={result.snippet} highlights={result.highlights} />
      </span>
    </div>
  );
}

function NoResults({ query }: { query: string }) {
  const filtered = useFilters((state) => hasFilters(state.filter));
  return (
    <section className="search-empty" aria-label="No results">
      <p>No documents match “{query}”.</p>
      <p>Try fewer or different words, or:</p>
      <SyntaxTips />
      {filtered && <p>The filters above narrow the search too; clearing them searches the whole library.</p>}
    </section>
  );
}

function countText({ total, totalIsLowerBound, results }: SearchAnswer): string {
  const count = `${formatCount(total)}${totalIsLowerBound ? '+' : ''}`;
  const noun = total === 1 && !totalIsLowerBound ? 'result' : 'results';
  const shown = totalIsLowerBound
    ? ` · showing the best ${formatCount(results.length)} of the newest ${formatCount(total)}; add words to narrow`
    : results.length < total
      ? ` · showing the best ${formatCount(results.length)}`
      : '';
  return `${count} ${noun}${shown}`;
}

const optionId = (uid: string) => `search-result-${uid}`;
