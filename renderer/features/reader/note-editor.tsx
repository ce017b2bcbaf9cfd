import { useId, useState, type KeyboardEvent } from 'react';

interface NoteEditorProps {
  initial: string;
  onSave: (note: string) => void;
  onCancel: () => void;
}

/** A Markdown note: Ctrl/Cmd+Enter saves, Esc cancels. */
export function NoteEditor({ initial, onSave, onCancel }: NoteEditorProps) {
  const [draft, setDraft] = useState(initial);
  const hintId = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) onSave(draft);
    else if (event.key === 'Escape') onCancel();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };
  return (
    <div className="note-editor">
      <textarea
        // Opening the editor is the user's request to type.
        autoFocus
        className="input note-editor-input"
        aria-label="Note"
        aria-describedby={hintId}
        rows={4}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <p id={hintId} className="note-editor-hint">
        Markdown: **bold**, *italic*, [link](https://…). Ctrl+Enter saves.
      </p>
      <div className="note-editor-actions">
        <button type="button" className="button button-small" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="button button-small button-primary" onClick={() => onSave(draft)}>
          Save note
        </button>
      </div>
    </div>
  );
}
