import { useState, type MouseEvent } from 'react';
import { Tag, Trash2, X } from 'lucide-react';
import { formatCount } from '../../components/format';
import { useAnnotationsView, useStores } from '../../stores/stores-context';
import { LabelMenu, type LabelMenuMode, type LabelMenuRequest } from './label-menu';
import { labelsOn } from './label-options';

/** What can be done to several annotations at once; every action here can be undone. */
export function BulkActions() {
  const { annotationsView } = useStores();
  const selectedUids = useAnnotationsView((state) => state.selectedUids);
  const anyLabels = useAnnotationsView((state) => labelsOn(state.items, state.selectedUids).size > 0);
  const [menu, setMenu] = useState<LabelMenuRequest | null>(null);
  const actions = annotationsView.getState();

  function openMenu(event: MouseEvent<HTMLButtonElement>, mode: LabelMenuMode) {
    const box = event.currentTarget.getBoundingClientRect();
    setMenu({ x: box.left, y: box.bottom + 4, mode, uids: selectedUids });
  }

  return (
    <div role="group" aria-label="Selected annotations" className="bulk-bar">
      <p className="bulk-bar-count">{formatCount(selectedUids.length)} selected</p>
      <button type="button" className="button button-small" aria-haspopup="menu" aria-expanded={menu?.mode === 'add'} onClick={(event) => openMenu(event, 'add')}>
        <Tag size={13} aria-hidden />
        Add label…
      </button>
      <button
        type="button"
        className="button button-small"
        aria-haspopup="menu"
        aria-expanded={menu?.mode === 'remove'}
        disabled={!anyLabels}
        onClick={(event) => openMenu(event, 'remove')}
      >
        <X size={13} aria-hidden />
        Remove label…
      </button>
      <button type="button" className="button button-small button-danger" onClick={() => void actions.remove(selectedUids)}>
        <Trash2 size={13} aria-hidden />
        Delete
      </button>
      {menu && <LabelMenu request={menu} onClose={() => setMenu(null)} />}
    </div>
  );
}
