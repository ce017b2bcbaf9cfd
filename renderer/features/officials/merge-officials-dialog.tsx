import { useId, useState, type FormEvent } from 'react';
import type { Official } from '../../../shared/model/official';
import { Dialog } from '../../components/dialog';
import { useStores } from '../../stores/stores-context';
import { countsText } from './official-row';
import './official-dialogs.css';

interface MergeOfficialsDialogProps {
  people: Official[];
  onClose: () => void;
}

/** Asks which of several records of one person to keep; the others' names, offices and mentions move to it. */
export function MergeOfficialsDialog({ people, onClose }: MergeOfficialsDialogProps) {
  const { officials } = useStores();
  // The record with the most evidence is the likeliest keeper.
  const [keepUid, setKeepUid] = useState(() => [...people].sort((a, b) => b.mentions - a.mentions)[0]?.uid ?? '');
  const id = useId();
  const kept = people.find((person) => person.uid === keepUid);
  const others = people.filter((person) => person.uid !== keepUid);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!kept || others.length === 0) return;
    onClose();
    void officials.getState().merge(kept.uid, others.map((person) => person.uid));
  }

  return (
    <Dialog
      title={`Merge ${people.length} officials`}
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={`${id}-form`} className="button button-primary" disabled={!kept}>
            Merge
          </button>
        </>
      }
    >
      <form id={`${id}-form`} className="official-form" onSubmit={onSubmit}>
        <fieldset className="official-field">
          <legend>Keep which record?</legend>
          <div className="merge-choices">
            {people.map((person, index) => (
              <label key={person.uid} className="merge-choice">
                <input
                  type="radio"
                  name={`${id}-keep`}
                  value={person.uid}
                  checked={person.uid === keepUid}
                  data-autofocus={index === 0 ? true : undefined}
                  aria-labelledby={`${id}-${person.uid}-name`}
                  aria-describedby={`${id}-${person.uid}`}
                  onChange={() => setKeepUid(person.uid)}
                />
                <span className="merge-choice-text">
                  <span id={`${id}-${person.uid}-name`} className="merge-choice-name">
                    {person.name}
                  </span>
                  {/* Read after the name, so that the radio's name stays the person's. */}
                  <span id={`${id}-${person.uid}`} className="merge-choice-details">
                    <span className="official-hint">{person.aliases.length > 0 ? `Also: ${person.aliases.join(', ')}.` : 'No aliases.'}</span>{' '}
                    <span className="official-hint">{countsText(person)}.</span>
                  </span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        {kept && (
          <p className="official-explain">
            {others.map((person) => `“${person.name}”`).join(', ')} will become {others.length === 1 ? 'an alias' : 'aliases'} of “{kept.name}”, and their
            aliases, offices and mentions move to it. Undo splits them apart again.
          </p>
        )}
      </form>
    </Dialog>
  );
}
