import { useCallback, useEffect, useRef } from 'react';
import type { AnnotationListItem } from '../../../shared/model/annotation';
import { useStores } from '../../stores/stores-context';

/**
 * Shows an annotation in the Reader once the Reader has loaded its document: the annotations store
 * forgets its selection whenever it loads another document, so selecting earlier would be lost.
 * Only the latest request waits; choosing another row cancels the previous one.
 */
export function useRevealInReader(): (item: AnnotationListItem, options: { flash: boolean }) => void {
  const { annotations } = useStores();
  const pending = useRef<(() => void) | null>(null);

  useEffect(() => () => pending.current?.(), []);

  return useCallback(
    (item, { flash }) => {
      pending.current?.();
      pending.current = null;
      const ready = () => {
        const state = annotations.getState();
        return state.documentUid === item.documentUid && state.loaded;
      };
      // An unanchored annotation has no passage in the text to scroll to.
      const show = () => annotations.getState().select(item.uid, { flash: flash && item.passage !== null && item.passage.state !== 'orphaned' });
      if (ready()) {
        show();
        return;
      }
      const stop = annotations.subscribe(() => {
        if (!ready()) return;
        cancel();
        show();
      });
      const cancel = () => {
        stop();
        if (pending.current === cancel) pending.current = null;
      };
      pending.current = cancel;
    },
    [annotations],
  );
}

/**
 * Opens a document in the Library's Reader at a passage, from a view without a Reader of its own
 * (an official's mentions, the review queue): the Reader scrolls to and flashes [start, end) once
 * the document shows. A store request rather than a wait here, since this view unmounts at once.
 */
export function useRevealPassage(): (documentUid: string, span: { start: number; end: number }) => void {
  const { ui, documents, reader } = useStores();
  return useCallback(
    (documentUid, span) => {
      reader.getState().showPassage(documentUid, span);
      documents.getState().select('library', documentUid);
      ui.getState().setView('library');
    },
    [ui, documents, reader],
  );
}
