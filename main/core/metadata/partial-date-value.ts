import type { DatePrecision } from '../../../shared/model/document';
import { isRealPartialDate } from '../../../shared/text/partial-date';

export interface PartialDate {
  value: string;
  precision: Exclude<DatePrecision, 'unknown'>;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * The stored form of the parts of a date that were actually stated: `2021-08-11`, `2021-08`,
 * `2021`, or `--10-03` for a day and month without a year. A month alone, a day without a month
 * and days that do not exist have no stored form, so they give null.
 */
export function partialDateOf(year: number | null, month: number | null, day: number | null): PartialDate | null {
  // Four-digit years only: the stored forms and the schema have no other.
  if (year !== null && (year < 1000 || year > 9999)) return null;
  const date = shape(year, month === null ? null : pad(month), day === null ? null : pad(day));
  return date !== null && isRealPartialDate(date.value) ? date : null;
}

function shape(year: number | null, month: string | null, day: string | null): PartialDate | null {
  if (year === null) return month !== null && day !== null ? { value: `--${month}-${day}`, precision: 'day' } : null;
  if (month === null) return day === null ? { value: String(year), precision: 'year' } : null;
  return day === null ? { value: `${year}-${month}`, precision: 'month' } : { value: `${year}-${month}-${day}`, precision: 'day' };
}

// Metadata timestamps carry the writer's own offset ("2023-12-27T10:00:00-06:00"); the date as
// written is the date the outlet meant, so the time and offset are dropped rather than converted.
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/i;
const ISO_NO_YEAR = /^--(\d{2})-?(\d{2})$/;

/** Reads an ISO 8601 date or timestamp from document metadata at the precision it was written. */
export function toPartialDate(value: string): PartialDate | null {
  const text = value.trim();
  const noYear = ISO_NO_YEAR.exec(text);
  if (noYear) return partialDateOf(null, Number(noYear[1]), Number(noYear[2]));
  const iso = ISO_DATE.exec(text);
  if (!iso) return null;
  const [, year, month, day] = iso;
  return partialDateOf(Number(year), month === undefined ? null : Number(month), day === undefined ? null : Number(day));
}
