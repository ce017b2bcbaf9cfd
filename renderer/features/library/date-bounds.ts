import { isRealPartialDate } from '../../../shared/text/partial-date';

/**
 * Checks a date-range bound as typed, in the words the filter bar shows; null when it is fine.
 * The core checks it again; this only saves a round trip and explains the problem in place.
 */
export function dateBoundProblem(value: string): string | null {
  if (value === '') return null;
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) return 'Use a year (2021), a month (2021-08) or a day (2021-08-11).';
  if (!isRealPartialDate(value)) return 'That day does not exist.';
  return null;
}

/** The first day a bound covers: `2021` starts on 2021-01-01. */
const startOf = (bound: string) => `${bound}-01-01`.slice(0, 10);

/** The last day a bound covers, for comparison only: `2021-02` ends on (at the latest) 2021-02-31. */
const endOf = (bound: string) => (bound.length === 4 ? `${bound}-12-31` : bound.length === 7 ? `${bound}-31` : bound);

/** True when `from` starts after `to` ends, so the range could match nothing. */
export function isBackwards(from: string | undefined, to: string | undefined): boolean {
  return from !== undefined && to !== undefined && startOf(from) > endOf(to);
}
