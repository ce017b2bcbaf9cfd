import { useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import type { Annotation, Label } from '../../../shared/model/annotation';
import { UNLABELLED_COLOR, type LabelColor } from '../../../shared/model/label-colors';
import { HighlightPainter, type PaintedSpan } from './highlight-painter';
import { paragraphStarts, textNodesOf } from './text-offsets';
import { paragraphsOf } from '../../../shared/text/normalize';
import { afterNextPaint } from '../../components/after-paint';

/** An annotation takes the colour of its first label that still exists. */
export function colorOf(annotation: Annotation, labels: ReadonlyMap<string, Label>): LabelColor {
  for (const uid of annotation.labelUids) {
    const label = labels.get(uid);
    if (label) return label.color;
  }
  return UNLABELLED_COLOR;
}

/** Marks when a document's highlights are first painted, and after each later change, for the reader benchmark. */
export const PAINTED_MARK = 'dossier:highlights-painted';

/**
 * Keeps the painter in step with the document's text (a new painter per text) and its annotations
 * (a diff per change). Orphaned annotations have no passage to paint.
 */
export function useHighlights(
  container: RefObject<HTMLDivElement | null>,
  text: string,
  annotations: readonly Annotation[],
  labels: ReadonlyMap<string, Label>,
  selectedUid: string | null,
): RefObject<HighlightPainter | null> {
  const painter = useRef<HighlightPainter | null>(null);
  const starts = useMemo(() => paragraphStarts(paragraphsOf(text)), [text]);

  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const created = new HighlightPainter(textNodesOf(element), starts);
    painter.current = created;
    return () => {
      created.dispose();
      if (painter.current === created) painter.current = null;
    };
  }, [container, starts]);

  const spans = useMemo<PaintedSpan[]>(
    () =>
      annotations.flatMap((annotation) =>
        annotation.passage && annotation.passage.state !== 'orphaned'
          ? [{ uid: annotation.uid, start: annotation.passage.start, end: annotation.passage.end, color: colorOf(annotation, labels) }]
          : [],
      ),
    [annotations, labels],
  );

  useLayoutEffect(() => {
    painter.current?.sync(spans);
    if (spans.length > 0) afterNextPaint(() => performance.mark(PAINTED_MARK, { detail: { highlights: spans.length } }));
  }, [spans, starts]);

  useEffect(() => {
    painter.current?.select(selectedUid);
  }, [selectedUid, spans]);

  return painter;
}
