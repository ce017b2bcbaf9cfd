import { memo, useState, type MouseEvent as ReactMouseEvent } from 'react';
import { Link2, MoreHorizontal, Pencil, Tag, Trash2 } from 'lucide-react';
import type { Annotation, Label } from '../../../shared/model/annotation';
import { ContextMenu } from '../../components/context-menu';
import { MarkdownNote } from '../../components/markdown-note';
import { isProvisional } from '../../stores/annotations-store';
import { useAnnotations, useStores } from '../../stores/stores-context';
import { LabelPicker } from './label-picker';
import { NoteEditor } from './note-editor';

const STATE_NOTES = {
  moved: 'Moved: the passage was found elsewhere in the edited text.',
  changed: 'Changed: the passage was edited; check the highlight still fits.',
  orphaned: 'Unanchored: its passage is gone from the text.',
} as const;

interface AnnotationCardProps {
  annotation: Annotation;
  labels: ReadonlyMap<string, Label>;
  /**
   * In a virtual list: the card's place in it, its offset, and how the list measures it. Plain
   * props rather than one object, so that the memo holds when the list renders again.
   */
  index?: number;
  top?: number;
  measure?: (element: Element | null) => void;
}

/**
 * One annotation in the margin: its quote, labels (by name, not colour alone), note and actions.
 * Memoised, so that adding one annotation to a document with thousands renders one card.
 */
export const AnnotationCard = memo(function AnnotationCard({ annotation, labels, index, top, measure }: AnnotationCardProps) {
  const { annotations } = useStores();
  const selected = useAnnotations((state) => state.selectedUid === annotation.uid);
  const editing = useAnnotations((state) => state.editingUid === annotation.uid);
  const reattaching = useAnnotations((state) => state.reattachingUid === annotation.uid);
  const picking = useAnnotations((state) => state.labelsOpenUid === annotation.uid);
  const setPicking = (open: boolean) => annotations.getState().setLabelsOpen(open ? annotation.uid : null);
  const [menu, setMenu] = useState<{ x: number; y: number } | null>(null);
  const actions = annotations.getState();
  const { passage } = annotation;
  const state = passage?.state;
  const labelled = annotation.labelUids.flatMap((uid) => labels.get(uid) ?? []);

  const toggleLabel = (uid: string) => {
    const next = annotation.labelUids.includes(uid) ? annotation.labelUids.filter((candidate) => candidate !== uid) : [...annotation.labelUids, uid];
    void actions.setLabels(annotation.uid, next);
  };
  const openMenu = (event: ReactMouseEvent) => {
    event.preventDefault();
    setMenu({ x: event.clientX, y: event.clientY });
  };
  const description = passage ? `Highlight: ${passage.exact.slice(0, 80)}` : 'Note on the whole document';

  return (
    <li
      aria-busy={isProvisional(annotation) || undefined}
      className={`annotation-card${selected ? ' is-selected' : ''}${state && state !== 'anchored' ? ` is-${state}` : ''}`}
      data-annotation={annotation.uid}
      onContextMenu={openMenu}
      ref={measure}
      data-index={index}
      // Position only, in a virtual list; the card's look comes from the stylesheet.
      style={top === undefined ? undefined : { transform: `translateY(${top}px)` }}
    >
      <button
        type="button"
        className="annotation-card-select"
        aria-pressed={selected}
        aria-label={description}
        onClick={() => actions.select(annotation.uid, { flash: Boolean(passage && state !== 'orphaned') })}
      >
        {passage ? <blockquote className="annotation-quote">{passage.exact}</blockquote> : <span className="annotation-kind">Document note</span>}
      </button>
      {state && state !== 'anchored' && <p className="annotation-state">{STATE_NOTES[state]}</p>}
      {labelled.length > 0 && (
        <ul className="annotation-labels" aria-label="Labels">
          {labelled.map((label) => (
            <li key={label.uid} className="label-chip">
              <span className="label-swatch" data-color={label.color} aria-hidden />
              {label.name}
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <NoteEditor
          initial={annotation.note}
          onCancel={() => actions.setEditing(null)}
          onSave={(note) => {
            actions.setEditing(null);
            if (note !== annotation.note) void actions.setNote(annotation.uid, note);
          }}
        />
      ) : (
        annotation.note && <MarkdownNote source={annotation.note} />
      )}
      <div className="annotation-actions" hidden={isProvisional(annotation)}>
        <button type="button" className="icon-button" aria-label="Edit note" title="Edit note" onClick={() => actions.setEditing(annotation.uid)}>
          <Pencil size={14} aria-hidden />
        </button>
        <button type="button" className="icon-button" aria-label="Labels" title="Labels" aria-expanded={picking} onClick={() => setPicking(!picking)}>
          <Tag size={14} aria-hidden />
        </button>
        {state === 'orphaned' && (
          <button
            type="button"
            className={`button button-small${reattaching ? ' button-primary' : ''}`}
            aria-pressed={reattaching}
            onClick={() => actions.setReattaching(reattaching ? null : annotation.uid)}
          >
            <Link2 size={14} aria-hidden />
            {reattaching ? 'Select its new passage…' : 'Re-attach'}
          </button>
        )}
        <button type="button" className="icon-button" aria-label="Delete annotation" title="Delete" onClick={() => void actions.remove([annotation.uid])}>
          <Trash2 size={14} aria-hidden />
        </button>
        <button type="button" className="icon-button" aria-label="More actions" aria-haspopup="menu" onClick={(event) => openMenu(event)}>
          <MoreHorizontal size={14} aria-hidden />
        </button>
      </div>
      {picking && <LabelPicker chosen={annotation.labelUids} onToggle={toggleLabel} onClose={() => setPicking(false)} />}
      {menu && (
        <ContextMenu
          x={menu.x}
          y={menu.y}
          label="Annotation actions"
          onClose={() => setMenu(null)}
          items={[
            { label: 'Edit note', run: () => actions.setEditing(annotation.uid) },
            { label: 'Labels…', run: () => setPicking(true) },
            ...(passage && state !== 'orphaned' ? [{ label: 'Show in text', run: () => actions.select(annotation.uid, { flash: true }) }] : []),
            { label: 'Delete', run: () => void actions.remove([annotation.uid]) },
          ]}
        />
      )}
    </li>
  );
});
