import { useId, useState } from 'react';
import type { Label } from '../../../shared/model/annotation';
import { FormDialog } from '../../components/form-dialog';
import { useLabels, useStores } from '../../stores/stores-context';
import { annotationsNoun, childrenOf, labelPath, labelTree } from './label-tree';

interface MergeLabelDialogProps {
  source: Label;
  onClose: () => void;
}

/** Folds one label into another, after saying what happens to its annotations and children. */
export function MergeLabelDialog({ source, onClose }: MergeLabelDialogProps) {
  const { labels: store } = useStores();
  const labels = useLabels((state) => state.labels);
  // In tree order, so that a child follows its parent in the list.
  const targets = labelTree(labels)
    .flatMap((node) => [node.label, ...node.children])
    .filter((label) => label.uid !== source.uid);
  const [targetUid, setTargetUid] = useState(targets[0]?.uid ?? '');
  const id = useId();
  const target = targets.find((label) => label.uid === targetUid);
  const children = childrenOf(source.uid, labels).filter((child) => child.uid !== targetUid);
  // A child chosen as the target first takes its parent's place, as the core does it.
  const targetParent = target?.parentUid === source.uid ? source.parentUid : target?.parentUid;

  function onSubmit() {
    if (!target) return;
    onClose();
    void store.getState().merge(source.uid, target.uid);
  }

  return (
    <FormDialog title={`Merge “${source.name}” into another label`} onClose={onClose} submitLabel="Merge" submitDisabled={!target} onSubmit={onSubmit}>
      {targets.length === 0 ? (
        <p>There is no other label to merge into yet.</p>
      ) : (
        <div className="form-field">
          <label htmlFor={`${id}-target`}>Merge into</label>
          <select id={`${id}-target`} value={targetUid} data-autofocus onChange={(event) => setTargetUid(event.target.value)}>
            {targets.map((label) => (
              <option key={label.uid} value={label.uid}>
                {labelPath(label, labels)}
              </option>
            ))}
          </select>
        </div>
      )}
      {target && (
        <div className="form-hint codebook-explain">
          <p>
            {source.count === 0
              ? `No annotation uses “${source.name}” yet.`
              : `The ${annotationsNoun(source.count)} labelled “${source.name}” will be labelled “${target.name}” instead.`}{' '}
            Annotations with both keep one. Then “{source.name}” is deleted.
          </p>
          {children.length > 0 && (
            <p>
              The labels inside it ({children.map((child) => child.name).join(', ')}) move{' '}
              {targetParent === null ? `into “${target.name}”` : 'to the top level'}.
            </p>
          )}
        </div>
      )}
    </FormDialog>
  );
}
