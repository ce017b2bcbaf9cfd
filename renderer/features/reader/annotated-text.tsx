import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { Label } from '../../../shared/model/annotation';
import { useAnnotations, useLabels, useMentions, useStores } from '../../stores/stores-context';
import { ContextMenu } from '../../components/context-menu';
import { DocumentText } from './document-text';
import { SelectionToolbar, type PendingSelection } from './selection-toolbar';
import { offsetOfPoint, spanOfRange } from './text-offsets';
import { useHighlights } from './use-highlights';
import { usePassageFlash } from './use-passage-flash';
import { useMentionMarks } from './use-mention-marks';

/** The caret position under a pointer, in whichever form this engine offers. */
function pointAt(x: number, y: number): { node: Node; offset: number } | null {
  const withPosition = document as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  const position = withPosition.caretPositionFromPoint?.(x, y);
  if (position) return { node: position.offsetNode, offset: position.offset };
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/**
 * The document text with its highlights, the toolbar for a new selection, and clicks on highlights.
 * Overlapping highlights stay individually clickable: each click at the same spot selects the next
 * annotation covering it, innermost first.
 */
export function AnnotatedText({ text, language }: { text: string; language: string | null }) {
  const { annotations: store } = useStores();
  const items = useAnnotations((state) => state.items);
  const selectedUid = useAnnotations((state) => state.selectedUid);
  const flash = useAnnotations((state) => state.flash);
  const labelList = useLabels((state) => state.labels);
  const labels = useMemo(() => new Map<string, Label>(labelList.map((label) => [label.uid, label])), [labelList]);
  const container = useRef<HTMLDivElement>(null);
  const painter = useHighlights(container, text, items, labels, selectedUid);
  usePassageFlash(painter);
  const mentions = useMentions((state) => state.items);
  useMentionMarks(container, text, mentions);
  const [pending, setPending] = useState<PendingSelection | null>(null);

  const readSelection = useCallback(() => {
    const element = container.current;
    const selection = window.getSelection();
    if (!element || !selection || selection.rangeCount === 0 || selection.isCollapsed) {
      setPending(null);
      return;
    }
    const range = selection.getRangeAt(0);
    const span = spanOfRange(element, range);
    if (!span) {
      setPending(null);
      return;
    }
    const exact = text.slice(span.start, span.end);
    if (exact.trim() === '') {
      setPending(null);
      return;
    }
    const rect = range.getBoundingClientRect();
    setPending({ ...span, exact, rect: { top: rect.top, left: rect.left, width: rect.width, bottom: rect.bottom } });
  }, [text]);

  useEffect(() => {
    const onChange = () => {
      // Typing in the toolbar's label picker moves the selection into its input; the passage stays chosen.
      if (document.activeElement?.closest('.selection-toolbar')) return;
      const selection = window.getSelection();
      if (!selection || selection.isCollapsed) setPending(null);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, []);

  useEffect(() => {
    if (!flash) return;
    const range = painter.current?.rangeOf(flash.uid);
    const target = range?.startContainer.parentElement;
    if (!range || !target) return;
    target.scrollIntoView({ block: 'center', behavior: 'smooth' });
    painter.current?.flash(flash.uid);
  }, [flash, painter]);

  /** The annotations painted under a pointer, innermost first, and the text offset there. */
  const coveringAt = (x: number, y: number) => {
    const element = container.current;
    const point = element && pointAt(x, y);
    const offset = point && offsetOfPoint(element, point.node, point.offset);
    if (offset === null || offset === undefined) return null;
    const covering = items
      .filter((item) => item.passage && item.passage.state !== 'orphaned' && item.passage.start <= offset && offset < item.passage.end)
      .sort((a, b) => a.passage!.end - a.passage!.start - (b.passage!.end - b.passage!.start));
    return { offset, covering };
  };

  const [menu, setMenu] = useState<{ x: number; y: number; uid: string } | null>(null);
  const onContextMenu = (event: MouseEvent<HTMLDivElement>) => {
    if (!window.getSelection()?.isCollapsed) return;
    const hit = coveringAt(event.clientX, event.clientY);
    const chosen = hit?.covering[0];
    if (!chosen) return;
    event.preventDefault();
    store.getState().select(chosen.uid);
    setMenu({ x: event.clientX, y: event.clientY, uid: chosen.uid });
  };

  const lastClick = useRef<{ offset: number; uid: string } | null>(null);
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (!window.getSelection()?.isCollapsed) return;
    const hit = coveringAt(event.clientX, event.clientY);
    if (!hit || hit.covering.length === 0) return;
    const { offset, covering } = hit;
    const previous = lastClick.current;
    const index = previous && Math.abs(previous.offset - offset) <= 1 ? (covering.findIndex((item) => item.uid === previous.uid) + 1) % covering.length : 0;
    const chosen = covering[index]!;
    lastClick.current = { offset, uid: chosen.uid };
    store.getState().select(chosen.uid);
  };

  return (
    <div className="annotated-text" onMouseUp={readSelection} onKeyUp={readSelection} onClick={onClick} onContextMenu={onContextMenu}>
      <DocumentText ref={container} text={text} language={language} />
      {pending && <SelectionToolbar key={`${pending.start}:${pending.end}`} selection={pending} onDone={() => setPending(null)} />}
      {menu && (
        <ContextMenu
          x={menu.x}
          y={menu.y}
          label="Highlight actions"
          onClose={() => setMenu(null)}
          items={[
            { label: 'Edit note', run: () => store.getState().setEditing(menu.uid) },
            { label: 'Labels…', run: () => store.getState().setLabelsOpen(menu.uid) },
            { label: 'Delete', run: () => void store.getState().remove([menu.uid]) },
          ]}
        />
      )}
    </div>
  );
}
