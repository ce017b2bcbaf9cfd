import type { Browser, Page } from '@playwright/test';
import { placeMeeting } from '../../../renderer/features/timeline/placement';
import { CITIES, type PlannedMeeting } from './synthetic-meetings';

export interface BaselineMark {
  start: number;
  end: number;
  lane: number;
}

export function baselineMarks(meetings: readonly PlannedMeeting[]): BaselineMark[] {
  const marks: BaselineMark[] = [];
  for (const meeting of meetings) {
    const placed = placeMeeting(meeting.start, meeting.end);
    if (typeof placed !== 'string') marks.push({ start: placed.start, end: placed.end, lane: CITIES.indexOf(meeting.city) });
  }
  return marks;
}

/**
 * The plain alternative: every meeting an absolutely positioned <div> (no culling), re-positioned
 * on each zoom. Timed from the start of the work to a forced layout, as the app's mark comes right
 * after its drawing; the browser still has to paint the divs after that, so this favours the baseline.
 */
export async function openBaseline(browser: Browser, viewport: { width: number; height: number }, marks: BaselineMark[]): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.setContent('<!doctype html><html><body style="margin:0"><div id="stage" style="position:relative;width:100vw;height:100vh;overflow:hidden"></div></body></html>');
  await page.evaluate((marks) => {
    (window as unknown as { __marks: unknown }).__marks = marks;
  }, marks);
  return page;
}

/** Builds the DOM timeline at the widest zoom; returns the ms it took. */
export function buildBaseline(page: Page): Promise<number> {
  return page.evaluate(() => {
    const marks = (window as unknown as { __marks: Array<{ start: number; end: number; lane: number }> }).__marks;
    const stage = document.getElementById('stage')!;
    stage.replaceChildren();
    const started = performance.now();
    const first = Math.min(...marks.map((mark) => mark.start));
    const last = Math.max(...marks.map((mark) => mark.end));
    const width = stage.clientWidth;
    const lane = (stage.clientHeight - 28) / 12;
    for (const mark of marks) {
      const div = document.createElement('div');
      div.className = 'mark';
      div.style.cssText = `position:absolute;background:#2f62c4;height:${lane - 20}px;top:${28 + mark.lane * lane + 10}px;left:${((mark.start - first) / (last - first)) * width}px;width:${Math.max(4, ((mark.end - mark.start) / (last - first)) * width)}px`;
      div.title = String(mark.start);
      stage.append(div);
    }
    void stage.offsetHeight;
    return performance.now() - started;
  });
}

/** Re-positions every mark for a zoom by `factor` about the middle; returns the ms it took. */
export function zoomBaseline(page: Page, factor: number): Promise<number> {
  return page.evaluate((factor) => {
    const host = window as unknown as { __marks: Array<{ start: number; end: number }>; __zoom?: number };
    const stage = document.getElementById('stage')!;
    const started = performance.now();
    host.__zoom = (host.__zoom ?? 1) * factor;
    const first = Math.min(...host.__marks.map((mark) => mark.start));
    const last = Math.max(...host.__marks.map((mark) => mark.end));
    const middle = (first + last) / 2;
    const span = (last - first) / host.__zoom;
    const start = middle - span / 2;
    const width = stage.clientWidth;
    const divs = stage.children;
    host.__marks.forEach((mark, index) => {
      const div = divs[index] as HTMLElement;
      div.style.left = `${((mark.start - start) / span) * width}px`;
      div.style.width = `${Math.max(4, ((mark.end - mark.start) / span) * width)}px`;
    });
    void stage.offsetHeight;
    return performance.now() - started;
  }, factor);
}
