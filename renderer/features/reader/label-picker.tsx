import { useMemo, useState } from 'react';
import type { Label } from '../../../shared/model/annotation';
import { FindPicker, FindPickerText } from '../../components/find-picker';
import { useLabels, useStores } from '../../stores/stores-context';
import { labelPath } from '../codebook/label-tree';

interface LabelPickerProps {
  /** Labels already chosen (shown checked). */
  chosen: readonly string[];
  onToggle: (uid: string) => void;
  onClose: () => void;
  /** Called as soon as a label is chosen, before one is created: the toolbar closes at once. */
  onChooseStart?: () => void;
}

/** Type to filter the codebook; Enter toggles the active label, or creates one named as typed when none matches. */
export function LabelPicker({ chosen, onToggle, onClose, onChooseStart }: LabelPickerProps) {
  const { labels: store } = useStores();
  const labels = useLabels((state) => state.labels);
  const [query, setQuery] = useState('');
  const trimmed = query.trim();
  const matches = useMemo(() => {
    const folded = trimmed.toLocaleLowerCase();
    return labels.filter((label) => labelPath(label, labels).toLocaleLowerCase().includes(folded));
  }, [labels, trimmed]);
  const exists = labels.some((label) => label.name.toLocaleLowerCase() === trimmed.toLocaleLowerCase());

  function toggle(label: Label) {
    onChooseStart?.();
    onToggle(label.uid);
  }

  async function create() {
    onChooseStart?.();
    const created = await store.getState().create({ name: trimmed });
    if (created) {
      onToggle(created.uid);
      setQuery('');
    }
  }

  return (
    <FindPicker
      label="Find or create a label"
      placeholder="Find or create a label…"
      listLabel="Labels"
      query={query}
      onQueryChange={setQuery}
      options={matches}
      optionKey={(label) => label.uid}
      renderOption={(label) => (
        <>
          <span className="label-swatch" data-color={label.color} aria-hidden />
          <FindPickerText name={labelPath(label, labels)} />
          {chosen.includes(label.uid) && <span aria-hidden>✓</span>}
        </>
      )}
      onChoose={toggle}
      create={trimmed && !exists ? { text: `Create label “${trimmed}”`, onCreate: () => void create() } : undefined}
      onClose={onClose}
      empty="No labels yet: type a name to create one."
      isChosen={(label) => chosen.includes(label.uid)}
    />
  );
}
