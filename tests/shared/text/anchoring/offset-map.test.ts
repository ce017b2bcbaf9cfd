import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapOffsets } from '../../../../shared/text/anchoring';

const OLD = 'Among the most important are the border crossing closuresboth vehicular and for trains.';
const FIXED = OLD.replace('closuresboth', 'closures both');
const GLUE = OLD.indexOf('both');

describe('mapOffsets', () => {
  it('maps every offset to itself when nothing changed', () => {
    const offsets = mapOffsets(OLD, OLD);
    for (const offset of [0, 5, OLD.length]) {
      expect(offsets.map(offset, 'start')).toBe(offset);
      expect(offsets.map(offset, 'end')).toBe(offset);
    }
    expect(offsets.touched(0, OLD.length)).toBe(false);
    expect(offsets.written).toEqual([]);
  });

  it('shifts offsets after an insertion and keeps those before it', () => {
    const offsets = mapOffsets(OLD, FIXED);
    expect(offsets.map(3, 'start')).toBe(3);
    expect(offsets.map(OLD.indexOf('vehicular'), 'start')).toBe(FIXED.indexOf('vehicular'));
    expect(offsets.map(OLD.length, 'end')).toBe(FIXED.length);
    expect(offsets.written).toEqual([{ start: GLUE, end: GLUE + 1 }]);
  });

  it('keeps an insertion right at a range’s edge outside the range', () => {
    const offsets = mapOffsets(OLD, FIXED);
    // "closures" ends where the space goes in, "both" starts there.
    expect(offsets.map(GLUE, 'end')).toBe(GLUE);
    expect(offsets.map(GLUE, 'start')).toBe(GLUE + 1);
    expect(offsets.touched(OLD.indexOf('closures'), GLUE)).toBe(false);
    expect(offsets.touched(GLUE, GLUE + 4)).toBe(false);
  });

  it('counts an insertion strictly inside a range as touching it', () => {
    const offsets = mapOffsets(OLD, FIXED);
    expect(offsets.touched(OLD.indexOf('closuresboth'), GLUE + 4)).toBe(true);
    expect(offsets.touched(GLUE - 1, GLUE + 1)).toBe(true);
    expect(offsets.mapRange(GLUE - 1, GLUE + 1)).toBeNull();
  });

  it('counts replaced or deleted characters within a range as touching it, and not those beside it', () => {
    const old = 'alpha beta gamma delta';
    const replaced = mapOffsets(old, 'alpha BETA gamma delta');
    expect(replaced.touched(6, 10)).toBe(true);
    expect(replaced.touched(9, 16)).toBe(true);
    expect(replaced.touched(0, 6)).toBe(false);
    expect(replaced.touched(10, 16)).toBe(false);
    expect(replaced.map(10, 'start')).toBe(10);
    const deleted = mapOffsets(old, 'alpha gamma delta');
    expect(deleted.touched(4, 7)).toBe(true);
    expect(deleted.touched(0, 6)).toBe(false);
    expect(deleted.touched(11, 16)).toBe(false);
    expect(deleted.map(11, 'start')).toBe(6);
    expect(deleted.written).toEqual([]);
  });

  it('maps offsets inside replaced text in proportion, and inside deleted text to where it was', () => {
    const offsets = mapOffsets('ab0123456789yz', 'abABCDEyz');
    expect(offsets.map(2, 'start')).toBe(2);
    expect(offsets.map(7, 'start')).toBe(4);
    expect(offsets.map(7, 'end')).toBe(5);
    expect(offsets.map(12, 'end')).toBe(7);
    const deleted = mapOffsets('ab0123456789yz', 'abyz');
    expect(deleted.map(7, 'start')).toBe(2);
    expect(deleted.map(7, 'end')).toBe(2);
  });

  it('places an edit beside text that repeats it where it leaves the range alone', () => {
    const old = 'We saw the the cat.';
    const offsets = mapOffsets(old, 'We saw the cat.');
    const second = old.indexOf('the cat');
    // The diff deletes the second "the ", inside the quote; deleting the first gives the same text.
    expect(offsets.touched(second, second + 7)).toBe(true);
    expect(offsets.mapRange(second, second + 7)).toEqual({ start: 7, end: 14 });
    expect(offsets.mapRange(7, 10)).toEqual({ start: 7, end: 10 });
  });

  it('never places an edit between the halves of an astral character', () => {
    // 𝔇 and 𝔛 are each two code units, and share the first.
    const old = 'The 𝔇 of it';
    const edited = 'The 𝔛𝔇 of it';
    const offsets = mapOffsets(old, edited);
    expect(offsets.written).toEqual([{ start: 4, end: 6 }]);
    expect(offsets.touched(4, 6)).toBe(false);
    expect(offsets.mapRange(4, 6)).toEqual({ start: 6, end: 8 });
  });

  it('finds each of several edits through a long text', () => {
    const paragraphs = Array.from({ length: 40 }, (_, index) => `Paragraph ${index} says the council met and voted on item ${index}.`);
    const old = paragraphs.join('\n\n');
    const edited = paragraphs.map((paragraph, index) => (index % 7 === 3 ? paragraph.replace('voted', 'voted twice') : paragraph)).join('\n\n');
    const offsets = mapOffsets(old, edited);
    expect(offsets.written).toHaveLength(6);
    paragraphs.forEach((paragraph, index) => {
      const start = old.indexOf(paragraph);
      const twice = index % 7 === 3;
      // An edited paragraph keeps everything up to "voted"; the others are kept whole.
      const end = twice ? old.indexOf('voted', start) + 'voted'.length : start + paragraph.length;
      expect(offsets.touched(start, end)).toBe(false);
      expect(offsets.touched(start, start + paragraph.length)).toBe(twice);
      const mapped = offsets.mapRange(start, end);
      expect(mapped && edited.slice(mapped.start, mapped.end)).toBe(old.slice(start, end));
    });
  });

  it('finds edits precisely in a long stretch where they run together', () => {
    // One line of some 30,000 characters with an edit at each end is diffed word by word first.
    const filler = Array.from({ length: 3000 }, (_, index) => `word${index}`).join(' ');
    const old = `Start here. ${filler} met the National López a Secretary of State.`;
    const edited = old.replace('Start', 'Begin').replace('National López', 'NationalZZpez').replace('State', 'state');
    const offsets = mapOffsets(old, edited);
    const quote = old.indexOf('ez a Secretary');
    expect(offsets.mapRange(quote, quote + 14)).toEqual({ start: edited.indexOf('ez a Secretary'), end: edited.indexOf('ez a Secretary') + 14 });
    expect(offsets.mapRange(old.indexOf('word0'), old.indexOf(' met'))).toEqual({ start: edited.indexOf('word0'), end: edited.indexOf(' met') });
    expect(offsets.written).toEqual([
      { start: 0, end: 5 },
      { start: edited.indexOf('ZZ'), end: edited.indexOf('ZZ') + 2 },
      { start: edited.indexOf('state'), end: edited.indexOf('state') + 1 },
    ]);
  });

  it('refuses offsets outside the old text', () => {
    const offsets = mapOffsets(OLD, FIXED);
    expect(() => offsets.map(-1, 'start')).toThrow(RangeError);
    expect(() => offsets.map(OLD.length + 1, 'end')).toThrow(RangeError);
    expect(() => offsets.touched(5, 4)).toThrow(RangeError);
    expect(() => offsets.mapRange(0, OLD.length + 1)).toThrow(RangeError);
  });
});

describe('mapOffsets on arbitrary edits', () => {
  // A small alphabet makes repeats, and so ambiguous diffs, common.
  const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', 'é', '𝔄'), maxLength: 60 });
  const edits = fc.array(fc.tuple(fc.nat(), fc.nat({ max: 6 }), text.map((inserted) => inserted.slice(0, 6))), { minLength: 1, maxLength: 4 });

  function edit(old: string, changes: readonly [number, number, string][]): string {
    return changes.reduce((current, [at, length, inserted]) => {
      const start = at % (current.length + 1);
      return current.slice(0, start) + inserted + current.slice(start + length);
    }, old);
  }

  it('maps a range no edit touched onto the same text, and in order', () => {
    fc.assert(
      fc.property(text, edits, (old, changes) => {
        const next = edit(old, changes);
        const offsets = mapOffsets(old, next);
        expect(offsets.map(0, 'end')).toBe(0);
        expect(offsets.map(old.length, 'start')).toBe(next.length);
        for (let start = 0; start <= old.length; start++) {
          if (start > 0) expect(offsets.map(start, 'start')).toBeGreaterThanOrEqual(offsets.map(start - 1, 'start'));
          if (start > 0) expect(offsets.map(start, 'end')).toBeGreaterThanOrEqual(offsets.map(start - 1, 'end'));
          for (let end = start + 1; end <= old.length; end++) {
            const quote = old.slice(start, end);
            expect(offsets.map(start, 'start')).toBeLessThanOrEqual(offsets.map(end, 'end'));
            if (!offsets.touched(start, end)) expect(next.slice(offsets.map(start, 'start'), offsets.map(end, 'end'))).toBe(quote);
            const mapped = offsets.mapRange(start, end);
            if (mapped) expect(next.slice(mapped.start, mapped.end)).toBe(quote);
            else expect(offsets.touched(start, end)).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('writes exactly the text that is new', () => {
    fc.assert(
      fc.property(text, edits, (old, changes) => {
        const next = edit(old, changes);
        const { written } = mapOffsets(old, next);
        const kept = written.reduceRight((rest, range) => rest.slice(0, range.start) + rest.slice(range.end), next);
        expect(kept.length).toBeLessThanOrEqual(old.length);
        // What the edit did not write is old text, in order.
        let from = 0;
        for (const char of kept) {
          from = old.indexOf(char, from) + 1;
          expect(from).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});
