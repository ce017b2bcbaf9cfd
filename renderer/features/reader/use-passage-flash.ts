import { useEffect, type RefObject } from 'react';
import { useReader, useStores } from '../../stores/stores-context';
import type { HighlightPainter } from './highlight-painter';
import { READER_ID } from './focus-reader';

/**
 * Carries out a request to show a passage of the open document (reader-store `passage`): scrolls
 * it to the middle, flashes it and moves focus to the Reader, since the list the request came from
 * is gone. Runs once the painter holds this document's text, then clears the request.
 */
export function usePassageFlash(painter: RefObject<HighlightPainter | null>): void {
  const { reader } = useStores();
  const request = useReader((state) => state.passage);
  const openUid = useReader((state) => state.document?.uid ?? null);

  useEffect(() => {
    if (!request || request.documentUid !== openUid || !painter.current) return;
    reader.getState().passageShown(request.seq);
    const range = painter.current.flashSpan(request);
    const target = range?.startContainer.parentElement;
    document.getElementById(READER_ID)?.focus({ preventScroll: true });
    target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [reader, request, openUid, painter]);
}
