import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { corpusFiles } from '../../helpers/corpus';
import { normalizeText, countWords } from '../../../shared/text/normalize';
import { articleFromLines } from '../../../main/core/import/article';
import { isBareDate, splitOutletSuffix } from '../../../main/core/import/title';

describe('normalizeText', () => {
  it('removes the BOM, unifies line ends, trims lines and collapses blank runs', () => {
    expect(normalizeText('\uFEFFTitle  \r\n\r\n\r\n\r\nFirst line \rsecond\t\n\n\n  Third  \n\n')).toBe('Title\n\nFirst line\nsecond\n\nThird');
  });

  it('composes accents (NFC) so that offsets and search agree', () => {
    const decomposed = 'Ba\u0301rcena';
    expect(normalizeText(decomposed)).toBe('Bárcena');
    expect(normalizeText(decomposed)).toHaveLength(7);
  });

  it('counts words in English and Spanish', () => {
    expect(countWords('La canciller Alicia Bárcena se reunió con Blinken.')).toBe(8);
    expect(countWords("Sherwood-Randall's 2,000 U.S. officials don’t e-mail")).toBe(8);
  });

  it('counts words as Intl.Segmenter does, within 1% on the sample corpus', () => {
    const segmenter = new Intl.Segmenter('und', { granularity: 'word' });
    for (const file of corpusFiles) {
      const text = readFileSync(file, 'utf8');
      const expected = [...segmenter.segment(text)].filter((segment) => segment.isWordLike).length;
      expect(Math.abs(countWords(text) - expected)).toBeLessThanOrEqual(expected / 100);
    }
  });
});

describe('titles', () => {
  it('recognises bare dates in English and Spanish', () => {
    for (const line of ['Thursday, October 3', 'May 3, 2022', '27 de diciembre de 2023', 'Martes 10 de agosto']) expect(isBareDate(line)).toBe(true);
    for (const line of ['May the best team win', 'Mexico and U.S. meet on security']) expect(isBareDate(line)).toBe(false);
  });

  it('splits a site-name suffix only when it looks like one', () => {
    expect(splitOutletSuffix('US advance prepares details in the SRE – El Sol de México')).toEqual({
      title: 'US advance prepares details in the SRE',
      outlet: 'El Sol de México',
    });
    expect(splitOutletSuffix('Mexico - US talks resume')).toEqual({ title: 'Mexico - US talks resume' });
    expect(splitOutletSuffix('Talks – and then more')).toEqual({ title: 'Talks – and then more' });
  });

  it('falls back to the file name when nothing qualifies, and keeps a paragraph-long first line in the text', () => {
    expect(articleFromLines(['May 3, 2022'], 'clipping').title).toBe('clipping');
    const long = `${'word '.repeat(80)}end.`;
    const article = articleFromLines([long, '', 'Second paragraph.'], 'x');
    expect(article.title.endsWith('…')).toBe(true);
    expect(article.text.startsWith('word word')).toBe(true);
  });
});
