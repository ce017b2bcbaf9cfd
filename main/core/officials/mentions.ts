import { AppError } from '../../../shared/contract/errors';
import type { Mention, MentionRole, MentionTag } from '../../../shared/model/mention';
import { newUid } from '../db/new-uid';
import type { Db } from '../db/open';
import { getDocumentText } from '../documents/repository';
import { checkedSpan } from './checked-span';
import { foldName } from './matching/tokens';
import {
  confirmTaggedSpan,
  confirmedMentionsIn,
  deleteAlias,
  deleteMentions,
  getConfirmedMention,
  insertAlias,
  officialForms,
  setConfirmedRole,
} from './mention-repository';

/**
 * The researcher selected a name in the Reader and picked the person it names. The selection is
 * checked against the stored text, as a reviewed suggestion is, and the form it is written in
 * becomes one of the person's aliases, so that the matcher finds it in other documents too.
 */
export function tagMention(db: Db, tag: MentionTag, now: string): { mention: Mention; aliasAdded: string | null } {
  if (tag.end - tag.start !== tag.text.length) throw new AppError('INVALID_INPUT', 'The selection’s offsets and its text disagree; select the name again.');
  const alias = tag.text.replace(/\s+/g, ' ');
  const folded = foldName(alias);
  if (folded === '') throw new AppError('INVALID_INPUT', 'The selection holds no name to tag.');
  return db.transaction(() => {
    const { officialId, documentId } = checkedSpan(db, tag, 'The document’s text changed since this was selected; select the name again.');
    const aliasAdded = officialForms(db, officialId, folded).hasForm ? null : alias;
    if (aliasAdded !== null) insertAlias(db, officialId, aliasAdded, folded, now);
    const uid = confirmTaggedSpan(
      db,
      { uid: newUid(), officialId, documentId, start: tag.start, end: tag.end, text: tag.text, role: tag.role },
      now,
    );
    return { mention: getConfirmedMention(db, uid)!, aliasAdded };
  })();
}

/**
 * Removes mentions: the undo of a tag (with the alias it added), or a wrong tag. The alias is
 * dropped from the people those mentions were of; a canonical name is never dropped.
 */
export function untagMentions(db: Db, uids: readonly string[], alias: string | null, now: string): number {
  const folded = alias === null ? '' : foldName(alias);
  return db.transaction(() => {
    const { count, officialIds } = deleteMentions(db, uids);
    if (folded === '') return count;
    for (const officialId of officialIds) {
      if (foldName(officialForms(db, officialId, folded).name) !== folded) deleteAlias(db, officialId, folded, now);
    }
    return count;
  })();
}

export function setMentionRole(db: Db, uid: string, role: MentionRole | null, now: string): Mention {
  return db.transaction(() => {
    if (!setConfirmedRole(db, uid, role, now)) throw new AppError('NOT_FOUND', 'That mention is no longer tagged.', { uid });
    const mention = getConfirmedMention(db, uid);
    if (!mention) throw new AppError('NOT_FOUND', 'That mention’s official is no longer in the registry.', { uid });
    return mention;
  })();
}

/** The people tagged in a document, in text order; a document in the Trash still has its tags. */
export function mentionsForDocument(db: Db, documentUid: string): Mention[] {
  const document = getDocumentText(db, documentUid);
  if (!document) throw new AppError('NOT_FOUND', 'That document is no longer in this notebook.', { uid: documentUid });
  return confirmedMentionsIn(db, document.id);
}
