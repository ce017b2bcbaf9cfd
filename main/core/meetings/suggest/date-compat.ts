import { partsOf, type DateParts } from './partial-dates';

const DAY_MS = 86_400_000;

const dayNumber = (parts: DateParts): number => Date.UTC(parts.year!, parts.month! - 1, parts.day!) / DAY_MS;

const isFullDay = (parts: DateParts): boolean => parts.year !== null && parts.month !== null && parts.day !== null;

/**
 * Whether two partial dates can be the same meeting's: two days at most a day apart (a meeting
 * reported the next day, or across midnight in another time zone); a day without its year and
 * another day on the same day and month; a month or a year and anything inside it.
 */
export function datesCompatible(a: string, b: string): boolean {
  const x = partsOf(a);
  const y = partsOf(b);
  if (isFullDay(x) && isFullDay(y)) return Math.abs(dayNumber(x) - dayNumber(y)) <= 1;
  if (x.year === null || y.year === null) return x.month === y.month && x.day === y.day && x.day !== null;
  if (x.year !== y.year) return false;
  return x.month === null || y.month === null || x.month === y.month;
}

/** Whether two partial dates name the same day (a day without its year matching on day and month). */
export function sameDay(a: string, b: string): boolean {
  const x = partsOf(a);
  const y = partsOf(b);
  if (x.day === null || y.day === null) return false;
  return x.month === y.month && x.day === y.day && (x.year === null || y.year === null || x.year === y.year);
}

/**
 * Whether `a` is before `b`. Two days without a known year are compared by month and day, as
 * reports of related meetings lie weeks apart, not years; a day of unknown year is never placed
 * against one of a known year. Coarser dates are earlier only when all of `a` ends before `b` begins.
 */
export function isEarlier(a: string, b: string): boolean {
  const x = partsOf(a);
  const y = partsOf(b);
  if (x.year === null || y.year === null) {
    if (x.year !== y.year || x.day === null || y.day === null) return false;
    return x.month! < y.month! || (x.month === y.month && x.day < y.day);
  }
  if (x.year !== y.year) return x.year < y.year;
  if (x.month === null || y.month === null) return false;
  if (x.month !== y.month) return x.month < y.month;
  return x.day !== null && y.day !== null && x.day < y.day;
}
