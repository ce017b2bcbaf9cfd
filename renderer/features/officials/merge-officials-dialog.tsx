import { useId, useState } from 'react';
import type { Official } from '../../../shared/model/official';
import { FormDialog } from '../../components/form-dialog';
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

  function onSubmit() {
    if (!kept || others.length === 0) return;
    onClose();
    void officials.getState().merge(kept.uid, others.map((person) => person.uid));
  }

  return (
    <FormDialog title={`Merge ${people.length} officials`} onClose={onClose} submitLabel="Merge" submitDisabled={!kept} onSubmit={onSubmit}>
      <fieldset className="form-field">
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
                  <span className="form-hint">{person.aliases.length > 0 ? `Also: ${person.aliases.join(', ')}.` : 'No aliases.'}</span>{' '}
                  <span className="form-hint">{countsText(person)}.</span>
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {kept && (
        <p className="form-hint">
          {others.map((person) => `“${person.name}”`).join(', ')} will become {others.length === 1 ? 'an alias' : 'aliases'} of “{kept.name}”, and their
          aliases, offices and mentions move to it. Undo splits them apart again.
        </p>
      )}
    </FormDialog>
  );
}
