import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidatePairs, type PairInput } from '../../../../main/core/meetings/suggest/candidate-pairs';
import { datesCompatible } from '../../../../main/core/meetings/suggest/date-compat';

const pad = (n: number) => String(n).padStart(2, '0');

/** Dates of every precision, close enough together that many pairs are compatible. */
const date = fc.oneof(
  fc.constant(null),
  fc.record({ year: fc.integer({ min: 2021, max: 2022 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) }).map(({ year, month, day }) => `${year}-${pad(month)}-${pad(day)}`),
  fc.record({ year: fc.integer({ min: 2021, max: 2022 }), month: fc.integer({ min: 1, max: 12 }) }).map(({ year, month }) => `${year}-${pad(month)}`),
  fc.integer({ min: 2021, max: 2022 }).map(String),
  fc.record({ month: fc.integer({ min: 1, max: 2 }), day: fc.integer({ min: 1, max: 3 }) }).map(({ month, day }) => `--${pad(month)}-${pad(day)}`),
  fc.constantFrom('2021-12-31', '2022-01-01', '2022-01-31', '2022-02-01'),
);
const inputs = fc.array(fc.record({ date, cue: fc.integer({ min: 0, max: 9 }).map((n) => n === 0) }), { maxLength: 40 });

/** Whether the rules could make anything of a pair: compatible dates, or two dates and a cue. */
function mayPair(a: PairInput, b: PairInput): boolean {
  if (a.date === null || b.date === null) return false;
  return a.cue || b.cue || datesCompatible(a.date, b.date);
}

describe('candidatePairs', () => {
  it('keeps every pair the rules could make a candidate of, each once and in order', () => {
    fc.assert(
      fc.property(inputs, (items) => {
        const pairs = candidatePairs(items);
        const keys = pairs.map(([i, j]) => `${i}:${j}`);
        expect(new Set(keys).size).toBe(keys.length);
        expect(pairs.every(([i, j]) => i < j)).toBe(true);
        expect(pairs).toEqual([...pairs].sort((x, y) => x[0] - y[0] || x[1] - y[1]));
        for (let i = 0; i < items.length; i++) {
          for (let j = i + 1; j < items.length; j++) if (mayPair(items[i]!, items[j]!)) expect(keys).toContain(`${i}:${j}`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out undated subjects and far-apart days, so a large notebook is not compared pair by pair', () => {
    const spread = Array.from({ length: 2_000 }, (_, k) => ({ date: `2022-${pad((k % 12) + 1)}-${pad((k % 28) + 1)}`, cue: false }));
    const pairs = candidatePairs([...spread, { date: null, cue: true }]);
    expect(pairs.every(([i, j]) => i < 2_000 && j < 2_000)).toBe(true);
    expect(pairs.length).toBeLessThan(2_000 * 20);
    expect(candidatePairs([{ date: '2022-05-03', cue: false }, { date: '2022-05-04', cue: false }, { date: '2022-05-06', cue: false }])).toEqual([[0, 1]]);
  });
});
