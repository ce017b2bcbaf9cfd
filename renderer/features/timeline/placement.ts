import type { DatePrecision } from '../../../shared/model/document';
import { precisionOf } from '../../../shared/text/partial-date';

/** Where a meeting sits on the axis: from the start of its start's period to the end of its end's. */
export interface Placement {
  start: number;
  end: number;
  /** The coarser of the two dates' precisions: a band rather than a mark when it is not 'day'. */
  precision: Exclude<DatePrecision, 'unknown'>;
}

/** Why a meeting cannot be placed on a time axis. */
export type Unplaced = 'unknown-year' | 'undated';

const RANK = { day: 0, month: 1, year: 2 } as const;

/** The UTC period a dated partial date (`2021-08-11`, `2021-08`, `2021`) covers, as [start, end). */
export function periodOf(date: string): { start: number; end: number; precision: Placement['precision'] } {
  const precision = precisionOf(date);
  const [year, month = 1, day = 1] = date.split('-').map(Number) as [number, number?, number?];
  if (precision === 'year') return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1), precision };
  if (precision === 'month') return { start: Date.UTC(year, month - 1, 1), end: Date.UTC(year, month, 1), precision };
  return { start: Date.UTC(year, month - 1, day), end: Date.UTC(year, month - 1, day + 1), precision: 'day' };
}

export function placeMeeting(start: string | null, end: string | null): Placement | Unplaced {
  if (start === null) return 'undated';
  if (start.startsWith('--')) return 'unknown-year';
  const from = periodOf(start);
  // An end without a year cannot be placed either; the start alone still can.
  const to = end !== null && !end.startsWith('--') ? periodOf(end) : from;
  const precision = RANK[to.precision] > RANK[from.precision] ? to.precision : from.precision;
  return { start: from.start, end: Math.max(from.end, to.end), precision };
}
