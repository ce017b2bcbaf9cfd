import { DAY_MS, spanOf, timeToX, type TimeWindow } from './time-scale';

export type TickUnit = 'year' | 'month' | 'day';

export interface Tick {
  time: number;
  x: number;
  label: string;
}

export interface TickSet {
  unit: TickUnit;
  /** How many units between two labelled ticks. */
  step: number;
  ticks: Tick[];
}

/** Labels need about this much room, so they never overlap. */
const MIN_TICK_GAP_PX = 72;
const STEPS: ReadonlyArray<{ unit: TickUnit; step: number; approxMs: number }> = [
  { unit: 'day', step: 1, approxMs: DAY_MS },
  { unit: 'day', step: 2, approxMs: 2 * DAY_MS },
  { unit: 'day', step: 7, approxMs: 7 * DAY_MS },
  { unit: 'month', step: 1, approxMs: 30.44 * DAY_MS },
  { unit: 'month', step: 3, approxMs: 91.3 * DAY_MS },
  { unit: 'month', step: 6, approxMs: 182.6 * DAY_MS },
  ...[1, 2, 5, 10, 20, 50].map((step) => ({ unit: 'year' as const, step, approxMs: step * 365.25 * DAY_MS })),
];

const formats = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string | undefined, unit: TickUnit): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${unit}`;
  let format = formats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions =
      unit === 'year' ? { year: 'numeric' } : unit === 'month' ? { month: 'short', year: 'numeric' } : { day: 'numeric', month: 'short' };
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format;
}

/** The first tick at or after `time`: whole years, months or days, at a multiple of the step. */
function firstTick(time: number, unit: TickUnit, step: number): Date {
  const date = new Date(time);
  if (unit === 'year') {
    const year = Math.ceil(date.getUTCFullYear() / step) * step;
    const candidate = new Date(Date.UTC(year, 0, 1));
    return candidate.getTime() < time ? new Date(Date.UTC(year + step, 0, 1)) : candidate;
  }
  if (unit === 'month') {
    const months = date.getUTCFullYear() * 12 + date.getUTCMonth();
    let index = Math.ceil(months / step) * step;
    if (Date.UTC(Math.floor(index / 12), index % 12, 1) < time) index += step;
    return new Date(Date.UTC(Math.floor(index / 12), index % 12, 1));
  }
  // Days count from the epoch, so a two- or seven-day step lands on the same days at every pan.
  const day = Math.ceil(time / DAY_MS / step) * step;
  return new Date(day * DAY_MS);
}

function advance(date: Date, unit: TickUnit, step: number): Date {
  if (unit === 'year') return new Date(Date.UTC(date.getUTCFullYear() + step, 0, 1));
  if (unit === 'month') return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + step, 1));
  return new Date(date.getTime() + step * DAY_MS);
}

/** The coarsest-needed ticks for the window: the finest unit whose labels keep MIN_TICK_GAP_PX apart. */
export function chooseTicks(window: TimeWindow, width: number, locale?: string): TickSet {
  if (!(width > 0)) return { unit: 'year', step: 1, ticks: [] };
  const msPerPx = spanOf(window) / width;
  const choice = STEPS.find((candidate) => candidate.approxMs / msPerPx >= MIN_TICK_GAP_PX) ?? STEPS.at(-1)!;
  const format = formatter(locale, choice.unit);
  const ticks: Tick[] = [];
  for (let date = firstTick(window.start, choice.unit, choice.step); date.getTime() <= window.end; date = advance(date, choice.unit, choice.step)) {
    const time = date.getTime();
    ticks.push({ time, x: timeToX(window, width, time), label: format.format(date) });
  }
  return { unit: choice.unit, step: choice.step, ticks };
}
