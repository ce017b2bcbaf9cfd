import { ListChecks, Tag, UserPlus } from 'lucide-react';

/** An empty registry teaches the three ways people get into it. */
export function EmptyOfficials({ onCreate, onReview }: { onCreate: () => void; onReview: () => void }) {
  return (
    <div className="empty-state">
      <h2>No officials yet</h2>
      <p>The registry holds the people your articles name, each with every form their name is written in.</p>
      <ul className="empty-state-ways">
        <li>
          <UserPlus size={16} aria-hidden />
          <span>
            <strong>New official</strong> registers a person by hand, with aliases and offices.
          </span>
        </li>
        <li>
          <Tag size={16} aria-hidden />
          <span>
            In the Reader, select a name and press <kbd>O</kbd> to tag it as a person.
          </span>
        </li>
        <li>
          <ListChecks size={16} aria-hidden />
          <span>
            <strong>Review</strong> lists the names Dossier found in your documents; accept the people you want to keep.
          </span>
        </li>
      </ul>
      <div className="empty-state-actions">
        <button type="button" className="button button-primary" onClick={onCreate}>
          <UserPlus size={15} aria-hidden />
          New official
        </button>
        <button type="button" className="button" onClick={onReview}>
          <ListChecks size={15} aria-hidden />
          Open Review
        </button>
      </div>
    </div>
  );
}

/** A search or country that matches no one says so, and offers the way back. */
export function NoMatchingOfficials({ onClear }: { onClear: () => void }) {
  return (
    <div className="empty-state">
      <h2>No officials match</h2>
      <p>Try another spelling or a shorter part of the name, or another country.</p>
      <div className="empty-state-actions">
        <button type="button" className="button" onClick={onClear}>
          Clear search
        </button>
      </div>
    </div>
  );
}
