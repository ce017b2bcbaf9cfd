import type { Page } from '@playwright/test';
import type { Span } from './article';
import { afterPaint, longTasksBetween, type Probe } from './browser-host';

const MARK_TIMEOUT = 20_000;

/** Waits for a highlights-painted mark after `since` that `wanted` accepts; returns its time. */
async function waitForMark(page: Page, since: number, wanted: { atLeast?: number; exactly?: number }, what: string): Promise<number> {
  try {
    const handle = await page.waitForFunction(
      ({ since, atLeast, exactly }) => {
        const marks = (window as unknown as { __bench: Probe }).__bench.marks;
        const mark = marks.find((m) => m.time >= since && (exactly === undefined ? m.highlights >= atLeast! : m.highlights === exactly));
        return mark ? mark.time : null;
      },
      { since, ...wanted },
      { timeout: MARK_TIMEOUT, polling: 50 },
    );
    return (await handle.jsonValue()) as number;
  } catch (error) {
    const marks = await page.evaluate(() => (window as unknown as { __bench: Probe }).__bench.marks.slice(-5)).catch(() => []);
    throw new Error(`${what}: no dossier:highlights-painted mark ${JSON.stringify(wanted)} within ${MARK_TIMEOUT / 1000} s; last marks ${JSON.stringify(marks)} (${(error as Error).message.split('\n')[0]})`);
  }
}

/**
 * Waits until the page is idle: idle callbacks with 30+ ms to spare, and no long task or
 * highlights-painted mark, for `quietMs`. React's interruptible renders run in short tasks that
 * starve idle callbacks, so this also waits for those. Returns when that idle stretch began.
 */
async function settle(page: Page, quietMs = 300): Promise<number> {
  try {
    return await page.evaluate(async (quietMs) => {
      const probe = (window as unknown as { __bench: Probe }).__bench;
      const started = performance.now();
      const lastActivity = () => Math.max(0, ...probe.longtasks.map((task) => task.start + task.duration), ...probe.marks.map((mark) => mark.time));
      let quietSince: number | null = null;
      for (;;) {
        const deadline = await new Promise<IdleDeadline>((resolve) => requestIdleCallback(resolve, { timeout: 1_000 }));
        const now = performance.now();
        if (deadline.didTimeout || deadline.timeRemaining() < 30 || lastActivity() > (quietSince ?? now)) quietSince = null;
        else quietSince ??= now;
        if (quietSince !== null && now - quietSince >= quietMs) return quietSince;
        if (now - started > 30_000) throw new Error('still busy after 30 s');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }, quietMs);
  } catch (error) {
    throw new Error(`waiting for the page to settle: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** Clicks a Library row from inside the page, returning performance.now() just before the click. */
function clickRow(page: Page, uid: string): Promise<number> {
  return page.evaluate((id) => {
    const row = document.getElementById(`document-row-${id}`);
    if (!row) throw new Error(`no Library row for ${id}`);
    const at = performance.now();
    row.click();
    return at;
  }, uid);
}

export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('grid', { name: 'Documents' }).getByRole('gridcell').first().waitFor({ timeout: 30_000 });
}

export interface Navigation {
  ms: number;
  /** To the end of the last long task or mark before the page fell quiet. */
  settledMs: number;
  /** Long tasks from the click to the mark, and after it until the page fell quiet. */
  before: { count: number; longestMs: number };
  after: { count: number; longestMs: number };
}

/** From the short document, clicks the article's row and waits for its highlights to be painted. */
export async function navigateToArticle(page: Page, uids: { articleUid: string; shortUid: string }, highlights: number): Promise<Navigation> {
  await clickRow(page, uids.shortUid);
  await page.locator('#reader-title', { hasText: 'A short note' }).waitFor({ timeout: MARK_TIMEOUT });
  await settle(page);
  const clickedAt = await clickRow(page, uids.articleUid);
  const paintedAt = await waitForMark(page, clickedAt, { atLeast: highlights }, 'opening the article');
  const settledAt = await settle(page);
  return {
    ms: paintedAt - clickedAt,
    settledMs: settledAt - clickedAt,
    before: await longTasksBetween(page, clickedAt, paintedAt),
    after: await longTasksBetween(page, paintedAt, settledAt + 1),
  };
}

/** Selects `span` with a real DOM selection and waits for the toolbar, as e2e's selectText does. */
async function selectSpan(page: Page, span: Span): Promise<void> {
  await page.evaluate(({ start, end }) => {
    const paragraphs = [...document.querySelectorAll<HTMLElement>('.document-text [data-start]')];
    const paragraph = paragraphs.findLast((p) => Number(p.dataset.start) <= start);
    const node = paragraph?.firstChild;
    if (!paragraph || !(node instanceof Text)) throw new Error(`no paragraph holds offset ${start}`);
    paragraph.scrollIntoView({ block: 'center' });
    const range = document.createRange();
    range.setStart(node, start - Number(paragraph.dataset.start));
    range.setEnd(node, end - Number(paragraph.dataset.start));
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    paragraph.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  }, span);
  // A CSS selector: role queries over the margin's tens of thousands of elements load the page.
  await page.locator('.selection-toolbar').waitFor({ timeout: 5_000 });
  await page.evaluate(afterPaint);
}

export interface Creation {
  ms: number[];
  /** To the end of the last long task or mark before the page fell quiet (the list reloads after a change). */
  settledMs: number[];
  /** Highlights-painted marks per creation. */
  paints: number[];
  longTasks: number;
  longestTaskMs: number;
}

/** For each span: select it, press H, and time from the keydown to the mark with one more highlight. */
export async function createHighlights(page: Page, spans: readonly Span[], existing: number): Promise<Creation> {
  const ms: number[] = [];
  const settledMs: number[] = [];
  const paints: number[] = [];
  const tasks = { count: 0, longestMs: 0 };
  for (const [index, span] of spans.entries()) {
    await selectSpan(page, span);
    await settle(page);
    await page.evaluate(() => {
      const probe = (window as unknown as { __bench: Probe }).__bench;
      delete probe.keyAt;
      const onKey = (event: KeyboardEvent) => {
        if (event.key === 'h') probe.keyAt = performance.now();
      };
      window.addEventListener('keydown', onKey, { capture: true, once: true });
    });
    await page.keyboard.press('h');
    const keyAt = await page.evaluate(() => (window as unknown as { __bench: Probe }).__bench.keyAt);
    if (keyAt === undefined) throw new Error('the keydown for H was not seen');
    const paintedAt = await waitForMark(page, keyAt, { exactly: existing + index + 1 }, `creating highlight ${index + 1}`);
    const settledAt = await settle(page);
    ms.push(paintedAt - keyAt);
    settledMs.push(settledAt - keyAt);
    paints.push(await page.evaluate((at) => (window as unknown as { __bench: Probe }).__bench.marks.filter((mark) => mark.time >= at).length, keyAt));
    const seen = await longTasksBetween(page, keyAt, settledAt + 1);
    tasks.count += seen.count;
    tasks.longestMs = Math.max(tasks.longestMs, seen.longestMs);
  }
  return { ms, settledMs, paints, longTasks: tasks.count, longestTaskMs: tasks.longestMs };
}

export interface ReaderLayout {
  fontFamily: string;
  fontSize: string;
  lineHeight: string;
  width: number;
  viewportHeight: number;
}

/** How the app lays out the text, so the baseline page can match it. */
export function readerLayout(page: Page): Promise<ReaderLayout> {
  return page.evaluate(() => {
    const text = document.querySelector<HTMLElement>('.document-text');
    const scroller = document.querySelector<HTMLElement>('.reader-scroll');
    if (!text || !scroller) throw new Error('the reader is not showing a document');
    const width = text.getBoundingClientRect().width;
    if (width < 300) throw new Error(`the reader's text column is ${Math.round(width)} px wide: the reader layout is broken at this window size`);
    const style = getComputedStyle(text);
    return {
      fontFamily: style.fontFamily,
      fontSize: style.fontSize,
      lineHeight: style.lineHeight,
      width,
      viewportHeight: scroller.clientHeight,
    };
  });
}
