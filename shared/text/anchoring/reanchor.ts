import { contextIntact, matchInPlace, matchQuote } from './match-quote';
import { mapOffsets, type OffsetMap } from './offset-map';
import { CONTEXT_LENGTH, type Selectors, type TextPosition, type TextQuote } from './selectors';

/**
 * - anchored: the quote is where the edit put it;
 * - moved: the quote is verbatim elsewhere;
 * - changed: text much like the quote, in much the same context, took its place;
 * - orphaned: nothing was found, and the old offsets are kept.
 */
export type AnchorState = 'anchored' | 'moved' | 'changed' | 'orphaned';

export interface ReanchorResult extends TextPosition {
  state: AnchorState;
}

/**
 * Finds an annotated passage in the edited text: at `hint`, where its start should now be (by
 * default its old start); else verbatim elsewhere, in its old context if it can be; else as text
 * much like it in much the same context, by approximate search, near the hint before anywhere.
 */
export function reanchor(previous: Selectors, newText: string, hint: number = previous.start): ReanchorResult {
  return locate(previous, newText, hint);
}

/**
 * Re-anchors every annotation of a text after it changed from `oldText` to `newText`, in order.
 * The edit is diffed once; a passage it left alone is anchored by mapping alone, so only the few
 * passages it touched are searched for. A passage edited where it stands stays there, changed:
 * a verbatim copy of its old quote elsewhere is another passage, which the text held already.
 * Other passages are searched for near where the edit put them, and else only in the text the
 * edit wrote: a passage can only have moved far if it was pasted there.
 */
export function reanchorAll(oldText: string, newText: string, annotations: readonly Selectors[]): ReanchorResult[] {
  const offsets = mapOffsets(oldText, newText);
  return annotations.map((previous) => {
    // Stored offsets are trusted only as far as the old text reaches.
    const start = Math.min(Math.max(previous.start, 0), oldText.length);
    const end = Math.min(Math.max(previous.end, start), oldText.length);
    const range = offsets.mapRange(start, end);
    if (range && range.end > range.start && newText.slice(range.start, range.end) === previous.exact) return { state: 'anchored', ...range };
    const hint = offsets.map(start, 'start');
    if (end > start && oldText.slice(start, end) === previous.exact) {
      const own = editedInPlace(offsets, newText, previous, start, end) ?? matchInPlace(newText, previous, { start: hint, end: Math.max(hint, offsets.map(end, 'end')) });
      if (own) return { state: stateAt(newText, previous.exact, own, hint), ...own };
    }
    return locate(previous, newText, hint, offsets.written);
  });
}

/**
 * Where a passage the edit changed only inside lies: from its first character to its last, both
 * kept, when its context is intact. Much may have changed between them (a sentence cut short, a
 * paragraph pasted in), but this is the passage, as a comment on a range in a word processor
 * follows that range; an edit at its ends is left to the search, which sees how much survived.
 */
function editedInPlace(offsets: OffsetMap, newText: string, previous: Selectors, start: number, end: number): TextPosition | null {
  const first = offsets.mapRange(start, start + lengthOfCharacterAt(previous.exact, 0));
  const last = offsets.mapRange(end - lengthOfCharacterBefore(previous.exact, previous.exact.length), end);
  if (!first || !last || first.end > last.start) return null;
  const range = { start: first.start, end: last.end };
  return contextIntact(newText, previous, range) ? range : null;
}

function lengthOfCharacterAt(text: string, offset: number): number {
  return (text.codePointAt(offset) ?? 0) > 0xffff ? 2 : 1;
}

function lengthOfCharacterBefore(text: string, offset: number): number {
  return offset >= 2 && (text.codePointAt(offset - 2) ?? 0) > 0xffff ? 2 : 1;
}

/** Anchored where expected and verbatim, moved if verbatim elsewhere, else changed. */
function stateAt(newText: string, exact: string, found: TextPosition, hint: number): AnchorState {
  if (newText.slice(found.start, found.end) !== exact) return 'changed';
  return found.start === hint ? 'anchored' : 'moved';
}

function locate(previous: Selectors, newText: string, hint: number, further?: readonly TextPosition[]): ReanchorResult {
  const { exact } = previous;
  const expected = Math.min(Math.max(hint, 0), newText.length);
  if (exact === '') return orphaned(previous);
  if (newText.startsWith(exact, expected)) return { state: 'anchored', start: expected, end: expected + exact.length };
  const verbatim = findVerbatim(newText, previous, expected, further);
  if (verbatim) return { state: 'moved', ...verbatim };
  const similar = matchQuote(newText, previous, expected, further);
  if (!similar) return orphaned(previous);
  return { state: newText.slice(similar.start, similar.end) === exact ? 'moved' : 'changed', ...similar };
}

/**
 * The verbatim quote with the most of its old context, if any of it survives (else only a quote as
 * long as the context, which is telling enough by itself); among equals, one in the text the edit
 * wrote, `written`, where a passage cut and pasted went, rather than a copy the text held already;
 * then the one nearest `hint`.
 */
function findVerbatim(text: string, quote: TextQuote, hint: number, written: readonly TextPosition[] = []): TextPosition | null {
  const { exact, prefix, suffix } = quote;
  let best = -1;
  let bestRank = -1;
  let bestDistance = Infinity;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const end = at + exact.length;
    const context = Number(prefix === '' ? at === 0 : text.endsWith(prefix, at)) + Number(suffix === '' ? end === text.length : text.startsWith(suffix, end));
    const rank = 2 * context + Number(overlapsAny(written, at, end));
    const distance = Math.abs(at - hint);
    if (rank > bestRank || (rank === bestRank && distance < bestDistance)) {
      best = at;
      bestRank = rank;
      bestDistance = distance;
    }
  }
  if (best === -1 || (bestRank < 2 && exact.length < CONTEXT_LENGTH)) return null;
  return { start: best, end: best + exact.length };
}

/** Whether any of `ranges`, ordered and disjoint, shares a character with `[start, end)`. */
function overlapsAny(ranges: readonly TextPosition[], start: number, end: number): boolean {
  let low = 0;
  let high = ranges.length;
  // The first range ending after `start`.
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ranges[middle]!.end <= start) low = middle + 1;
    else high = middle;
  }
  const range = ranges[low];
  return range !== undefined && range.start < end;
}

function orphaned(previous: Selectors): ReanchorResult {
  return { state: 'orphaned', start: previous.start, end: previous.end };
}
