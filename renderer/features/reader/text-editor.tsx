import { useId, useState } from 'react';
import { useStores } from '../../stores/stores-context';

/**
 * Correcting the text itself (a typo, glued words). On save the core re-anchors every annotation;
 * the toast says what happened to them and offers Undo.
 */
export function TextEditor({ text, onDone }: { text: string; onDone: () => void }) {
  const { reader } = useStores();
  const [draft, setDraft] = useState(text);
  const [saving, setSaving] = useState(false);
  const hintId = useId();
  const save = async () => {
    setSaving(true);
    const saved = draft === text || (await reader.getState().editText(draft));
    setSaving(false);
    if (saved) onDone();
  };
  return (
    <form
      className="text-editor"
      aria-label="Edit text"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <p id={hintId} className="form-hint">
        Correct the article’s text. Paragraphs are separated by a blank line. Highlights follow their words; any whose passage
        disappears moves to “Unanchored”, never lost.
      </p>
      <textarea
        // The researcher asked to edit; the text is what they came for.
        autoFocus
        className="input text-editor-input"
        aria-label="Article text"
        aria-describedby={hintId}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onDone();
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void save();
        }}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save text'}
        </button>
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
