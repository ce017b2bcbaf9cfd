import type { AnnotationListItem, Label } from '../../../shared/model/annotation';

export interface LabelOption {
  label: Label;
  /** "Security ▸ Fentanyl": a child is always named with its parent, so same-named children differ. */
  path: string;
  depth: 0 | 1;
}

/** The codebook in reading order: each top-level label followed by its children. */
export function labelOptions(labels: readonly Label[]): LabelOption[] {
  const byUid = new Map(labels.map((label) => [label.uid, label]));
  const children = new Map<string, Label[]>();
  const roots: Label[] = [];
  for (const label of labels) {
    // A child whose parent is missing (deleted meanwhile) is still offered, at the top level.
    if (label.parentUid !== null && byUid.has(label.parentUid)) children.set(label.parentUid, [...(children.get(label.parentUid) ?? []), label]);
    else roots.push(label);
  }
  return roots.flatMap((root) => [
    { label: root, path: root.name, depth: 0 as const },
    ...(children.get(root.uid) ?? []).map((child) => ({ label: child, path: `${root.name} ▸ ${child.name}`, depth: 1 as const })),
  ]);
}

/** The labels carried by at least one of the given annotations. */
export function labelsOn(items: readonly AnnotationListItem[], uids: readonly string[]): Set<string> {
  const wanted = new Set(uids);
  return new Set(items.filter((item) => wanted.has(item.uid)).flatMap((item) => item.labelUids));
}
