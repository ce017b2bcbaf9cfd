import { AppError } from '../../../shared/contract/errors';
import { countWords, normalizeText } from '../../../shared/text/normalize';
import { reanchorDocument, type ReanchorCounts } from '../annotations/reanchor-service';
import type { Db } from '../db/open';
import { moveMentionsWithText } from '../officials/move-mentions';
import { getDocumentText, setDocumentText } from './repository';

/**
 * A researcher's correction of the text itself (a typo, glued words split apart). The text is
 * stored normalised like an import, the search index follows through its triggers, and every
 * annotation is re-anchored and every mention moved in the same transaction, so a crash never
 * leaves them pointing at a text that is gone.
 */
export function editDocumentText(db: Db, uid: string, raw: string, now: string): { text: string; reanchored: ReanchorCounts } {
  const text = normalizeText(raw);
  if (text === '') throw new AppError('INVALID_INPUT', 'A document cannot be left without text; delete it instead.');
  return db.transaction(() => {
    const document = getDocumentText(db, uid);
    if (!document) throw new AppError('NOT_FOUND', 'That document is no longer in this notebook.', { uid });
    if (document.text === text) return { text, reanchored: { anchored: 0, moved: 0, changed: 0, orphaned: 0 } };
    setDocumentText(db, document.id, text, countWords(text), now);
    moveMentionsWithText(db, document.id, document.text, text);
    return { text, reanchored: reanchorDocument(db, document.id, document.text, text, now) };
  })();
}
