import type { PartialDate } from '../../metadata/partial-date-value';

export type { PartialDate };

/** A partial date's parts; `year` is null for `--MM-DD`. */
export interface DateParts {
  year: number | null;
  month: number | null;
  day: number | null;
}

export function partsOf(value: string): DateParts {
  const noYear = /^--(\d{2})-(\d{2})$/.exec(value);
  if (noYear) return { year: null, month: Number(noYear[1]), day: Number(noYear[2]) };
  const [year, month, day] = value.split('-').map(Number);
  return { year: year ?? null, month: month ?? null, day: day ?? null };
}

const pad = (n: number): string => String(n).padStart(2, '0');

export function dayDate(date: Date): PartialDate {
  return { value: `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`, precision: 'day' };
}

const DAY_MS = 86_400_000;

const utc = (year: number, month: number, day: number): Date => new Date(Date.UTC(year, month - 1, day));

/**
 * The instant relative dates are read against: the published day. A published month or year, or
 * a day without its year, cannot place "on Tuesday" or "yesterday", so they give null.
 */
export function referenceDay(published: string | null): Date | null {
  if (published === null) return null;
  const { year, month, day } = partsOf(published);
  return year !== null && month !== null && day !== null ? utc(year, month, day) : null;
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/**
 * The year of a day and month stated without one, taken from the published date: the year that
 * puts it nearest to publication, so "December 27" in an article of 2 January is last December's.
 * A published date without a month leaves the year unknown, as does no published date: a year is
 * never guessed.
 */
export function withPublishedYear(month: number, day: number, published: string | null): PartialDate | null {
  if (published === null) return null;
  const parts = partsOf(published);
  if (parts.year === null || parts.month === null) return null;
  const reference = utc(parts.year, parts.month, parts.day ?? 15).getTime();
  const nearest = [parts.year - 1, parts.year, parts.year + 1]
    .map((year) => utc(year, month, day))
    // 29 February of a year without one rolls over into March: such a year is not a candidate.
    .filter((date) => date.getUTCMonth() === month - 1)
    .sort((a, b) => Math.abs(a.getTime() - reference) - Math.abs(b.getTime() - reference))[0];
  return nearest ? dayDate(nearest) : null;
}

export type WeekdayDirection = 'on-or-before' | 'before' | 'on-or-after' | 'after';

/** The day with `weekday` (0 Sunday … 6 Saturday) nearest to `reference` in `direction`. */
export function weekdayNear(reference: Date, weekday: number, direction: WeekdayDirection): Date {
  const back = (reference.getUTCDay() - weekday + 7) % 7;
  const ahead = (weekday - reference.getUTCDay() + 7) % 7;
  if (direction === 'on-or-before') return addDays(reference, -back);
  if (direction === 'before') return addDays(reference, -(back === 0 ? 7 : back));
  if (direction === 'on-or-after') return addDays(reference, ahead);
  return addDays(reference, ahead === 0 ? 7 : ahead);
}
