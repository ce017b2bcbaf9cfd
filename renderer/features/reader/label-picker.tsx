import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { Label } from '../../../shared/model/annotation';
import { useLabels, useStores } from '../../stores/stores-context';

interface LabelPickerProps {
  /** Labels already chosen (shown checked). */
  chosen: readonly string[];
  onToggle: (uid: string) => void;
  onClose: () => void;
  /** Called as soon as a label is chosen, before one is created: the toolbar closes at once. */
  onChooseStart?: () => void;
}

function pathOf(label: Label, labels: readonly Label[]): string {
  const parent = label.parentUid ? labels.find((candidate) => candidate.uid === label.parentUid) : undefined;
  return parent ? `${parent.name} ▸ ${label.name}` : label.name;
}

/**
 * Type to filter the codebook; Enter toggles the active label, or creates one named as typed when
 * none matches; arrows move; Esc closes. The input keeps focus throughout (aria-activedescendant).
 */
export function LabelPicker({ chosen, onToggle, onClose, onChooseStart }: LabelPickerProps) {
  const { labels: store } = useStores();
  const labels = useLabels((state) => state.labels);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const trimmed = query.trim();
  const matches = useMemo(() => {
    const folded = trimmed.toLocaleLowerCase();
    return labels.filter((label) => pathOf(label, labels).toLocaleLowerCase().includes(folded));
  }, [labels, trimmed]);
  const exists = labels.some((label) => label.name.toLocaleLowerCase() === trimmed.toLocaleLowerCase());
  const options = [...matches.map((label) => ({ id: label.uid, label })), ...(trimmed && !exists ? [{ id: 'create', label: null }] : [])];
  const current = Math.min(active, options.length - 1);

  async function choose(index: number) {
    const option = options[index];
    if (!option) return;
    onChooseStart?.();
    if (option.label) {
      onToggle(option.label.uid);
      return;
    }
    const created = await store.getState().create({ name: trimmed });
    if (created) {
      onToggle(created.uid);
      setQuery('');
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown') setActive((current + 1) % Math.max(options.length, 1));
    else if (event.key === 'ArrowUp') setActive((current - 1 + options.length) % Math.max(options.length, 1));
    else if (event.key === 'Enter') void choose(current);
    else if (event.key === 'Escape') onClose();
    else return;
    event.preventDefault();
    event.stopPropagation();
  }

  return (
    <div className="label-picker">
      <input
        // The picker opens on purpose (L, or a button), so taking focus is what the user asked for.
        autoFocus
        className="input"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={options[current] ? `${listId}-${current}` : undefined}
        aria-label="Find or create a label"
        placeholder="Find or create a label…"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Labels" aria-multiselectable="true" className="label-picker-list">
        {options.map((option, index) => (
          <li
            key={option.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={option.label ? chosen.includes(option.label.uid) : false}
            className={`label-picker-option${index === current ? ' is-active' : ''}`}
            onPointerDown={(event) => event.preventDefault()}
            onClick={() => void choose(index)}
          >
            {option.label ? (
              <>
                <span className="label-swatch" data-color={option.label.color} aria-hidden />
                <span className="label-picker-name">{pathOf(option.label, labels)}</span>
                {chosen.includes(option.label.uid) && <span className="label-picker-check" aria-hidden>✓</span>}
              </>
            ) : (
              <span className="label-picker-name">Create label “{trimmed}”</span>
            )}
          </li>
        ))}
        {options.length === 0 && <li className="label-picker-empty">No labels yet: type a name to create one.</li>}
      </ul>
    </div>
  );
}
