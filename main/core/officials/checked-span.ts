import { AppError } from '../../../shared/contract/errors';
import type { Db } from '../db/open';
import { liveDocumentText } from '../documents/repository';
import { findOfficialId } from './repository';

export interface SpanOfPerson {
  officialUid: string;
  documentUid: string;
  start: number;
  end: number;
  text: string;
}

/**
 * A span said to name a person, checked before anything is recorded: the person is in the registry,
 * the document is live, and its text still reads `text` at [start, end). `stale` tells the researcher
 * what to do when the text changed since the span was shown.
 */
export function checkedSpan(db: Db, span: SpanOfPerson, stale: string): { officialId: number; documentId: number } {
  const officialId = findOfficialId(db, span.officialUid);
  if (officialId === undefined) throw new AppError('NOT_FOUND', 'That official is no longer in the registry.', { uid: span.officialUid });
  const document = liveDocumentText(db, span.documentUid);
  if (!document) throw new AppError('NOT_FOUND', 'That document is no longer in this notebook.', { uid: span.documentUid });
  if (span.end > document.text.length || document.text.slice(span.start, span.end) !== span.text) throw new AppError('CONFLICT', stale);
  return { officialId, documentId: document.id };
}
