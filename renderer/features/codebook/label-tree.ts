import type { Label } from '../../../shared/model/annotation';
import { formatCount } from '../../components/format';

export interface LabelNode {
  label: Label;
  children: Label[];
}

const byPosition = (a: Label, b: Label) => a.position - b.position || a.name.localeCompare(b.name);

/** The codebook nests one level deep: top-level labels in order, each with its children in order. */
export function labelTree(labels: readonly Label[]): LabelNode[] {
  const known = new Set(labels.map((label) => label.uid));
  // A child whose parent is missing (a list caught mid-change) is shown at the top rather than lost.
  const isTop = (label: Label) => label.parentUid === null || !known.has(label.parentUid);
  return labels
    .filter(isTop)
    .sort(byPosition)
    .map((label) => ({ label, children: labels.filter((child) => !isTop(child) && child.parentUid === label.uid).sort(byPosition) }));
}

/** The label and its siblings, in order: what `labels.reorder` takes. */
export function siblingsOf(label: Label, labels: readonly Label[]): Label[] {
  const tree = labelTree(labels);
  if (label.parentUid === null) return tree.map((node) => node.label);
  return tree.find((node) => node.label.uid === label.parentUid)?.children ?? [label];
}

/** The siblings' order with `uid` moved one step up (-1) or down (+1); null at either end. */
export function movedOrder(siblings: readonly Label[], uid: string, step: -1 | 1): string[] | null {
  const order = siblings.map((sibling) => sibling.uid);
  const from = order.indexOf(uid);
  const to = from + step;
  if (from < 0 || to < 0 || to >= order.length) return null;
  [order[from], order[to]] = [order[to]!, order[from]!];
  return order;
}

export const childrenOf = (uid: string, labels: readonly Label[]) => labels.filter((label) => label.parentUid === uid);

/** "Parent ▸ Child" for a child, the name alone for a top-level label. */
export function labelPath(label: Label, labels: readonly Label[]): string {
  const parent = label.parentUid ? labels.find((candidate) => candidate.uid === label.parentUid) : undefined;
  return parent ? `${parent.name} ▸ ${label.name}` : label.name;
}

export const annotationsNoun = (count: number) => (count === 1 ? '1 annotation' : `${formatCount(count)} annotations`);
