import { AppError } from '../../../shared/contract/errors';
import type { MentionSpan } from '../../../shared/model/suggestion';
import { newUid } from '../db/new-uid';
import type { Db } from '../db/open';
import { liveDocumentText } from '../documents/repository';
import { foldName } from './matching/tokens';
import { decideMention, findOfficialId, forgetMention, rejectCandidate, unrejectCandidate, type MentionDecision } from './repository';

/** A suggested span, checked against the registry and the stored text before it is recorded. */
function decisionOf(db: Db, span: MentionSpan): MentionDecision {
  const officialId = findOfficialId(db, span.officialUid);
  if (officialId === undefined) throw new AppError('NOT_FOUND', 'That official is no longer in the registry.', { uid: span.officialUid });
  const document = liveDocumentText(db, span.documentUid);
  if (!document) throw new AppError('NOT_FOUND', 'That document is no longer in this notebook.', { uid: span.documentUid });
  if (span.end > document.text.length || document.text.slice(span.start, span.end) !== span.text) {
    throw new AppError('CONFLICT', 'The document’s text changed since this was suggested; review the suggestions again.');
  }
  return { officialId, documentId: document.id, start: span.start, end: span.end, text: span.text, rule: span.rule ?? null };
}

/**
 * Confirms or rejects suggested mentions together (one, or all N of a person). A rejected mention
 * is remembered and never suggested again; `forget` undoes either decision.
 */
export function decideMentions(db: Db, spans: readonly MentionSpan[], state: 'confirmed' | 'rejected', now: string): number {
  return db.transaction(() => spans.reduce((count, span) => count + decideMention(db, newUid(), decisionOf(db, span), state, now), 0))();
}

export function forgetMentions(db: Db, spans: readonly MentionSpan[]): number {
  return db.transaction(() => spans.reduce((count, span) => count + forgetMention(db, decisionOf(db, span)), 0))();
}

/** An unknown name the researcher says is not a person to register: never proposed again (undoable). */
export function setCandidateRejected(db: Db, name: string, rejected: boolean, now: string): number {
  const folded = foldName(name);
  if (folded === '') throw new AppError('INVALID_INPUT', 'Give the name as the suggestion showed it.');
  return rejected ? rejectCandidate(db, folded, now) : unrejectCandidate(db, folded);
}
