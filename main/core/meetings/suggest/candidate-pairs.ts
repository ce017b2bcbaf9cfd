import { partsOf } from './partial-dates';

/** What deciding whether two subjects can be a candidate at all needs of each. */
export interface PairInput {
  date: string | null;
  /** Whether its reports say it prepares or follows up another meeting. */
  cue: boolean;
}

const DAY_MS = 86_400_000;
const dayOf = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day) / DAY_MS;

/** The days a dated subject with a known year may fall on: its day, its month or its year. */
function span(date: string): { lo: number; hi: number } | null {
  const { year, month, day } = partsOf(date);
  if (year === null) return null;
  if (month === null) return { lo: dayOf(year, 1, 1), hi: dayOf(year, 12, 31) };
  if (day === null) return { lo: dayOf(year, month, 1), hi: dayOf(year, month + 1, 0) };
  const at = dayOf(year, month, day);
  return { lo: at, hi: at };
}

/**
 * The pairs [i, j] (i < j, in that order) that may give a candidate: a same-meeting candidate needs
 * two compatible dates (see datesCompatible), and a prepares / follows-up one two dates and a cue on
 * one side. Every other pair gives nothing, so comparing only these finds the same candidates as
 * comparing every pair, without the square of a large notebook's documents. A superset: the rules
 * still decide each pair.
 */
export function candidatePairs(inputs: readonly PairInput[]): Array<[number, number]> {
  const keys = new Set<number>();
  const add = (a: number, b: number) => keys.add(a < b ? a * inputs.length + b : b * inputs.length + a);
  const dated = inputs.flatMap((input, index) => (input.date === null ? [] : [{ index, date: input.date, cue: input.cue }]));

  for (const { index, cue } of dated) if (cue) for (const other of dated) if (other.index !== index) add(index, other.index);

  // A day without its year matches only the same day and month.
  const byDayOfYear = new Map<string, Array<{ index: number; yearless: boolean }>>();
  for (const { index, date } of dated) {
    const { year, month, day } = partsOf(date);
    if (day === null) continue;
    const key = `${month}-${day}`;
    byDayOfYear.set(key, [...(byDayOfYear.get(key) ?? []), { index, yearless: year === null }]);
  }
  for (const group of byDayOfYear.values()) {
    for (const a of group) if (a.yearless) for (const b of group) if (b.index !== a.index) add(a.index, b.index);
  }

  // Dates with a year: those whose spans meet or lie a day apart, found by a sweep in order of start.
  const spans = dated.flatMap(({ index, date }) => {
    const found = span(date);
    return found ? [{ index, ...found }] : [];
  });
  spans.sort((a, b) => a.lo - b.lo);
  for (let i = 0; i < spans.length; i++) {
    for (let j = i + 1; j < spans.length && spans[j]!.lo <= spans[i]!.hi + 1; j++) add(spans[i]!.index, spans[j]!.index);
  }

  return [...keys].sort((a, b) => a - b).map((key) => [Math.floor(key / inputs.length), key % inputs.length]);
}
