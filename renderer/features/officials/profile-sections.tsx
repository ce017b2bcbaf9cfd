import { Scissors } from 'lucide-react';
import type { OfficialProfile } from '../../../shared/model/mention';
import type { Office, Official } from '../../../shared/model/official';
import { useStores } from '../../stores/stores-context';
import { documentsText } from './official-row';
import { officePeriod, officeTimeline } from './offices';

/** Offices held, the current ones first; "Current" in words, since position alone would not say it. */
export function OfficeTimeline({ offices }: { offices: readonly Office[] }) {
  if (offices.length === 0) return null;
  return (
    <section className="profile-section" aria-labelledby="profile-offices">
      <h3 id="profile-offices">Offices</h3>
      <ol className="office-timeline">
        {officeTimeline(offices).map((office, index) => {
          const period = officePeriod(office);
          return (
            <li key={`${office.title}-${office.start}-${office.end}-${index}`} className={office.end === null ? 'is-current' : undefined}>
              <span className="office-timeline-title">{office.title}</span>
              {office.end === null && <span className="office-timeline-badge">Current</span>}
              {period && <span className="office-timeline-period">{period}</span>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** Other forms of the name; one found to be someone else can be split off as a person of their own. */
export function ProfileAliases({ official }: { official: Official }) {
  const { officials } = useStores();
  return (
    <section className="profile-section" aria-labelledby="profile-aliases">
      <h3 id="profile-aliases">Aliases</h3>
      {official.aliases.length === 0 ? (
        <p className="profile-muted">Only the name itself; add other forms with Edit.</p>
      ) : (
        <ul className="profile-aliases">
          {official.aliases.map((alias) => (
            <li key={alias}>
              <span>{alias}</span>
              <button
                type="button"
                className="button button-small"
                aria-label={`Split “${alias}” off as a new person…`}
                onClick={() => officials.getState().openDialog({ kind: 'split', uid: official.uid, alias })}
              >
                <Scissors size={13} aria-hidden />
                Split off as a new person…
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The people most often named in the same documents; each opens their profile. */
export function NamedWith({ people, onShow }: { people: OfficialProfile['namedWith']; onShow: (uid: string) => void }) {
  if (people.length === 0) return null;
  return (
    <section className="profile-section" aria-labelledby="profile-named-with">
      <h3 id="profile-named-with">Named with</h3>
      <ul className="profile-named-with">
        {people.map((person) => (
          <li key={person.uid}>
            <button type="button" className="profile-link" onClick={() => onShow(person.uid)}>
              {person.name}
            </button>
            <span className="profile-muted"> — {documentsText(person.documents)} together</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
