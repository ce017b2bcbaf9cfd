import type { Label } from '../../../shared/model/annotation';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useLabels } from '../../stores/stores-context';
import { annotationsNoun, childrenOf } from './label-tree';

interface DeleteLabelDialogProps {
  label: Label;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before deleting a label that is in use or holds others, naming what changes and how much. */
export function DeleteLabelDialog({ label, onConfirm, onCancel }: DeleteLabelDialogProps) {
  const labels = useLabels((state) => state.labels);
  const children = childrenOf(label.uid, labels);
  return (
    <ConfirmDialog title={`Delete “${label.name}”?`} confirmLabel="Delete label" onConfirm={onConfirm} onCancel={onCancel}>
      {label.count > 0 && (
        <p>
          {annotationsNoun(label.count)} {label.count === 1 ? 'keeps' : 'keep'} existing without this label.
        </p>
      )}
      {children.length > 0 && (
        <p>
          {children.length === 1 ? 'The label inside it' : `The ${children.length} labels inside it`} (
          {children.map((child) => `“${child.name}”`).join(', ')}) {children.length === 1 ? 'moves' : 'move'} to the top level.
        </p>
      )}
    </ConfirmDialog>
  );
}
