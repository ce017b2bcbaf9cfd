import { useId, useState } from 'react';
import { RefreshCw } from 'lucide-react';
import { useReader, useStores } from '../../stores/stores-context';

/** Reads the details from the file again, saying up front that corrections made by hand survive. */
export function ReextractAction({ uid }: { uid: string }) {
  const { reader } = useStores();
  const busy = useReader((state) => state.reextracting);
  const error = useReader((state) => state.reextractError);
  const [doneFor, setDoneFor] = useState<string | null>(null);
  const hintId = useId();

  async function run() {
    setDoneFor(null);
    await reader.getState().reextract();
    if (reader.getState().reextractError === null) setDoneFor(uid);
  }

  return (
    <div className="reextract">
      <button type="button" className="button button-small" disabled={busy} aria-describedby={hintId} onClick={() => void run()}>
        <RefreshCw size={13} aria-hidden />
        Re-extract details
      </button>
      <p id={hintId} className="form-hint">
        Reads the details from the document’s text again. Details you set by hand are kept.
      </p>
      <p className="form-hint" aria-live="polite">
        {doneFor === uid ? 'Details read again.' : ''}
      </p>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </div>
  );
}
