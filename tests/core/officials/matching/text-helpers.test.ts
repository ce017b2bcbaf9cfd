import { describe, expect, it } from 'vitest';
import { mentionContext } from '../../../../main/core/officials/matching/context';
import { deletionHashes, editDistance, isOneEdit } from '../../../../main/core/officials/matching/edit-distance';
import { foldName } from '../../../../main/core/officials/matching/tokens';

describe('foldName', () => {
  it.each([
    ['Alicia Bárcena', 'alicia barcena'],
    ['  SHERWOOD-RANDALL’s ', 'sherwood randall s'],
    ["O'Brien\u00a0 Zúñiga", 'o brien zuniga'],
    ['Marcelo Ebrard C. (@m_ebrard)', 'marcelo ebrard c @m_ebrard'],
  ])('%j → %j', (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });
});

describe('editDistance', () => {
  it.each([
    ['antony', 'anthony', 1],
    ['moctezuma', 'moctezuema', 1],
    ['blinken', 'bilnken', 1],
    ['icela', 'aisela', 2],
    ['mayorkas', 'ebrard', 3],
  ])('%s ↔ %s: %i', (a, b, distance) => {
    expect(editDistance(a, b, 2)).toBe(Math.min(distance, 3));
    expect(editDistance(b, a, 2)).toBe(Math.min(distance, 3));
  });

  it('isOneEdit tells one edit from none and from two', () => {
    expect(isOneEdit('antony', 'anthony')).toBe(true);
    expect(isOneEdit('blinken', 'bilnken')).toBe(true);
    expect(isOneEdit('mayorkas', 'mayorkaz')).toBe(true);
    expect(isOneEdit('icela', 'aisela')).toBe(false);
    expect(isOneEdit('ebrard', 'ebrard')).toBe(false);
  });
});

describe('deletionHashes', () => {
  const hashesOf = (word: string) => {
    const out = new Uint32Array(64);
    return [...out.subarray(0, deletionHashes(word, out))];
  };

  it('gives words one edit apart a hash in common', () => {
    for (const [a, b] of [['antony', 'anthony'], ['blinken', 'bilnken'], ['mayorkas', 'mayorkaz'], ['moctezuma', 'moctezuema']] as const) {
      expect(hashesOf(a).some((hash) => hashesOf(b).includes(hash)), `${a} ${b}`).toBe(true);
    }
  });

  it('hashes a word like the deletion that spells it, once per distinct deletion', () => {
    expect(hashesOf('anthony')).toContain(hashesOf('antony')[0]);
    expect(hashesOf('salazar')).toHaveLength(8);
    expect(hashesOf('garran')).toHaveLength(6);
  });
});

describe('mentionContext', () => {
  const text = 'First paragraph ends here.\n\nThe meeting with Alejandro Mayorkas was described as excellent by everyone who attended it in Washington that day.';
  const start = text.indexOf('Alejandro');
  const end = start + 'Alejandro Mayorkas'.length;

  it('keeps to the paragraph and cuts at whole words, keeping the spaces next to the mention', () => {
    expect(mentionContext(text, start, end, 30)).toEqual({ before: 'The meeting with ', after: ' was described as excellent by' });
  });

  it('gives the whole paragraph when it is short', () => {
    expect(mentionContext('Ebrard met Mayorkas.', 11, 19)).toEqual({ before: 'Ebrard met ', after: '.' });
  });
});
