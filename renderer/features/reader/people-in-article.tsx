import { X } from 'lucide-react';
import type { Mention } from '../../../shared/model/mention';
import { MENTION_ROLE_LABELS, MENTION_ROLES, type MentionRole } from '../../../shared/model/mention-roles';
import { useMentions, useStores } from '../../stores/stores-context';

interface Person {
  officialUid: string;
  name: string;
  mentions: Mention[];
}

function byPerson(mentions: readonly Mention[]): Person[] {
  const people = new Map<string, Person>();
  for (const mention of mentions) {
    const person = people.get(mention.officialUid) ?? { officialUid: mention.officialUid, name: mention.name, mentions: [] };
    person.mentions.push(mention);
    people.set(mention.officialUid, person);
  }
  return [...people.values()].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}

/**
 * The officials tagged in the open document, most mentioned first: each mention jumps to its
 * passage, carries its role in that passage, and can be untagged (undoably).
 */
export function PeopleInArticle({ onOpenOfficial }: { onOpenOfficial?: (uid: string) => void }) {
  const { mentions: store, reader } = useStores();
  const mentions = useMentions((state) => state.items);
  const people = byPerson(mentions);

  return (
    <section className="margin-section people-in-article" aria-labelledby="people-heading">
      <h3 id="people-heading">People in this article{people.length > 0 ? ` (${people.length})` : ''}</h3>
      {people.length === 0 && <p className="margin-hint">Select a name and press O to tag the official.</p>}
      <ul className="people-list">
        {people.map((person) => (
          <li key={person.officialUid} className="person">
            <div className="person-heading">
              {onOpenOfficial ? (
                <button type="button" className="link-button person-name" onClick={() => onOpenOfficial(person.officialUid)}>
                  {person.name}
                </button>
              ) : (
                <span className="person-name">{person.name}</span>
              )}
              <span className="person-count">{person.mentions.length === 1 ? '1 mention' : `${person.mentions.length} mentions`}</span>
            </div>
            <ul className="person-mentions">
              {person.mentions.map((mention) => (
                <li key={mention.uid} className="person-mention">
                  <button type="button" className="link-button person-mention-text" onClick={() => reader.getState().showPassage(mention.documentUid, mention)} title="Show in the text">
                    “{mention.text}”
                  </button>
                  <select
                    className="input"
                    aria-label={`Role of ${person.name} at “${mention.text}”`}
                    value={mention.role ?? ''}
                    onChange={(event) => void store.getState().setRole(mention.uid, (event.target.value || null) as MentionRole | null)}
                  >
                    <option value="">No role</option>
                    {MENTION_ROLES.map((role) => (
                      <option key={role} value={role}>
                        {MENTION_ROLE_LABELS[role]}
                      </option>
                    ))}
                  </select>
                  <button type="button" className="icon-button" aria-label={`Remove the tag “${mention.text}”`} onClick={() => void store.getState().untag(mention.uid)}>
                    <X size={14} aria-hidden />
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
