import type { Page } from '@playwright/test';

const MARK = 'dossier:timeline-painted';
const TIMEOUT = 30_000;

export interface TimelineProbe {
  marks: Array<{ time: number; marks: number; links: number }>;
  longtasks: Array<{ start: number; duration: number }>;
  keyAt?: number;
}

/** Collects the timeline's painted marks and long tasks into `window.__timeline`. Self-contained, for addInitScript. */
export function installTimelineProbe(): void {
  const host = window as unknown as { __timeline?: TimelineProbe };
  if (host.__timeline) return;
  const probe: TimelineProbe = { marks: [], longtasks: [] };
  host.__timeline = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longtasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name !== 'dossier:timeline-painted') continue;
      const detail = (entry as PerformanceMark).detail as { marks: number; links: number };
      probe.marks.push({ time: entry.startTime, marks: detail.marks, links: detail.links });
    }
  }).observe({ type: 'mark', buffered: true });
}

async function waitForPaint(page: Page, since: number, what: string): Promise<{ time: number; marks: number; links: number }> {
  try {
    const handle = await page.waitForFunction(
      (since) => (window as unknown as { __timeline: TimelineProbe }).__timeline.marks.find((mark) => mark.time >= since) ?? null,
      since,
      { timeout: TIMEOUT, polling: 20 },
    );
    return (await handle.jsonValue()) as { time: number; marks: number; links: number };
  } catch (error) {
    throw new Error(`${what}: no ${MARK} mark within ${TIMEOUT / 1000} s (${(error as Error).message.split('\n')[0]})`);
  }
}

/** Two frames and a pause, so the next measure starts from a quiet page. */
async function quiet(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 150)))));
}

function clickView(page: Page, name: string): Promise<number> {
  return page.evaluate((name) => {
    const button = [...document.querySelectorAll<HTMLButtonElement>('nav[aria-label="Views"] button')].find((b) => b.textContent?.startsWith(name));
    if (!button) throw new Error(`no ${name} button in the sidebar`);
    const at = performance.now();
    button.click();
    return at;
  }, name);
}

export interface Paint {
  ms: number;
  marks: number;
  links: number;
}

/** From a click on the sidebar's Timeline to the first frame drawn; the Library is shown first. */
export async function switchToTimeline(page: Page): Promise<Paint> {
  await clickView(page, 'Library');
  await page.getByRole('heading', { name: 'Library' }).first().waitFor({ timeout: TIMEOUT }).catch(() => {});
  await quiet(page);
  const clickedAt = await clickView(page, 'Timeline');
  const painted = await waitForPaint(page, clickedAt, 'switching to the Timeline');
  await quiet(page);
  return { ms: painted.time - clickedAt, marks: painted.marks, links: painted.links };
}

/** Presses `key` on the focused timeline and times the keydown to the frame drawn. */
export async function zoomStep(page: Page, key: '+' | '-' | 'Home'): Promise<Paint> {
  await page.evaluate(() => {
    const probe = (window as unknown as { __timeline: TimelineProbe }).__timeline;
    delete probe.keyAt;
    window.addEventListener('keydown', () => (probe.keyAt = performance.now()), { capture: true, once: true });
  });
  await page.keyboard.press(key);
  const keyAt = await page.evaluate(() => (window as unknown as { __timeline: TimelineProbe }).__timeline.keyAt);
  if (keyAt === undefined) throw new Error(`the keydown for ${key} was not seen`);
  const painted = await waitForPaint(page, keyAt, `zooming with ${key}`);
  await quiet(page);
  return { ms: painted.time - keyAt, marks: painted.marks, links: painted.links };
}

export async function longTasksSince(page: Page, since: number): Promise<{ count: number; longestMs: number }> {
  const tasks = await page.evaluate((since) => (window as unknown as { __timeline: TimelineProbe }).__timeline.longtasks.filter((task) => task.start >= since), since);
  return { count: tasks.length, longestMs: Math.round(Math.max(0, ...tasks.map((task) => task.duration))) };
}
