import { useEffect, useRef, useState } from 'react';
import { FileEdit, Pencil } from 'lucide-react';
import { useReader, useStores } from '../../stores/stores-context';
import { DetailsForm } from './details-form';
import { DocumentMeta } from './document-meta';
import { AnnotatedText } from './annotated-text';
import { AnnotationMargin } from './annotation-margin';
import { TextEditor } from './text-editor';
import { READER_ID } from './focus-reader';
import { ReextractAction } from './reextract-action';
import { ReportsMeetingButton } from '../meetings/reader-meetings';
import './reader.css';
import './annotations.css';
import './highlights.css';

/** The content pane: the document selected in the current view's list. */
export function ReaderPane({ uid: selected, inTrash }: { uid: string | null; inTrash: boolean }) {
  const { reader, annotations, mentions } = useStores();
  const textRef = useRef<HTMLDivElement>(null);
  const document = useReader((state) => state.document);
  const error = useReader((state) => state.error);
  // Keyed by document, so choosing another document leaves edit mode without an extra render.
  const [editingUid, setEditingUid] = useState<string | null>(null);
  const [editingTextUid, setEditingTextUid] = useState<string | null>(null);

  useEffect(() => {
    void reader.getState().open(selected);
    void annotations.getState().load(selected);
    void mentions.getState().load(inTrash ? null : selected);
  }, [reader, annotations, mentions, selected, inTrash]);

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
  const editingText = editingTextUid === document.uid;
  return (
    <div className="reader-scroll">
      <div className="reader-layout">
      <article id={READER_ID} className="reader" tabIndex={-1} aria-labelledby="reader-title">
        <header className="reader-header">
          <h2 id="reader-title" className="reader-title">
            {document.title}
          </h2>
          <DocumentMeta document={document} />
          {inTrash && <p className="reader-note">This document is in the Trash.</p>}
          {!editing && (
            <div className="reader-actions">
              <button type="button" className="button button-small" onClick={() => setEditing(true)}>
                <Pencil size={13} aria-hidden />
                Edit details
              </button>
              <ReextractAction key={document.uid} uid={document.uid} />
              {!inTrash && <ReportsMeetingButton documentUid={document.uid} />}
              {!editingText && (
                <button type="button" className="button button-small" onClick={() => setEditingTextUid(document.uid)}>
                  <FileEdit size={13} aria-hidden />
                  Edit text
                </button>
              )}
            </div>
          )}
        </header>
        {editing && <DetailsForm key={document.uid} document={document} onDone={() => setEditing(false)} />}
        {editingText ? (
          <TextEditor key={document.uid} text={document.text} onDone={() => setEditingTextUid(null)} />
        ) : (
          <div ref={textRef}>
            <AnnotatedText text={document.text} language={document.language} />
          </div>
        )}
      </article>
      {!inTrash && <AnnotationMargin textRef={textRef} />}
      </div>
    </div>
  );
}
