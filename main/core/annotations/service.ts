import { AppError } from '../../../shared/contract/errors';
import type { Annotation, AnnotationFilter, AnnotationListItem } from '../../../shared/model/annotation';
import { describeRange, trimToContent } from '../../../shared/text/anchoring';
import { newUid } from '../db/new-uid';
import type { Db } from '../db/open';
import { getDocumentText } from '../documents/repository';
import { toFtsQuery } from '../search/query-parser';
import { requireLabel } from './label-service';
import {
  annotationsOfDocument,
  findAnnotation,
  insertAnnotation,
  pageAnnotations,
  setAnnotationLabels,
  setDeleted,
  setNote,
  setPassage,
  toAnnotation,
  touch,
  type Passage,
} from './repository';

function requireDocumentText(db: Db, uid: string) {
  const document = getDocumentText(db, uid);
  if (!document) throw new AppError('NOT_FOUND', 'That document is no longer in this notebook.', { uid });
  return document;
}

function requireAnnotation(db: Db, uid: string) {
  const row = findAnnotation(db, uid);
  if (!row) throw new AppError('NOT_FOUND', 'That annotation is no longer in this notebook.', { uid });
  return row;
}

function labelIds(db: Db, uids: readonly string[]): number[] {
  return [...new Set(uids)].map((uid) => requireLabel(db, uid).id);
}

/**
 * The passage a selection names, checked against the stored text: `exact` is what the reader saw,
 * so a mismatch means the text changed under the selection and nothing is saved. Surrounding
 * whitespace is trimmed; a selection of only whitespace is refused.
 */
function passageOf(text: string, selection: { start: number; end: number; exact: string }): Passage {
  const { start, end, exact } = selection;
  if (start < 0 || end > text.length || start >= end) {
    throw new AppError('INVALID_INPUT', 'The selection is outside the document.', { start, end, length: text.length });
  }
  if (text.slice(start, end) !== exact) {
    throw new AppError('CONFLICT', 'The text changed since it was selected; select the passage again.');
  }
  const trimmed = trimToContent(text, start, end);
  if (trimmed === null) throw new AppError('INVALID_INPUT', 'Only blank space was selected; select some words to highlight.');
  return { ...describeRange(text, trimmed.start, trimmed.end), state: 'anchored' };
}

export interface NewAnnotation {
  documentUid: string;
  /** Absent for a whole-document note or label. */
  selection?: { start: number; end: number; exact: string } | undefined;
  note: string;
  labelUids: readonly string[];
}

export function createAnnotation(db: Db, input: NewAnnotation, now: string): Annotation {
  return db.transaction(() => {
    const document = requireDocumentText(db, input.documentUid);
    const passage = input.selection ? passageOf(document.text, input.selection) : null;
    const uid = newUid();
    const id = insertAnnotation(db, { uid, documentId: document.id, passage, note: input.note, now });
    setAnnotationLabels(db, id, labelIds(db, input.labelUids));
    return toAnnotation(requireAnnotation(db, uid));
  })();
}

export interface AnnotationEdit {
  uid: string;
  note?: string | undefined;
  labelUids?: string[] | undefined;
}

/** Applies edits together and returns what they replaced, which is what an undo sends back. */
export function updateAnnotations(db: Db, edits: readonly AnnotationEdit[], now: string): { items: Annotation[]; previous: AnnotationEdit[] } {
  return db.transaction(() => {
    const previous: AnnotationEdit[] = [];
    const items: Annotation[] = [];
    for (const edit of edits) {
      const row = requireAnnotation(db, edit.uid);
      const before = toAnnotation(row);
      const undo: AnnotationEdit = { uid: edit.uid };
      if (edit.note !== undefined) {
        undo.note = before.note;
        setNote(db, row.id, edit.note, now);
      }
      if (edit.labelUids !== undefined) {
        undo.labelUids = before.labelUids;
        setAnnotationLabels(db, row.id, labelIds(db, edit.labelUids));
        touch(db, row.id, now);
      }
      previous.push(undo);
      items.push(toAnnotation(requireAnnotation(db, edit.uid)));
    }
    return { items, previous };
  })();
}

/** Adds and removes labels on many annotations at once; returns the edits an undo sends back. */
export function relabelAnnotations(
  db: Db,
  uids: readonly string[],
  change: { add: readonly string[]; remove: readonly string[] },
  now: string,
): { items: Annotation[]; previous: AnnotationEdit[] } {
  return db.transaction(() => {
    const edits = uids.map((uid) => {
      const current = toAnnotation(requireAnnotation(db, uid)).labelUids;
      const next = [...current.filter((label) => !change.remove.includes(label)), ...change.add.filter((label) => !current.includes(label))];
      return { uid, labelUids: next };
    });
    return updateAnnotations(db, edits, now);
  })();
}

export function deleteAnnotations(db: Db, uids: readonly string[], now: string): number {
  return db.transaction(() => setDeleted(db, uids, now))();
}

export function restoreAnnotations(db: Db, uids: readonly string[]): number {
  return db.transaction(() => setDeleted(db, uids, null))();
}

/** Puts an annotation (typically an orphan) on a passage the researcher selected anew. */
export function reattachAnnotation(db: Db, uid: string, selection: { start: number; end: number; exact: string }, now: string): Annotation {
  return db.transaction(() => {
    const row = requireAnnotation(db, uid);
    const document = requireDocumentText(db, row.document_uid);
    setPassage(db, row.id, passageOf(document.text, selection), now);
    return toAnnotation(requireAnnotation(db, uid));
  })();
}

export function annotationsForDocument(db: Db, documentUid: string): Annotation[] {
  return annotationsOfDocument(db, requireDocumentText(db, documentUid).id);
}

export function getAnnotation(db: Db, uid: string): Annotation {
  return toAnnotation(requireAnnotation(db, uid));
}

export function listAnnotations(
  db: Db,
  filter: AnnotationFilter,
  limit: number,
  cursor: string | null,
): { items: AnnotationListItem[]; nextCursor: string | null; total: number | null } {
  const match = filter.query === undefined ? null : toFtsQuery(filter.query);
  if (filter.query !== undefined && match === null) return { items: [], nextCursor: null, total: 0 };
  const { rows, total } = pageAnnotations(db, { filter, match, limit: limit + 1, cursor: decodeCursor(cursor) });
  const more = rows.length > limit;
  const page = more ? rows.slice(0, limit) : rows;
  const last = page.at(-1);
  return {
    items: page.map(({ id: _id, ...item }) => item),
    nextCursor: more && last ? Buffer.from(JSON.stringify({ createdAt: last.createdAt, id: last.id })).toString('base64url') : null,
    total,
  };
}

function decodeCursor(encoded: string | null): { createdAt: string; id: number } | null {
  if (encoded === null) return null;
  try {
    const cursor = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as { createdAt?: unknown; id?: unknown };
    if (typeof cursor.createdAt === 'string' && Number.isInteger(cursor.id)) return { createdAt: cursor.createdAt, id: cursor.id as number };
  } catch {
    // Falls through to the error below.
  }
  throw new AppError('INVALID_INPUT', 'That page of annotations is out of date; reload the list.');
}
