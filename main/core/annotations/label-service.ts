import { AppError } from '../../../shared/contract/errors';
import type { Codebook, Label, LabelPatch } from '../../../shared/model/annotation';
import { leastUsedColor, type LabelColor } from '../../../shared/model/label-colors';
import { newUid } from '../db/new-uid';
import type { Db } from '../db/open';
import {
  annotationsUsing,
  childrenOf,
  deleteLabelRow,
  findLabel,
  findLabelByName,
  insertLabel,
  listLabels,
  moveLabelUses,
  nextPosition,
  updateLabelColumns,
  type LabelColumnPatch,
  type LabelRow,
} from './label-repository';

export function requireLabel(db: Db, uid: string): LabelRow {
  const label = findLabel(db, uid);
  if (!label) throw new AppError('NOT_FOUND', 'That label is no longer in the codebook.', { uid });
  return label;
}

function labelOut(db: Db, uid: string): Label {
  const label = listLabels(db).find((candidate) => candidate.uid === uid);
  if (!label) throw new AppError('NOT_FOUND', 'That label is no longer in the codebook.', { uid });
  return label;
}

/** One level of nesting: a parent must itself be top-level, and a label with children stays top-level. */
function parentIdFor(db: Db, parentUid: string | null, self?: LabelRow): number | null {
  if (parentUid === null) return null;
  const parent = requireLabel(db, parentUid);
  if (parent.parent_id !== null) throw new AppError('INVALID_INPUT', `"${parent.name}" is itself inside another label; labels nest one level deep.`);
  if (self) {
    if (parent.id === self.id) throw new AppError('INVALID_INPUT', 'A label cannot be inside itself.');
    if (childrenOf(db, self.id).length > 0) throw new AppError('INVALID_INPUT', `"${self.name}" has labels inside it, so it stays at the top level.`);
  }
  return parent.id;
}

function assertNameFree(db: Db, name: string, parentId: number | null, selfId?: number): void {
  const clash = findLabelByName(db, name, parentId);
  if (clash && clash.id !== selfId) throw new AppError('CONFLICT', `There is already a label named "${clash.name}" there.`, { uid: clash.uid });
}


export function createLabel(
  db: Db,
  input: { name: string; color?: LabelColor | undefined; parentUid: string | null; description: string },
  now: string,
): Label {
  return db.transaction(() => {
    const parentId = parentIdFor(db, input.parentUid);
    assertNameFree(db, input.name, parentId);
    const uid = newUid();
    insertLabel(db, {
      uid,
      name: input.name,
      color: input.color ?? leastUsedColor(listLabels(db).map((label) => label.color)),
      parentId,
      description: input.description,
      position: nextPosition(db, parentId),
      now,
    });
    return labelOut(db, uid);
  })();
}

export function updateLabel(db: Db, uid: string, patch: LabelPatch, now: string): Label {
  return db.transaction(() => {
    const label = requireLabel(db, uid);
    const columns: LabelColumnPatch = {};
    const parentId = patch.parentUid === undefined ? label.parent_id : parentIdFor(db, patch.parentUid, label);
    if (patch.parentUid !== undefined && parentId !== label.parent_id) {
      columns.parent_id = parentId;
      columns.position = nextPosition(db, parentId);
    }
    if (patch.name !== undefined) columns.name = patch.name;
    assertNameFree(db, patch.name ?? label.name, parentId, label.id);
    if (patch.color !== undefined) columns.color = patch.color;
    if (patch.description !== undefined) columns.description = patch.description;
    updateLabelColumns(db, label.id, columns, now);
    return labelOut(db, uid);
  })();
}

/** Sets the order of a set of siblings (top-level labels, or the children of one parent). */
export function reorderLabels(db: Db, uids: readonly string[], now: string): number {
  return db.transaction(() => {
    const rows = uids.map((uid) => requireLabel(db, uid));
    const parents = new Set(rows.map((row) => row.parent_id));
    if (parents.size > 1) throw new AppError('INVALID_INPUT', 'Only labels at the same level can be reordered together.');
    rows.forEach((row, position) => updateLabelColumns(db, row.id, { position }, now));
    return rows.length;
  })();
}

/**
 * Folds `source` into `target`: every annotation that had `source` now has `target` (once), the
 * children of `source` move under `target` when it can hold them, and `source` is deleted.
 */
export function mergeLabels(db: Db, sourceUid: string, targetUid: string, now: string): { label: Label; annotations: number } {
  return db.transaction(() => {
    const source = requireLabel(db, sourceUid);
    const target = requireLabel(db, targetUid);
    if (source.id === target.id) throw new AppError('INVALID_INPUT', 'Choose two different labels to merge.');
    const children = childrenOf(db, source.id);
    if (children.some((child) => child.id === target.id)) {
      updateLabelColumns(db, target.id, { parent_id: source.parent_id, position: nextPosition(db, source.parent_id) }, now);
    }
    const annotations = annotationsUsing(db, source.id);
    moveLabelUses(db, source.id, target.id);
    const targetParent = findLabel(db, targetUid)!.parent_id;
    for (const child of children.filter((c) => c.id !== target.id)) {
      const newParent = targetParent === null ? target.id : null;
      const clash = findLabelByName(db, child.name, newParent);
      if (clash) {
        moveLabelUses(db, child.id, clash.id);
        deleteLabelRow(db, child.id);
      } else {
        updateLabelColumns(db, child.id, { parent_id: newParent, position: nextPosition(db, newParent) }, now);
      }
    }
    deleteLabelRow(db, source.id);
    return { label: labelOut(db, targetUid), annotations };
  })();
}

/** Deletes a label; its annotations stay, without it, and its children move to the top level. */
export function deleteLabel(db: Db, uid: string, now: string): { annotations: number } {
  return db.transaction(() => {
    const label = requireLabel(db, uid);
    const annotations = annotationsUsing(db, label.id);
    for (const child of childrenOf(db, label.id)) {
      assertNameFree(db, child.name, null);
      updateLabelColumns(db, child.id, { parent_id: null, position: nextPosition(db, null) }, now);
    }
    deleteLabelRow(db, label.id);
    return { annotations };
  })();
}

export function exportCodebook(db: Db): Codebook {
  const labels = listLabels(db);
  return {
    format: 'dossier-codebook',
    version: 1,
    labels: labels
      .filter((label) => label.parentUid === null)
      .map((parent) => ({
        name: parent.name,
        color: parent.color,
        description: parent.description,
        children: labels
          .filter((child) => child.parentUid === parent.uid)
          .map((child) => ({ name: child.name, color: child.color, description: child.description })),
      })),
  };
}

/**
 * Adds a shared codebook to this one, matching labels by name (ignoring case) under the same
 * parent: a match takes the shared colour and description, anything new is created. Nothing is
 * deleted, so annotations made with the local codebook keep their labels.
 */
export function importCodebook(db: Db, codebook: Codebook, now: string): { created: number; updated: number } {
  return db.transaction(() => {
    let created = 0;
    let updated = 0;
    const upsert = (entry: { name: string; color: LabelColor; description: string }, parentId: number | null): number => {
      const existing = findLabelByName(db, entry.name, parentId);
      if (existing) {
        if (existing.color !== entry.color || existing.description !== entry.description) {
          updateLabelColumns(db, existing.id, { color: entry.color, description: entry.description }, now);
          updated++;
        }
        return existing.id;
      }
      const uid = newUid();
      insertLabel(db, { uid, ...entry, parentId, position: nextPosition(db, parentId), now });
      created++;
      return findLabel(db, uid)!.id;
    };
    for (const parent of codebook.labels) {
      const parentId = upsert(parent, null);
      for (const child of parent.children) upsert(child, parentId);
    }
    return { created, updated };
  })();
}
