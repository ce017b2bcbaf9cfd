import { AppError } from '../../../shared/contract/errors';
import type { MentionSpan } from '../../../shared/model/suggestion';
import { newUid } from '../db/new-uid';
import type { Db } from '../db/open';
import { checkedSpan } from './checked-span';
import { foldName } from './matching/tokens';
import { decideMention, findOfficialId, forgetMention, rejectCandidate, unrejectCandidate, type MentionDecision } from './repository';
import type { DecisionChange } from './suggestion-assembly';
import { pendingMentionsOf, recordDecisions } from './suggestions';

/** A suggested span, checked against the registry and the stored text before it is recorded. */
function decisionOf(db: Db, span: MentionSpan): MentionDecision {
  const { officialId, documentId } = checkedSpan(db, span, 'The document’s text changed since this was suggested; review the suggestions again.');
  return { officialId, documentId, start: span.start, end: span.end, text: span.text, rule: span.rule ?? null };
}

const changeOf = ({ officialId, documentId, start, end }: MentionDecision, decided: boolean): DecisionChange => ({ officialId, documentId, start, end, decided });

/**
 * Confirms or rejects suggested mentions together. A rejected mention is remembered and never
 * suggested again; `forget` undoes either decision.
 */
export function decideMentions(db: Db, spans: readonly MentionSpan[], state: 'confirmed' | 'rejected', now: string): number {
  return recordDecisions(db, () => {
    const decisions = spans.map((span) => decisionOf(db, span));
    const value = decisions.reduce((count, decision) => count + decideMention(db, newUid(), decision, state, now), 0);
    return { value, changes: decisions.map((decision) => changeOf(decision, true)) };
  });
}

export function forgetMentions(db: Db, spans: readonly MentionSpan[]): number {
  return recordDecisions(db, () => {
    const decisions = spans.map((span) => decisionOf(db, span));
    const value = decisions.reduce((count, decision) => count + forgetMention(db, decision), 0);
    return { value, changes: decisions.map((decision) => changeOf(decision, false)) };
  });
}

/**
 * Confirms or rejects every suggested mention of a person, those the queue showed and those it
 * did not. Returns the spans decided, for the undo to forget exactly those.
 */
export function decideAllOf(db: Db, officialUid: string, state: 'confirmed' | 'rejected', now: string): { count: number; spans: MentionSpan[] } {
  return recordDecisions(db, () => {
    const officialId = findOfficialId(db, officialUid);
    if (officialId === undefined) throw new AppError('NOT_FOUND', 'That official is no longer in the registry.', { uid: officialUid });
    const pending = pendingMentionsOf(db, officialId);
    let count = 0;
    for (const { documentId, start, end, text, rule } of pending) count += decideMention(db, newUid(), { officialId, documentId, start, end, text, rule }, state, now);
    return {
      value: { count, spans: pending.map(({ documentUid, start, end, text, rule }) => ({ officialUid, documentUid, start, end, text, rule })) },
      changes: pending.map(({ documentId, start, end }) => ({ officialId, documentId, start, end, decided: true })),
    };
  });
}

/** An unknown name the researcher says is not a person to register: never proposed again (undoable). */
export function setCandidateRejected(db: Db, name: string, rejected: boolean, now: string): number {
  const folded = foldName(name);
  if (folded === '') throw new AppError('INVALID_INPUT', 'Give the name as the suggestion showed it.');
  return recordDecisions(db, () => ({
    value: rejected ? rejectCandidate(db, folded, now) : unrejectCandidate(db, folded),
    changes: [{ candidateKey: folded, rejected }],
  }));
}
