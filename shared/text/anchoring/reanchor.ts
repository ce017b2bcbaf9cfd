import { matchQuote } from './match-quote';
import { mapOffsets } from './offset-map';
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
 * passages it touched are searched for. Those are searched for near where the edit put them, and
 * else only in the text the edit wrote: a passage can only have moved far if it was pasted there.
 */
export function reanchorAll(oldText: string, newText: string, annotations: readonly Selectors[]): ReanchorResult[] {
  const offsets = mapOffsets(oldText, newText);
  return annotations.map((previous) => {
    // Stored offsets are trusted only as far as the old text reaches.
    const start = Math.min(Math.max(previous.start, 0), oldText.length);
    const end = Math.min(Math.max(previous.end, start), oldText.length);
    const range = offsets.mapRange(start, end);
    if (range && range.end > range.start && newText.slice(range.start, range.end) === previous.exact) return { state: 'anchored', ...range };
    return locate(previous, newText, offsets.map(start, 'start'), offsets.written);
  });
}

function locate(previous: Selectors, newText: string, hint: number, further?: readonly TextPosition[]): ReanchorResult {
  const { exact } = previous;
  const expected = Math.min(Math.max(hint, 0), newText.length);
  if (exact === '') return orphaned(previous);
  if (newText.startsWith(exact, expected)) return { state: 'anchored', start: expected, end: expected + exact.length };
  const verbatim = findVerbatim(newText, previous, expected);
  if (verbatim) return { state: 'moved', ...verbatim };
  const similar = matchQuote(newText, previous, expected, further);
  if (!similar) return orphaned(previous);
  return { state: newText.slice(similar.start, similar.end) === exact ? 'moved' : 'changed', ...similar };
}

/**
 * The verbatim quote nearest `hint` among those with the most of their old context, if any of it
 * survives; else only a quote as long as the context, which is telling enough by itself.
 */
function findVerbatim(text: string, quote: TextQuote, hint: number): TextPosition | null {
  const { exact, prefix, suffix } = quote;
  let best = -1;
  let bestContext = 0;
  let bestDistance = Infinity;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const end = at + exact.length;
    const context = Number(prefix === '' ? at === 0 : text.endsWith(prefix, at)) + Number(suffix === '' ? end === text.length : text.startsWith(suffix, end));
    const distance = Math.abs(at - hint);
    if (best === -1 || context > bestContext || (context === bestContext && distance < bestDistance)) {
      best = at;
      bestContext = context;
      bestDistance = distance;
    }
  }
  if (best === -1 || (bestContext === 0 && exact.length < CONTEXT_LENGTH)) return null;
  return { start: best, end: best + exact.length };
}

function orphaned(previous: Selectors): ReanchorResult {
  return { state: 'orphaned', start: previous.start, end: previous.end };
}
