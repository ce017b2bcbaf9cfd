import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { CalendarCheck, CalendarPlus, Highlighter, Link2, MessageSquarePlus, Tag, UserRound } from 'lucide-react';
import { useAnnotations, useStores } from '../../stores/stores-context';
import type { Official } from '../../../shared/model/official';
import { LabelPicker } from './label-picker';
import { OfficialPicker } from './official-picker';
import { EvidencePicker } from '../meetings/evidence-picker';
import { useRecordMeeting } from '../meetings/reader-meeting-actions';

export interface PendingSelection {
  start: number;
  end: number;
  exact: string;
  /** Viewport coordinates of the selection, to place the toolbar above it. */
  rect: { top: number; left: number; width: number; bottom: number };
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * Appears over a fresh selection in the Reader: Highlight (H), Highlight + note (N), Label (L),
 * Tag official (O), or, while an unanchored annotation waits for a new passage, Attach here.
 */
export function SelectionToolbar({ selection, onDone }: { selection: PendingSelection; onDone: () => void }) {
  const { annotations, mentions } = useStores();
  const reattachingUid = useAnnotations((state) => state.reattachingUid);
  const documentUid = useAnnotations((state) => state.documentUid);
  const recordMeeting = useRecordMeeting();
  const [picking, setPicking] = useState<'label' | 'official' | 'meeting' | null>(null);
  const { start, end, exact } = selection;

  // Closing happens once: a late second close would clear the selection the user made next.
  const closed = useRef(false);
  const finish = () => {
    if (closed.current) return;
    closed.current = true;
    window.getSelection()?.removeAllRanges();
    onDone();
  };
  // The toolbar closes before the call returns, so a next selection made meanwhile is not cleared.
  const highlight = async (labelUids: string[] = [], withNote = false) => {
    finish();
    const created = await annotations.getState().create({ selection: { start, end, exact }, labelUids });
    if (created && withNote) annotations.getState().setEditing(created.uid);
  };
  const tag = (official: Official | null) => {
    finish();
    const request = { start, end, text: exact };
    void (official === null ? mentions.getState().tagAsNew(request) : mentions.getState().tag(official, request));
  };
  const attach = async () => {
    if (reattachingUid && (await annotations.getState().reattach(reattachingUid, { start, end, exact }))) finish();
  };

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target) || picking) return;
      const key = event.key.toLowerCase();
      if (key === 'h') void highlight();
      else if (key === 'n') void highlight([], true);
      else if (key === 'l') setPicking('label');
      else if (key === 'o') setPicking('official');
      else if (key === 'escape') onDone();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  });

  // Below the selection, unless the label picker would run off the bottom of the window.
  const ROOM = 300;
  const above = selection.rect.bottom + ROOM > window.innerHeight && selection.rect.top > ROOM;
  const position = {
    '--toolbar-x': `${Math.min(Math.max(180, selection.rect.left + selection.rect.width / 2), window.innerWidth - 180)}px`,
    '--toolbar-y': `${Math.min(Math.max(8, above ? selection.rect.top : selection.rect.bottom), window.innerHeight - 48)}px`,
  } as CSSProperties;

  return (
    <div
      className="selection-toolbar"
      role="toolbar"
      aria-label="Annotate the selection"
      data-placement={above ? 'above' : 'below'}
      style={position}
      onMouseUp={(event) => event.stopPropagation()}
      onKeyUp={(event) => event.stopPropagation()}
    >
      {reattachingUid ? (
        <button type="button" className="button button-small" onClick={() => void attach()}>
          <Link2 size={14} aria-hidden />
          Attach here
        </button>
      ) : (
        <>
          <button type="button" className="button button-small" aria-keyshortcuts="H" onClick={() => void highlight()}>
            <Highlighter size={14} aria-hidden />
            Highlight <kbd>H</kbd>
          </button>
          <button type="button" className="button button-small" aria-keyshortcuts="N" onClick={() => void highlight([], true)}>
            <MessageSquarePlus size={14} aria-hidden />
            Note <kbd>N</kbd>
          </button>
          <button
            type="button"
            className="button button-small"
            aria-keyshortcuts="L"
            aria-expanded={picking === 'label'}
            onClick={() => setPicking(picking === 'label' ? null : 'label')}
          >
            <Tag size={14} aria-hidden />
            Label <kbd>L</kbd>
          </button>
          <button
            type="button"
            className="button button-small"
            aria-keyshortcuts="O"
            aria-expanded={picking === 'official'}
            onClick={() => setPicking(picking === 'official' ? null : 'official')}
          >
            <UserRound size={14} aria-hidden />
            Tag official <kbd>O</kbd>
          </button>
          {documentUid && (
            <>
              <button type="button" className="button button-small" aria-expanded={picking === 'meeting'} onClick={() => setPicking(picking === 'meeting' ? null : 'meeting')}>
                <CalendarCheck size={14} aria-hidden />
                Add as evidence to meeting…
              </button>
              <button
                type="button"
                className="button button-small"
                onClick={() => {
                  finish();
                  void recordMeeting(documentUid, exact);
                }}
              >
                <CalendarPlus size={14} aria-hidden />
                New meeting from selection
              </button>
            </>
          )}
        </>
      )}
      {picking === 'label' && (
        <LabelPicker chosen={[]} onChooseStart={finish} onToggle={(uid) => void highlight([uid])} onClose={() => setPicking(null)} />
      )}
      {picking === 'meeting' && documentUid && (
        <EvidencePicker documentUid={documentUid} selection={{ start, end, exact }} onChosen={finish} onClose={() => setPicking(null)} />
      )}
      {picking === 'official' && (
        <OfficialPicker selectedText={exact} onPick={tag} onCreate={() => tag(null)} onClose={() => setPicking(null)} />
      )}
    </div>
  );
}
