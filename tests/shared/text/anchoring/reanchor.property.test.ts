import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeRange, reanchorAll, type Selectors } from '../../../../shared/text/anchoring';

/** Words that repeat, with accents and astral characters, so that quotes recur and diffs can tie. */
const WORDS = ['the', 'council', 'budget', 'mayor', 'vote', 'water', 'street', 'café', 'año', 'naïve', '𝔄lcalde', 'of', 'a', 'met', 'on'];
const SEPARATORS = [' ', ' ', ' ', ', ', '. ', '.\n\n'];

const words = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { minLength: 4, maxLength: 50 });
const spans = fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 })), { minLength: 1, maxLength: 6 });
/** Characters that each appear at most once in a document, none of them white space or foreign. */
const DISTINCT = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPRSTUVWY01234568éñüø𝔄𝔅𝔇𝔈'];
const distinct = fc.tuple(
  fc.shuffledSubarray(DISTINCT, { minLength: 6 }),
  fc.array(fc.constantFrom('', '', ' ', '\n\n'), { minLength: DISTINCT.length, maxLength: DISTINCT.length }),
);

const editOf = (text: fc.Arbitrary<string>) => fc.record({ at: fc.nat(), length: fc.nat({ max: 12 }), text });
/** Text like the document's, which can repeat what is beside it. */
const familiar = fc.array(fc.constantFrom(...WORDS, ...SEPARATORS), { maxLength: 5 }).map((parts) => parts.join(''));
/** Text in characters the document never uses, which no diff can mistake for it (though 𝔛 shares its first code unit with 𝔄). */
const foreign = fc.string({ unit: fc.constantFrom('Q', 'X', 'Z', '7', '9', '𝔛'), maxLength: 8 });
const edits = fc.array(editOf(familiar), { minLength: 1, maxLength: 5 });

interface Document {
  /** The text as characters (code points), so that spans and edits never cut an astral one. */
  chars: string[];
  annotations: Array<{ from: number; to: number }>;
}

function documentOf(parts: readonly (readonly [string, string])[], raw: readonly [number, number][]): Document {
  const chars = [...parts.map(([word, separator]) => word + separator).join('').trim()];
  const annotations = raw.map(([at, length]) => {
    let from = at % chars.length;
    let to = Math.min(chars.length, from + 1 + length);
    // As trimToContent leaves them: no white space at either end.
    while (from < to && /\s/.test(chars[from]!)) from++;
    while (to > from && /\s/.test(chars[to - 1]!)) to--;
    return { from, to };
  });
  return { chars, annotations: annotations.filter(({ from, to }) => from < to) };
}

/** UTF-16 offsets of each character boundary. */
function offsetsOf(chars: readonly string[]): number[] {
  const offsets = [0];
  for (const char of chars) offsets.push(offsets.at(-1)! + char.length);
  return offsets;
}

function selectorsOf({ chars, annotations }: Document): Selectors[] {
  const text = chars.join('');
  const offsets = offsetsOf(chars);
  return annotations.map(({ from, to }) => describeRange(text, offsets[from]!, offsets[to]!));
}

type Edit = { from: number; to: number; text: string };

/**
 * The edits, placed by their raw numbers, that neither overlap nor meet each other and, when
 * `avoid` is set, touch no annotation: they delete no annotated character and insert nothing inside one.
 */
function placed(document: Document, raw: readonly { at: number; length: number; text: string }[], avoid: boolean): Edit[] {
  const size = document.chars.length;
  const kept: Edit[] = [];
  for (const { at, length, text } of raw) {
    const from = at % (size + 1);
    let to = Math.min(size, from + length);
    if (avoid) {
      if (document.annotations.some((span) => from > span.from && from < span.to)) continue;
      const blocking = document.annotations.filter((span) => span.from >= from && span.from < to).map((span) => span.from);
      to = Math.min(to, ...blocking);
      if (document.annotations.some((span) => from >= span.from && from < span.to) && to > from) continue;
    }
    if (kept.some((edit) => from < edit.to && to > edit.from) || kept.some((edit) => edit.from === from || edit.to === from || edit.from === to)) continue;
    kept.push({ from, to, text });
  }
  return kept.sort((a, b) => b.from - a.from);
}

function applied(chars: readonly string[], edits: readonly Edit[]): string {
  const next = [...chars];
  for (const edit of edits) next.splice(edit.from, edit.to - edit.from, ...edit.text);
  return next.join('');
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('reanchorAll on random edits', () => {
  function expectAllAnchored(document: Document, rawEdits: readonly { at: number; length: number; text: string }[]) {
    const previous = selectorsOf(document);
    const newText = applied(document.chars, placed(document, rawEdits, true));
    reanchorAll(document.chars.join(''), newText, previous).forEach((result, index) => {
      expect(result.state).toBe('anchored');
      expect(newText.slice(result.start, result.end)).toBe(previous[index]!.exact);
    });
  }

  it('keeps every annotation that an edit left alone anchored on exactly its quote', () => {
    // One edit, even one repeating the text beside it: the diff finds it, give or take a slide.
    fc.assert(
      fc.property(words, spans, editOf(familiar), (parts, raw, edit) => expectAllAnchored(documentOf(parts, raw), [edit])),
      { numRuns: 200 },
    );
  });

  it('keeps every annotation that several edits left alone anchored on exactly its quote', () => {
    // Several edits in text that repeats itself can have more than one shortest account: deleting
    // "the the coun" and inserting after the next "c" gives what deleting "the the " and replacing
    // "ounc" does, and only the first leaves that "c" alone (the quote is then found as moved).
    // In text whose characters do not repeat, with new text in other characters, the account is one.
    fc.assert(
      fc.property(distinct, spans, fc.array(editOf(foreign), { minLength: 2, maxLength: 5 }), ([chars, separators], raw, several) =>
        expectAllAnchored(
          documentOf(
            chars.map((char, index) => [char, separators[index]!] as const),
            raw,
          ),
          several,
        ),
      ),
      { numRuns: 200 },
    );
  });

  it('never loses an annotation, whatever the edits do to it', () => {
    fc.assert(
      fc.property(words, spans, edits, (parts, raw, rawEdits) => {
        const document = documentOf(parts, raw);
        const previous = selectorsOf(document);
        const oldText = document.chars.join('');
        const newText = applied(document.chars, placed(document, rawEdits, false));
        const results = reanchorAll(oldText, newText, previous);
        expect(results).toHaveLength(previous.length);
        results.forEach((result, index) => {
          const before = previous[index]!;
          if (result.state === 'orphaned') {
            expect(result).toEqual({ state: 'orphaned', start: before.start, end: before.end });
            return;
          }
          expect(result.start).toBeGreaterThanOrEqual(0);
          expect(result.end).toBeLessThanOrEqual(newText.length);
          expect(result.end).toBeGreaterThan(result.start);
          const quote = newText.slice(result.start, result.end);
          expect(quote).not.toMatch(LONE_SURROGATE);
          if (result.state === 'changed') expect(quote).not.toBe(before.exact);
          else expect(quote).toBe(before.exact);
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('reanchorAll on an edit and its undo', () => {
  /** Sentences that recur word for word, as in articles that quote a statement twice. */
  const SENTENCES = [
    'Neither side offered figures, but aides described the talks as frank.',
    'The council met on Monday.',
    'The mayor voted against the budget of the café.',
    '𝔄lcalde Ruiz said the año was naïve.',
  ];
  const sentences = fc.array(fc.tuple(fc.constantFrom(...SENTENCES), fc.constantFrom(' ', '\n\n')), { minLength: 2, maxLength: 8 });
  /** Word soup or repeated sentences, as (piece, separator) pairs. */
  const texts = fc.oneof(words, sentences);
  /** One edit; `inside` places it within an annotation, its first and last characters kept. */
  const single = fc.record({ at: fc.nat(), length: fc.nat({ max: 12 }), text: fc.oneof(foreign, familiar), inside: fc.boolean() });

  function placedOne(document: Document, { at, length, text, inside }: { at: number; length: number; text: string; inside: boolean }): Edit {
    const roomy = document.annotations.filter((span) => span.to - span.from > 2);
    if (inside && roomy.length > 0) {
      const span = roomy[at % roomy.length]!;
      const from = span.from + 1 + (at % (span.to - span.from - 2));
      return { from, to: Math.min(span.to - 1, from + length), text };
    }
    const from = at % (document.chars.length + 1);
    return { from, to: Math.min(document.chars.length, from + length), text };
  }

  /**
   * Whether the diff can only place the edit where it was made: the texts share no more at either
   * end than the edit left, measured each end on its own, so that it cannot slide ("the the" to
   * "the") nor shrink (replacing "ab" with "ac").
   */
  function oneAccount(oldText: string, newText: string, edit: { start: number; end: number }): boolean {
    const shorter = Math.min(oldText.length, newText.length);
    let head = 0;
    while (head < shorter && oldText[head] === newText[head]) head++;
    let tail = 0;
    while (tail < shorter && oldText[oldText.length - 1 - tail] === newText[newText.length - 1 - tail]) tail++;
    return head === edit.start && oldText.length - tail === edit.end;
  }

  /** As the core stores them after an edit, none of them lost: quote and context refreshed. */
  function followed(oldText: string, newText: string, annotations: readonly Selectors[]): Selectors[] {
    return reanchorAll(oldText, newText, annotations).map((result) => {
      expect(['anchored', 'changed']).toContain(result.state);
      return describeRange(newText, result.start, result.end);
    });
  }

  it('puts every annotation whose ends the edit kept back where it was', () => {
    // An edit that takes an annotation's first or last character loses what the undo would need
    // (the quote is refreshed without it), and one the diff could place elsewhere ("the the" to
    // "the") is ambiguous: which copy went no text can tell. Every other annotation comes back.
    fc.assert(
      fc.property(texts, spans, single, (parts, raw, rawEdit) => {
        const document = documentOf(parts, raw);
        const edit = placedOne(document, rawEdit);
        const oldText = document.chars.join('');
        const newText = applied(document.chars, [edit]);
        const units = offsetsOf(document.chars);
        fc.pre(oneAccount(oldText, newText, { start: units[edit.from]!, end: units[edit.to]! }));
        const kept = document.annotations.map(({ from, to }) => !(edit.from <= from && from < edit.to) && !(edit.from <= to - 1 && to - 1 < edit.to));
        const previous = selectorsOf(document).filter((_, index) => kept[index]);
        const back = reanchorAll(newText, oldText, followed(oldText, newText, previous));
        back.forEach((result, index) => {
          expect(['anchored', 'changed']).toContain(result.state);
          expect({ start: result.start, end: result.end }).toEqual({ start: previous[index]!.start, end: previous[index]!.end });
        });
      }),
      { numRuns: 500 },
    );
  });
});
