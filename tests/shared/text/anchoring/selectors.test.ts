import { describe, expect, it } from 'vitest';
import { describeRange, trimToContent } from '../../../../shared/text/anchoring';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const TEXT = 'The council met on Tuesday to approve the budget for the coming fiscal year, after a long debate.';

describe('describeRange', () => {
  it('quotes the range with up to 32 characters of context on each side', () => {
    const start = TEXT.indexOf('the budget');
    const selectors = describeRange(TEXT, start, start + 'the budget'.length);
    expect(selectors).toEqual({
      exact: 'the budget',
      prefix: TEXT.slice(start - 32, start),
      suffix: ' for the coming fiscal year, aft',
      start,
      end: start + 10,
    });
    expect(selectors.prefix).toHaveLength(32);
  });

  it('has an empty prefix at the start of the text and an empty suffix at its end', () => {
    expect(describeRange(TEXT, 0, 3)).toMatchObject({ exact: 'The', prefix: '', suffix: TEXT.slice(3, 35) });
    expect(describeRange(TEXT, TEXT.length - 7, TEXT.length)).toMatchObject({ exact: 'debate.', prefix: TEXT.slice(-39, -7), suffix: '' });
    expect(describeRange('word', 0, 4)).toEqual({ exact: 'word', prefix: '', suffix: '', start: 0, end: 4 });
  });

  it('keeps short context near the edges whole', () => {
    expect(describeRange(TEXT, 4, 11)).toMatchObject({ exact: 'council', prefix: 'The ', suffix: TEXT.slice(11, 43) });
  });

  it('counts UTF-16 code units and never cuts an astral character out of the context', () => {
    // 𝔄 (U+1D504) is two code units; é, in NFC, is one.
    const text = `${'𝔄'.repeat(20)} café «résumé» ${'𝔄'.repeat(20)}`;
    const start = text.indexOf('café');
    const selectors = describeRange(text, start, start + 4);
    expect(selectors.exact).toBe('café');
    expect(start).toBe(41);
    // 32 units back would land between the halves of a 𝔄, so the prefix takes 31.
    expect(selectors.prefix).toBe(`${'𝔄'.repeat(15)} `);
    expect(selectors.suffix).toBe(` «résumé» ${'𝔄'.repeat(11)}`);
    for (const context of [selectors.prefix, selectors.suffix]) expect(context).not.toMatch(LONE_SURROGATE);
  });

  it('quotes astral characters and accents whole when the range covers them', () => {
    const text = 'Señor 𝔄lcalde dijo: sí.';
    const start = text.indexOf('𝔄');
    expect(describeRange(text, start, start + '𝔄lcalde'.length)).toMatchObject({ exact: '𝔄lcalde', prefix: 'Señor ', suffix: ' dijo: sí.' });
  });

  it.each([
    [0, 0],
    [5, 4],
    [-1, 3],
    [0, TEXT.length + 1],
    [1.5, 3],
    [Number.NaN, 3],
  ])('refuses [%s, %s) with a RangeError', (start, end) => {
    expect(() => describeRange(TEXT, start, end)).toThrow(RangeError);
  });
});

describe('trimToContent', () => {
  it('drops white space at both ends of a selection', () => {
    const text = 'First paragraph.\n\n  Second\u00a0paragraph here.';
    const start = text.indexOf('.') + 1;
    expect(trimToContent(text, start, text.indexOf(' here'))).toEqual({ start: text.indexOf('Second'), end: text.indexOf(' here') });
    expect(trimToContent(text, text.indexOf('paragraph here') - 1, text.length)).toEqual({ start: text.indexOf('paragraph here'), end: text.length });
  });

  it('keeps a selection without white space at its ends as it is, inner spaces included', () => {
    expect(trimToContent(TEXT, 4, 18)).toEqual({ start: 4, end: 18 });
  });

  it('returns null when only white space, or nothing, is selected', () => {
    const text = 'One.\n\n \u00a0\tTwo.';
    expect(trimToContent(text, 4, 9)).toBeNull();
    expect(trimToContent(text, 3, 3)).toBeNull();
    expect(trimToContent(' ', 0, 1)).toBeNull();
  });

  it('refuses ranges outside the text', () => {
    expect(() => trimToContent(TEXT, 5, 4)).toThrow(RangeError);
    expect(() => trimToContent(TEXT, -1, 4)).toThrow(RangeError);
    expect(() => trimToContent(TEXT, 0, TEXT.length + 1)).toThrow(RangeError);
  });
});
