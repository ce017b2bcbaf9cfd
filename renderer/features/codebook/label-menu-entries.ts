import type { Label } from '../../../shared/model/annotation';
import { LABEL_COLORS } from '../../../shared/model/label-colors';
import type { LabelsState } from '../../stores/labels-store';
import { LABEL_COLOR_NAMES } from './label-color-names';
import type { MenuEntry } from './label-menu';
import { childrenOf, movedOrder, siblingsOf } from './label-tree';

export interface LabelActions {
  newInside: (label: Label) => void;
  edit: (label: Label, focus: 'name' | 'description') => void;
  merge: (label: Label) => void;
  /** Asks first when the deletion loses something (uses, or children moved). */
  remove: (label: Label) => void;
}

/** The same actions for the right-click menu, the row's "…" button and Shift+F10. */
export function labelMenuEntries(label: Label, labels: readonly Label[], store: LabelsState, actions: LabelActions): MenuEntry[] {
  const hasChildren = childrenOf(label.uid, labels).length > 0;
  const parents = labels.filter((candidate) => candidate.parentUid === null && candidate.uid !== label.uid);
  const siblings = siblingsOf(label, labels);
  const up = movedOrder(siblings, label.uid, -1);
  const down = movedOrder(siblings, label.uid, 1);
  const move = (parentUid: string | null) => () => {
    if (parentUid !== label.parentUid) void store.update(label.uid, { parentUid });
  };
  const entries: MenuEntry[] = [];

  if (label.parentUid === null) entries.push({ label: 'New label inside…', run: () => actions.newInside(label) });
  entries.push(
    { label: 'Rename…', run: () => actions.edit(label, 'name') },
    {
      label: 'Colour',
      submenu: LABEL_COLORS.map((color) => ({
        label: LABEL_COLOR_NAMES[color],
        swatch: color,
        checked: label.color === color,
        run: () => {
          if (color !== label.color) void store.update(label.uid, { color });
        },
      })),
    },
    { label: 'Edit description…', run: () => actions.edit(label, 'description') },
  );
  // Labels nest one level deep, so a label holding others stays where it is.
  if (!hasChildren && (parents.length > 0 || label.parentUid !== null)) {
    entries.push({
      label: 'Move into',
      submenu: [
        { label: 'Top level', checked: label.parentUid === null, run: move(null) },
        ...parents.map((parent) => ({ label: parent.name, swatch: parent.color, checked: label.parentUid === parent.uid, run: move(parent.uid) })),
      ],
    });
  }
  if (up) entries.push({ label: 'Move up', run: () => void store.reorder(up) });
  if (down) entries.push({ label: 'Move down', run: () => void store.reorder(down) });
  if (labels.length > 1) entries.push({ label: 'Merge into…', run: () => actions.merge(label) });
  entries.push({ label: label.count > 0 || hasChildren ? 'Delete…' : 'Delete', run: () => actions.remove(label) });
  return entries;
}
