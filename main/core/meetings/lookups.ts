import { AppError } from '../../../shared/contract/errors';
import { findAnnotation } from '../annotations/repository';
import { findLabel } from '../annotations/label-repository';
import type { Db } from '../db/open';
import { documentById, documentRef } from '../documents/repository';
import { findOfficialId } from '../officials/repository';
import { mergedMeetingOf } from './merge-repository';
import { findMeeting, type MeetingRef } from './repository';

// What a meeting call names, resolved to rows, each refused with a message a researcher can act on.

export function liveMeeting(db: Db, uid: string): MeetingRef {
  const meeting = findMeeting(db, uid);
  if (!meeting || meeting.deletedAt !== null) {
    const merged = meeting && mergedMeetingOf(db, meeting.id);
    const why = merged ? 'it was merged into another meeting' : 'it was deleted';
    throw new AppError('NOT_FOUND', `That meeting is no longer in the notebook${meeting ? ` (${why})` : ''}.`, { uid });
  }
  return meeting;
}

/** A document that can be a source: in the notebook and outside the Trash. */
export function sourceDocument(db: Db, uid: string): { id: number; title: string } {
  const document = documentRef(db, uid);
  if (!document) throw new AppError('NOT_FOUND', 'That document is no longer in this notebook.', { uid });
  if (document.trashedAt !== null) throw new AppError('CONFLICT', `“${document.title}” is in the Trash; restore it before citing it for a meeting.`, { uid });
  return document;
}

export function existingDocumentId(db: Db, uid: string): number {
  const document = documentRef(db, uid);
  if (!document) throw new AppError('NOT_FOUND', 'That document is no longer in this notebook.', { uid });
  return document.id;
}

export function liveOfficialId(db: Db, uid: string): number {
  const id = findOfficialId(db, uid);
  if (id === undefined) throw new AppError('NOT_FOUND', 'That official is no longer in the registry.', { uid });
  return id;
}

export function liveAnnotation(db: Db, uid: string): { id: number; documentId: number } {
  const annotation = findAnnotation(db, uid);
  if (!annotation) throw new AppError('NOT_FOUND', 'That passage is no longer annotated (it was deleted).', { uid });
  return { id: annotation.id, documentId: annotation.document_id };
}

/** A passage that can be cited: live, in a document outside the Trash. */
export function citableAnnotation(db: Db, uid: string): { id: number; documentId: number } {
  const annotation = liveAnnotation(db, uid);
  const document = documentById(db, annotation.documentId);
  if (document.trashedAt !== null) throw new AppError('CONFLICT', `“${document.title}” is in the Trash; restore it before citing it for a meeting.`, { uid });
  return annotation;
}

/** Label ids for topics, each once, in the order given. */
export function topicLabelIds(db: Db, uids: readonly string[]): number[] {
  return [...new Set(uids)].map((uid) => {
    const label = findLabel(db, uid);
    if (!label) throw new AppError('NOT_FOUND', 'That topic is no longer a label of the codebook.', { uid });
    return label.id;
  });
}
