import { describe, expect, it } from 'vitest';
import { chooseTicks } from '../../renderer/features/timeline/ticks';
import { DAY_MS, fitWindow, MAX_SPAN_MS, MIN_SPAN_MS, panWindow, revealTime, spanOf, timeToX, xToTime, zoomWindow } from '../../renderer/features/timeline/time-scale';

const utc = (year: number, month = 1, day = 1) => Date.UTC(year, month - 1, day);
const decade = { start: utc(2010), end: utc(2020) };

describe('time scale', () => {
  it('maps times to pixels and back', () => {
    expect(timeToX(decade, 1000, utc(2015))).toBeCloseTo(500.3, 0);
    expect(xToTime(decade, 1000, timeToX(decade, 1000, utc(2013, 7, 4)))).toBeCloseTo(utc(2013, 7, 4), -1);
  });

  it('zooms about the anchor, keeping the time under it in place', () => {
    const anchorTime = xToTime(decade, 800, 200);
    const zoomed = zoomWindow(decade, 2, 200 / 800);
    expect(spanOf(zoomed)).toBeCloseTo(spanOf(decade) / 2, -3);
    expect(xToTime(zoomed, 800, 200)).toBeCloseTo(anchorTime, -3);
  });

  it('never zooms closer than a week nor wider than two centuries', () => {
    expect(spanOf(zoomWindow(decade, 1e6))).toBe(MIN_SPAN_MS);
    expect(spanOf(zoomWindow(decade, 1e-6))).toBe(MAX_SPAN_MS);
    expect(() => zoomWindow(decade, 0)).toThrow(RangeError);
    expect(() => zoomWindow(decade, Number.NaN)).toThrow(RangeError);
  });

  it('pans by a fraction of the span and reveals a time with the least move', () => {
    expect(panWindow(decade, 0.5).start).toBe(decade.start + spanOf(decade) / 2);
    expect(revealTime(decade, utc(2015))).toBe(decade);
    const moved = revealTime(decade, utc(2022));
    expect(spanOf(moved)).toBe(spanOf(decade));
    expect(moved.end).toBeGreaterThan(utc(2022));
    expect(moved.start).toBeGreaterThan(decade.start);
  });

  it('fits a range with a margin, and a single day to at least a week', () => {
    const fitted = fitWindow(utc(2020), utc(2021));
    expect(fitted.start).toBeLessThan(utc(2020));
    expect(fitted.end).toBeGreaterThan(utc(2021));
    expect(spanOf(fitWindow(utc(2020), utc(2020) + DAY_MS))).toBe(MIN_SPAN_MS);
  });
});

describe('ticks', () => {
  it('labels years when decades are in view, months over a year, days over a fortnight', () => {
    const years = chooseTicks(decade, 1200, 'en-GB');
    expect(years.unit).toBe('year');
    expect(years.ticks.map((tick) => tick.label)).toContain('2015');

    const months = chooseTicks({ start: utc(2021), end: utc(2022) }, 1200, 'en-GB');
    expect(months.unit).toBe('month');
    expect(months.ticks[0]!.label).toBe('Jan 2021');

    const days = chooseTicks({ start: utc(2021, 8, 1), end: utc(2021, 8, 15) }, 1200, 'en-GB');
    expect(days.unit).toBe('day');
    expect(days.ticks.map((tick) => tick.label)).toContain('11 Aug');
  });

  it('localises labels and keeps them at least 72 px apart, on whole units', () => {
    const spanish = chooseTicks({ start: utc(2021), end: utc(2022) }, 1200, 'es-MX');
    expect(spanish.ticks.some((tick) => tick.label.toLowerCase().includes('ene'))).toBe(true);
    for (const width of [300, 800, 1600]) {
      for (const window of [decade, { start: utc(1900), end: utc(2090) }, { start: utc(2021, 3, 1), end: utc(2021, 3, 9) }]) {
        const { ticks } = chooseTicks(window, width, 'en-GB');
        for (let i = 1; i < ticks.length; i++) expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThanOrEqual(72 * 0.9);
        for (const tick of ticks) {
          expect(tick.time).toBeGreaterThanOrEqual(window.start);
          expect(new Date(tick.time).getUTCHours()).toBe(0);
        }
      }
    }
  });

  it('draws nothing in a pane with no width', () => {
    expect(chooseTicks(decade, 0).ticks).toEqual([]);
  });
});
