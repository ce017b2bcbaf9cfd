import { ListChecks, Tag, UserPlus } from 'lucide-react';
import { EmptyState } from '../../components/empty-state';

/** An empty registry teaches the three ways people get into it. */
export function EmptyOfficials({ onCreate, onReview }: { onCreate: () => void; onReview: () => void }) {
  return (
    <EmptyState
      title="No officials yet"
      ways={[
        { icon: UserPlus, text: <><strong>New official</strong> registers a person by hand, with aliases and offices.</> },
        { icon: Tag, text: <>In the Reader, select a name and press <kbd>O</kbd> to tag it as a person.</> },
        { icon: ListChecks, text: <><strong>Review</strong> lists the names Dossier found in your documents; accept the people you want to keep.</> },
      ]}
      actions={
        <>
          <button type="button" className="button button-primary" onClick={onCreate}>
            <UserPlus size={15} aria-hidden />
            New official
          </button>
          <button type="button" className="button" onClick={onReview}>
            <ListChecks size={15} aria-hidden />
            Open Review
          </button>
        </>
      }
    >
      The registry holds the people your articles name, each with every form their name is written in.
    </EmptyState>
  );
}

/** A search or country that matches no one says so, and offers the way back. */
export function NoMatchingOfficials({ onClear }: { onClear: () => void }) {
  return (
    <EmptyState
      title="No officials match"
      actions={
        <button type="button" className="button" onClick={onClear}>
          Clear search
        </button>
      }
    >
      Try another spelling or a shorter part of the name, or another country.
    </EmptyState>
  );
}
