import { useEffect, useState } from 'react';
import { Pencil } from 'lucide-react';
import type { View } from '../../stores/ui-store';
import { useDocuments, useReader, useStores } from '../../stores/stores-context';
import { DetailsForm } from './details-form';
import { DocumentMeta } from './document-meta';
import { DocumentText } from './document-text';
import { READER_ID } from './focus-reader';
import { ReextractAction } from './reextract-action';
import './reader.css';

/** The content pane: the document selected in the current view's list. */
export function ReaderPane({ view }: { view: View }) {
  const { reader } = useStores();
  const selected = useDocuments((state) => state.lists[view].selected);
  const document = useReader((state) => state.document);
  const error = useReader((state) => state.error);
  // Keyed by document, so choosing another document leaves edit mode without an extra render.
  const [editingUid, setEditingUid] = useState<string | null>(null);

  useEffect(() => {
    void reader.getState().open(selected);
  }, [reader, selected]);

  if (selected === null) {
    return (
      <div className="reader-empty">
        <p>Select a document to read it here.</p>
      </div>
    );
  }
  if (error) {
    return (
      <p role="alert" className="pane-error">
        {error}
      </p>
    );
  }
  if (!document || document.uid !== selected) return <div className="reader-empty" aria-busy="true" />;

  const editing = editingUid === document.uid;
  const setEditing = (on: boolean) => setEditingUid(on ? document.uid : null);
  return (
    <div className="reader-scroll">
      <article id={READER_ID} className="reader" tabIndex={-1} aria-labelledby="reader-title">
        <header className="reader-header">
          <h2 id="reader-title" className="reader-title">
            {document.title}
          </h2>
          <DocumentMeta document={document} />
          {view === 'trash' && <p className="reader-note">This document is in the Trash.</p>}
          {!editing && (
            <div className="reader-actions">
              <button type="button" className="button button-small" onClick={() => setEditing(true)}>
                <Pencil size={13} aria-hidden />
                Edit details
              </button>
              <ReextractAction key={document.uid} uid={document.uid} />
            </div>
          )}
        </header>
        {editing && <DetailsForm key={document.uid} document={document} onDone={() => setEditing(false)} />}
        <DocumentText text={document.text} language={document.language} />
      </article>
    </div>
  );
}
