import { Pencil, Trash2 } from 'lucide-react';
import type { OfficialProfile } from '../../../shared/model/mention';
import { MarkdownNote } from '../../components/markdown-note';
import { useOfficials, useStores } from '../../stores/stores-context';
import { COUNTRY_NAMES } from './countries';
import { countsText } from './official-row';
import { ProfileMeetings } from './profile-meetings';
import { ProfileMentions } from './profile-mentions';
import { NamedWith, OfficeTimeline, ProfileAliases } from './profile-sections';
import './official-profile.css';

const PROFILE_ID = 'official-profile';

/** "Open" from the list: the profile already shows the focused person, so move focus there. */
export function focusProfile(): void {
  document.getElementById(PROFILE_ID)?.focus();
}

/** The content pane of the Officials view: the focused person's profile. */
export function OfficialProfilePane() {
  const focusedUid = useOfficials((state) => state.focusedUid);
  const profile = useOfficials((state) => state.profile);
  const error = useOfficials((state) => state.profileError);

  if (focusedUid === null) {
    return (
      <div className="profile-empty">
        <p>Select a person to see their profile.</p>
      </div>
    );
  }
  const current = profile?.official.uid === focusedUid ? profile : null;
  return (
    <div className="profile-scroll">
      {/* Present while loading too, so that "Open" can move focus here at once. */}
      <article id={PROFILE_ID} className="profile" tabIndex={-1} aria-labelledby="profile-name" aria-busy={!current && !error ? true : undefined}>
        {error && (
          <p role="alert" className="pane-error">
            {error}
          </p>
        )}
        {current && <ProfileBody profile={current} />}
      </article>
    </div>
  );
}

function ProfileBody({ profile }: { profile: OfficialProfile }) {
  const { officials } = useStores();
  const { official } = profile;
  const actions = officials.getState();
  const facts = [official.country && COUNTRY_NAMES[official.country], countsText(official)].filter(Boolean).join(' · ');

  return (
    <>
      <header className="profile-header">
        <h2 id="profile-name" className="profile-name">
          {official.name}
        </h2>
        <p className="profile-facts">
          {facts}
          {official.wikidata && (
            <>
              {' · '}
              <span title="Wikidata id (not looked up; the notebook stays offline)">Wikidata {official.wikidata}</span>
            </>
          )}
        </p>
        <div className="profile-actions">
          <button type="button" className="button button-small" onClick={() => actions.openDialog({ kind: 'edit', uid: official.uid })}>
            <Pencil size={13} aria-hidden />
            Edit
          </button>
          <button type="button" className="button button-small" onClick={() => actions.openDialog({ kind: 'delete', uids: [official.uid] })}>
            <Trash2 size={13} aria-hidden />
            Delete…
          </button>
        </div>
      </header>
      <OfficeTimeline offices={official.offices} />
      <ProfileAliases official={official} />
      {official.affiliation && (
        <section className="profile-section" aria-labelledby="profile-affiliation">
          <h3 id="profile-affiliation">Affiliation</h3>
          <p>{official.affiliation}</p>
        </section>
      )}
      {official.notes.trim() !== '' && (
        <section className="profile-section" aria-labelledby="profile-notes">
          <h3 id="profile-notes">Notes</h3>
          <MarkdownNote source={official.notes} />
        </section>
      )}
      <ProfileMeetings meetings={profile.meetings} />
      <NamedWith people={profile.namedWith} onShow={(uid) => actions.focus(uid)} />
      <ProfileMentions documents={profile.documents} name={official.name} />
    </>
  );
}
