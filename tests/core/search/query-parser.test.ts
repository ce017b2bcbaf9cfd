import { describe, expect, it } from 'vitest';
import { toFtsQuery, toLiteralFtsQuery, toRankQuery } from '../../../main/core/search/query-parser';

describe('turning typed queries into FTS5 queries', () => {
  it.each([
    ['barcena', '"barcena"'],
    ['lopez obrador', '"lopez" AND "obrador"'],
    ['"working group" migration', '"working group" AND "migration"'],
    ['Mayork*', '"Mayork"*'],
    ['Ebrard OR Bárcena summit', '("Ebrard" OR "Bárcena") AND "summit"'],
    ['migration -fentanyl', '"migration" NOT ("fentanyl")'],
    ['"the summit"* -"Los Angeles" -Biden', '"the summit"* NOT ("Los Angeles" OR "Biden")'],
  ])('%s → %s', (input, expected) => {
    expect(toFtsQuery(input)).toBe(expected);
  });

  it.each([
    ['"unbalanced quote', '"unbalanced quote"'],
    ['*', null],
    ['AND OR NOT', '("AND" OR "NOT")'],
    ['NEAR(a b)', '"NEAR(a" AND "b)"'],
    ['title:secret', '"title:secret"'],
    ['say "hi"" there', '"say" AND "hi" AND "there"'],
    ['-only -excluded', null],
    ['   ', null],
    ['^ ( ) : -', null],
  ])('malformed input %j is read literally', (input, expected) => {
    expect(toFtsQuery(input)).toBe(expected);
  });

  it('builds a literal fallback from the words alone', () => {
    expect(toLiteralFtsQuery('"López" OR (Obrador*')).toBe('"López" AND "OR" AND "Obrador"');
  });

  it.each([
    ['migration border', null],
    ['Ebrard OR Bárcena summit', null],
    ['"Summit of the Americas"', '("Summit" AND "Americas")'],
    ['"tráfico de armas" Ebrard', '("tráfico" AND "armas") AND "Ebrard"'],
    ['"working gro"*', '("working" AND "gro"*)'],
    ['"summit of"*', '("summit" AND "of"*)'],
    ['"of the"', '("of" AND "the")'],
    ['migration -border', null],
    ['"de la" OR Bárcena -"Los Angeles"', '(("de" AND "la") OR "Bárcena") NOT ("Los Angeles")'],
  ])('ranks %s by %s', (input, expected) => {
    expect(toRankQuery(input)).toBe(expected);
  });
});
