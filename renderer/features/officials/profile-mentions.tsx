import { useState } from 'react';
import type { OfficialProfile } from '../../../shared/model/mention';
import { MENTION_ROLE_LABELS } from '../../../shared/model/mention-roles';
import { formatCount, formatPartialDate } from '../../components/format';
import { useRevealPassage } from '../annotations/use-reveal-in-reader';

/** Documents drawn at first; a person named in hundreds shows the rest on request, not all at once. */
const FIRST_DOCUMENTS = 50;

type ProfileDocument = OfficialProfile['documents'][number];

/** Every confirmed mention, by document (newest first): each opens the Reader at its passage. */
export function ProfileMentions({ documents, name }: { documents: readonly ProfileDocument[]; name: string }) {
  const [showAll, setShowAll] = useState(false);
  const reveal = useRevealPassage();
  const shown = showAll ? documents : documents.slice(0, FIRST_DOCUMENTS);

  return (
    <section className="profile-section" aria-labelledby="profile-mentions">
      <h3 id="profile-mentions">Mentions</h3>
      {documents.length === 0 ? (
        <p className="profile-muted">No confirmed mentions of {name} yet. Tag the name in the Reader, or accept suggestions in Review.</p>
      ) : (
        <ol className="profile-documents">
          {shown.map((document) => (
            <li key={document.documentUid} className="profile-document">
              <h4 className="profile-document-title">
                {document.title}
                {document.published && <span className="profile-document-date">{formatPartialDate(document.published)}</span>}
              </h4>
              <ul className="profile-mention-list">
                {document.mentions.map((mention) => (
                  <li key={mention.uid} className="profile-mention">
                    <button type="button" className="profile-mention-open" title="Open in the Reader at this passage" onClick={() => reveal(document.documentUid, mention)}>
                      {mention.before}
                      <mark>{mention.text}</mark>
                      {mention.after}
                    </button>
                    {mention.role && <span className="profile-mention-role">{MENTION_ROLE_LABELS[mention.role]}</span>}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      {shown.length < documents.length && (
        <button type="button" className="button" onClick={() => setShowAll(true)}>
          Show all {formatCount(documents.length)} documents
        </button>
      )}
    </section>
  );
}
