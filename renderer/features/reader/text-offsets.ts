/**
 * Maps between UTF-16 offsets into a document's stored text and DOM positions in DocumentText,
 * where paragraph i is the `<p data-start>` whose only child is that paragraph's text node and
 * paragraphs are separated in the stored text by one blank line ("\n\n").
 */

export interface TextSpan {
  start: number;
  end: number;
}

export function paragraphStarts(paragraphs: readonly string[]): number[] {
  const starts: number[] = [];
  let at = 0;
  for (const paragraph of paragraphs) {
    starts.push(at);
    at += paragraph.length + 2;
  }
  return starts;
}

/** The paragraph holding `offset`: the last whose start is at or before it. */
function paragraphAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

function paragraphElement(node: Node | null, container: HTMLElement): HTMLElement | null {
  let current: Node | null = node;
  while (current && current !== container) {
    if (current instanceof HTMLElement && current.dataset.start !== undefined) return current;
    current = current.parentNode;
  }
  return null;
}

/** The stored-text offset of a DOM point inside `container`, or null when it lies outside. */
export function offsetOfPoint(container: HTMLElement, node: Node, offset: number): number | null {
  if (!container.contains(node)) return null;
  const paragraph = paragraphElement(node, container);
  if (paragraph) {
    const start = Number(paragraph.dataset.start);
    const length = paragraph.textContent?.length ?? 0;
    if (node.nodeType === Node.TEXT_NODE) return start + offset;
    // A point on the <p> itself: before or after its text.
    return start + (offset === 0 ? 0 : length);
  }
  // A point between paragraphs: the start of the paragraph that follows, or the end of the text.
  const paragraphs = container.querySelectorAll<HTMLElement>('[data-start]');
  const next = container.childNodes[offset];
  if (next instanceof HTMLElement && next.dataset.start !== undefined) return Number(next.dataset.start);
  const last = paragraphs[paragraphs.length - 1];
  return last ? Number(last.dataset.start) + (last.textContent?.length ?? 0) : 0;
}

/** The span a DOM selection covers, or null when it is collapsed or outside the text. */
export function spanOfRange(container: HTMLElement, range: Range): TextSpan | null {
  if (range.collapsed) return null;
  const start = offsetOfPoint(container, range.startContainer, range.startOffset);
  const end = offsetOfPoint(container, range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** A DOM range over a span, clamped to the text; paragraphs in between are covered whole. */
export function rangeOfSpan(textNodes: readonly Text[], starts: readonly number[], span: TextSpan): StaticRange | null {
  if (textNodes.length === 0) return null;
  const point = (offset: number, bias: 'start' | 'end'): [number, number] => {
    let index = paragraphAt(starts, offset);
    let within = offset - starts[index]!;
    const length = textNodes[index]!.length;
    if (within > length) {
      // The offset falls in the blank line after this paragraph.
      if (bias === 'start' && index + 1 < textNodes.length) {
        index += 1;
        within = 0;
      } else within = length;
    }
    return [index, Math.max(0, within)];
  };
  const [first, startOffset] = point(span.start, 'start');
  const [last, endOffset] = point(span.end, 'end');
  if (first > last || (first === last && startOffset >= endOffset)) return null;
  // Static, not live: the browser updates every live Range on each change to the page, which with
  // thousands of highlights made any DOM change slow. The painter is rebuilt when the text changes.
  return new StaticRange({ startContainer: textNodes[first]!, startOffset, endContainer: textNodes[last]!, endOffset });
}

/** The text nodes of the rendered paragraphs, in order (an empty paragraph gets none). */
export function textNodesOf(container: HTMLElement): Text[] {
  return [...container.querySelectorAll<HTMLElement>('[data-start]')].map((paragraph) => {
    const first = paragraph.firstChild;
    if (first instanceof Text) return first;
    const empty = document.createTextNode('');
    paragraph.appendChild(empty);
    return empty;
  });
}
