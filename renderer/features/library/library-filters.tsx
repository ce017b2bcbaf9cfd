import { useId } from 'react';
import { X } from 'lucide-react';
import type { DocumentFilter } from '../../../shared/model/document';
import { formatCount, formatPartialDate, languageName } from '../../components/format';
import { hasFilters, type FilterKey } from '../../stores/filters-store';
import { useFilters, useStores } from '../../stores/stores-context';
import { DateBoundInput } from './date-bound-input';
import { isBackwards } from './date-bounds';
import './library-filters.css';

/** Date range, outlet and language, narrowing the Library list and search alike. */
export function LibraryFilters() {
  const { filters } = useStores();
  const filter = useFilters((state) => state.filter);
  const facets = useFilters((state) => state.facets);
  const hintId = useId();
  const outletId = useId();
  const languageId = useId();
  const set = filters.getState().setFilter;
  const outlets = withCurrent(facets?.outlets.map((facet) => ({ value: facet.name, count: facet.count })) ?? [], filter.outlet);
  const languages = withCurrent(facets?.languages.map((facet) => ({ value: facet.code, count: facet.count })) ?? [], filter.language);

  return (
    <div className="library-filters">
      <div className="filter-controls">
        <fieldset className="filter-range">
          <legend>Date range</legend>
          <DateBoundInput
            label="From"
            value={filter.publishedFrom}
            hintId={hintId}
            check={(from) => (isBackwards(from, filter.publishedTo) ? 'This is after the “To” date.' : null)}
            onCommit={(from) => set('publishedFrom', from)}
          />
          <DateBoundInput
            label="To"
            value={filter.publishedTo}
            hintId={hintId}
            check={(to) => (isBackwards(filter.publishedFrom, to) ? 'This is before the “From” date.' : null)}
            onCommit={(to) => set('publishedTo', to)}
          />
          <p id={hintId} className="visually-hidden">
            A year, month or day: 2021, 2021-08 or 2021-08-11.
          </p>
        </fieldset>
        <div className="filter-field">
          <label htmlFor={outletId}>Outlet</label>
          <select id={outletId} value={filter.outlet ?? ''} onChange={(event) => set('outlet', event.target.value || undefined)}>
            <option value="">All outlets</option>
            {outlets.map((outlet) => (
              <option key={outlet.value} value={outlet.value}>
                {optionText(outlet.value, outlet.count)}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-field">
          <label htmlFor={languageId}>Language</label>
          <select id={languageId} value={filter.language ?? ''} onChange={(event) => set('language', event.target.value || undefined)}>
            <option value="">All languages</option>
            {languages.map((language) => (
              <option key={language.value} value={language.value}>
                {optionText(languageName(language.value), language.count)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {hasFilters(filter) && <FilterChips filter={filter} />}
    </div>
  );
}

function FilterChips({ filter }: { filter: DocumentFilter }) {
  const { filters } = useStores();
  const { setFilter, clear } = filters.getState();
  const chips = (Object.keys(CHIP_TEXT) as FilterKey[]).flatMap((key) => {
    const value = filter[key];
    return value === undefined ? [] : [{ key, text: CHIP_TEXT[key](value) }];
  });
  return (
    <div className="filter-chips">
      <ul aria-label="Active filters">
        {chips.map((chip) => (
          <li key={chip.key} className="chip">
            <span>{chip.text}</span>
            <button type="button" className="chip-remove" aria-label={`Remove filter ${chip.text}`} onClick={() => setFilter(chip.key, undefined)}>
              <X size={12} aria-hidden />
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button button-small" onClick={clear}>
        Clear filters
      </button>
    </div>
  );
}

const CHIP_TEXT: Record<FilterKey, (value: string) => string> = {
  publishedFrom: (value) => `From ${formatPartialDate(value)}`,
  publishedTo: (value) => `To ${formatPartialDate(value)}`,
  outlet: (value) => `Outlet: ${value}`,
  language: (value) => `Language: ${languageName(value)}`,
};

const optionText = (name: string, count: number | null) => (count === null ? name : `${name} (${formatCount(count)})`);

/** Keeps the chosen value selectable even when the facets no longer list it (its last document went). */
function withCurrent(options: { value: string; count: number | null }[], current: string | undefined) {
  if (current === undefined || options.some((option) => option.value === current)) return options;
  return [{ value: current, count: null }, ...options];
}
