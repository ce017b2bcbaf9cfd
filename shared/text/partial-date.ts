import type { DatePrecision } from '../model/document';

/** The precision a stored partial date (`2021-08-11`, `2021-08`, `2021`, `--10-03`) carries. */
export function precisionOf(date: string | null): DatePrecision {
  if (date === null) return 'unknown';
  if (date.startsWith('--')) return 'day';
  if (date.length === 10) return 'day';
  if (date.length === 7) return 'month';
  return 'year';
}

/** True when the month and day of a partial date exist (29 February only in a leap year). */
export function isRealPartialDate(date: string): boolean {
  const match = /^(?:(\d{4})|-)-?(\d{2})?(?:-(\d{2}))?$/.exec(date);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return year !== undefined;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  const leapYear = year === undefined ? 2000 : Number(year);
  const daysInMonth = new Date(Date.UTC(leapYear, m, 0)).getUTCDate();
  return d >= 1 && d <= daysInMonth;
}
