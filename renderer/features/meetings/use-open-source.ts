import { useCallback } from 'react';
import { useStores } from '../../stores/stores-context';
import { useRevealPassage } from '../annotations/use-reveal-in-reader';

/** Opens a source in the Library's Reader: at the top, or at an evidence passage where it still is. */
export function useOpenSource(): { open: (documentUid: string) => void; reveal: (documentUid: string, annotationUid: string) => Promise<void> } {
  const { ui, documents, meetings } = useStores();
  const revealPassage = useRevealPassage();
  const open = useCallback(
    (documentUid: string) => {
      documents.getState().select('library', documentUid);
      ui.getState().setView('library');
    },
    [ui, documents],
  );
  const reveal = useCallback(
    async (documentUid: string, annotationUid: string) => {
      const passage = await meetings.getState().passageOf(documentUid, annotationUid);
      if (passage) revealPassage(documentUid, passage);
      else open(documentUid);
    },
    [meetings, open, revealPassage],
  );
  return { open, reveal };
}
