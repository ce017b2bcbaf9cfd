import { useId, useMemo } from 'react';
import { X } from 'lucide-react';
import type { AnchorState, AnnotationFilter, Label } from '../../../shared/model/annotation';
import { formatPartialDate } from '../../components/format';
import type { AnnotationFilterPatch } from '../../stores/annotations-view-store';
import { useAnnotationsView, useFilters, useLabels, useStores } from '../../stores/stores-context';
import { DateBoundInput } from '../library/date-bound-input';
import { isBackwards } from '../library/date-bounds';
import { labelOptions } from './label-options';
import '../library/library-filters.css';

const STATE_OPTIONS: readonly { value: AnchorState; text: string }[] = [
  { value: 'anchored', text: 'Anchored' },
  { value: 'moved', text: 'Moved' },
  { value: 'changed', text: 'Passage changed' },
  { value: 'orphaned', text: 'Unanchored only' },
];

type ChipKey = Exclude<keyof AnnotationFilter, 'query'>;

/** Label, document, outlet, date range and anchor state; the search field narrows alongside. */
export function AnnotationFilters({ offerClear }: { offerClear: boolean }) {
  const { annotationsView } = useStores();
  const filter = useAnnotationsView((state) => state.filter);
  const labels = useLabels((state) => state.labels);
  const facets = useFilters((state) => state.facets);
  const options = useMemo(() => labelOptions(labels), [labels]);
  const hintId = useId();
  const labelId = useId();
  const outletId = useId();
  const stateId = useId();
  const set = (patch: AnnotationFilterPatch) => annotationsView.getState().setFilter(patch);
  // The Library's outlets; a chosen one stays listed even when its last document went.
  const outlets = facets?.outlets.map((facet) => facet.name) ?? [];
  if (filter.outlet !== undefined && !outlets.includes(filter.outlet)) outlets.unshift(filter.outlet);

  return (
    <div className="library-filters annotation-filters">
      <div className="filter-controls">
        <div className="filter-field">
          <label htmlFor={labelId}>Label</label>
          <select id={labelId} value={filter.labelUid ?? ''} onChange={(event) => set({ labelUid: event.target.value || undefined })}>
            <option value="">All labels</option>
            {options.map((option) => (
              <option key={option.label.uid} value={option.label.uid}>
                {option.path}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-field">
          <label htmlFor={outletId}>Outlet</label>
          <select id={outletId} value={filter.outlet ?? ''} onChange={(event) => set({ outlet: event.target.value || undefined })}>
            <option value="">All outlets</option>
            {outlets.map((outlet) => (
              <option key={outlet} value={outlet}>
                {outlet}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-field">
          <label htmlFor={stateId}>Anchor</label>
          <select id={stateId} value={filter.state ?? ''} onChange={(event) => set({ state: (event.target.value || undefined) as AnchorState | undefined })}>
            <option value="">Any state</option>
            {STATE_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.text}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="filter-range">
          <legend>Published</legend>
          <DateBoundInput
            label="From"
            value={filter.publishedFrom}
            hintId={hintId}
            check={(from) => (isBackwards(from, filter.publishedTo) ? 'This is after the “To” date.' : null)}
            onCommit={(from) => set({ publishedFrom: from })}
          />
          <DateBoundInput
            label="To"
            value={filter.publishedTo}
            hintId={hintId}
            check={(to) => (isBackwards(filter.publishedFrom, to) ? 'This is before the “From” date.' : null)}
            onCommit={(to) => set({ publishedTo: to })}
          />
          <p id={hintId} className="visually-hidden">
            A year, month or day: 2021, 2021-08 or 2021-08-11.
          </p>
        </fieldset>
      </div>
      <FilterChips filter={filter} labels={labels} offerClear={offerClear} />
    </div>
  );
}

function FilterChips({ filter, labels, offerClear }: { filter: AnnotationFilter; labels: readonly Label[]; offerClear: boolean }) {
  const { annotationsView } = useStores();
  const documentTitle = useAnnotationsView((state) => state.documentTitle ?? state.items.find((item) => item.documentUid === filter.documentUid)?.documentTitle);
  const { setFilter, clearFilters } = annotationsView.getState();
  const chipText: Record<ChipKey, (value: string) => string> = {
    documentUid: () => `Document: ${documentTitle ?? 'one document'}`,
    labelUid: (uid) => `Label: ${labelOptions(labels).find((option) => option.label.uid === uid)?.path ?? 'a deleted label'}`,
    outlet: (value) => `Outlet: ${value}`,
    publishedFrom: (value) => `From ${formatPartialDate(value)}`,
    publishedTo: (value) => `To ${formatPartialDate(value)}`,
    state: (value) => STATE_OPTIONS.find((option) => option.value === value)?.text ?? value,
  };
  const chips = (Object.keys(chipText) as ChipKey[]).flatMap((key) => {
    const value = filter[key];
    return value === undefined ? [] : [{ key, text: chipText[key](value) }];
  });
  const searching = filter.query !== undefined;
  if (chips.length === 0 && !searching) return null;

  return (
    <div className="filter-chips">
      {chips.length > 0 && (
        <ul aria-label="Active filters">
          {chips.map((chip) => (
            <li key={chip.key} className="chip">
              <span>{chip.text}</span>
              <button type="button" className="chip-remove" aria-label={`Remove filter ${chip.text}`} onClick={() => setFilter({ [chip.key]: undefined })}>
                <X size={12} aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      )}
      {offerClear && (
        <button type="button" className="button button-small" onClick={clearFilters}>
          Clear filters
        </button>
      )}
    </div>
  );
}
