import type { Browser } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { percentile, printTable } from './library/stats';
import { launchBrowser, startHost, type Host } from './reader/browser-host';
import { installTimelineProbe, longTasksSince, switchToTimeline, zoomStep, type Paint } from './timeline/app-measures';
import { baselineMarks, buildBaseline, openBaseline, zoomBaseline } from './timeline/dom-baseline';
import { prepareNotebook } from './timeline/notebook';
import { planMeetings } from './timeline/synthetic-meetings';

const MEETINGS = 5_000;
const SWITCHES = 10;
/** Zoom in this many steps from the whole range, then back out. */
const ZOOM_STEPS = 10;
const VIEWPORT = { width: 1600, height: 900 };

const round = (value: number) => Math.round(value * 10) / 10;
const ratio = (app: number, baseline: number) => (baseline > 0 ? Math.round((app / baseline) * 100) / 100 : null);
const summary = (ms: readonly number[]) => ({ runs: ms.length, p50Ms: percentile(ms, 50), p95Ms: percentile(ms, 95), maxMs: round(Math.max(...ms)) });

/**
 * `npm run bench -- timeline`: 5,000 meetings (places, topics, participants, links) in the browser
 * host. The Timeline's first paint after the view switch and each zoom step to the frame drawn,
 * beside a plain DOM timeline of the same meetings measured in the same run.
 */
export async function run({ root }: { root: string }) {
  const cli = join(root, 'out/main/cli.cjs');
  const work = mkdtempSync(join(tmpdir(), 'dossier-timeline-bench-'));
  let host: Host | null = null;
  let browser: Browser | null = null;
  try {
    const prepared = await prepareNotebook(work, MEETINGS);
    const setup = { ...prepared, notebook: undefined, viewport: `${VIEWPORT.width}×${VIEWPORT.height}`, loadAverage: round(loadavg()[0]!) };
    printTable('Setup (in-process core); a load average above the core count makes every figure below noisy', [setup]);

    host = await startHost(cli, prepared.notebook);
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.addInitScript(installTimelineProbe);
    await page.goto(host.url);
    await page.getByRole('navigation', { name: 'Views' }).waitFor({ timeout: 30_000 });
    const cold = await switchToTimeline(page);
    if (cold.marks < prepared.placed * 0.9) throw new Error(`the first paint drew ${cold.marks} marks; ${prepared.placed} meetings have a year`);
    const warm: Paint[] = [];
    for (let i = 0; i < SWITCHES; i++) warm.push(await switchToTimeline(page));

    await page.getByRole('application', { name: 'Timeline of meetings' }).focus();
    const startedZoom = await page.evaluate(() => performance.now());
    const zoomIn: Paint[] = [];
    const zoomOut: Paint[] = [];
    for (let i = 0; i < ZOOM_STEPS; i++) zoomIn.push(await zoomStep(page, '+'));
    for (let i = 0; i < ZOOM_STEPS; i++) zoomOut.push(await zoomStep(page, '-'));
    const zoomTasks = await longTasksSince(page, startedZoom);
    await page.close();

    const baselinePage = await openBaseline(browser, VIEWPORT, baselineMarks(planMeetings(MEETINGS).meetings));
    const builds: number[] = [];
    for (let i = 0; i <= SWITCHES; i++) builds.push(await buildBaseline(baselinePage));
    const baseZooms: number[] = [];
    for (let i = 0; i < ZOOM_STEPS; i++) baseZooms.push(await zoomBaseline(baselinePage, 1.5));
    for (let i = 0; i < ZOOM_STEPS; i++) baseZooms.push(await zoomBaseline(baselinePage, 1 / 1.5));

    const appFirst = { ...summary(warm.map((p) => p.ms)), coldMs: round(cold.ms), marksDrawn: cold.marks, linksDrawn: cold.links };
    const baseFirst = { ...summary(builds.slice(1)), coldMs: round(builds[0]!), marksDrawn: MEETINGS };
    printTable(`First paint: Timeline click → first frame drawn, ${SWITCHES} switches after a cold one that loads the meetings (target: ≤ 200 ms)`, [
      { render: 'app (canvas, culled)', ...appFirst, ratioP50: ratio(appFirst.p50Ms, baseFirst.p50Ms), ratioP95: ratio(appFirst.p95Ms, baseFirst.p95Ms) },
      { render: 'baseline (a <div> per meeting)', ...baseFirst, ratioP50: 1, ratioP95: 1 },
    ]);

    const steps = [...zoomIn, ...zoomOut];
    const appZoom = summary(steps.map((p) => p.ms));
    const baseZoom = summary(baseZooms);
    printTable(`Zoom step: key → frame drawn, ${ZOOM_STEPS} in from the whole range and ${ZOOM_STEPS} out (target: ≤ 50 ms)`, [
      { render: 'app (canvas, culled)', ...appZoom, ratioP50: ratio(appZoom.p50Ms, baseZoom.p50Ms), ratioP95: ratio(appZoom.p95Ms, baseZoom.p95Ms), marksDrawn: `${Math.min(...steps.map((p) => p.marks))}–${Math.max(...steps.map((p) => p.marks))}`, longTasks: zoomTasks.count, longestTaskMs: zoomTasks.longestMs },
      { render: 'baseline (re-position every <div>)', ...baseZoom, ratioP50: 1, ratioP95: 1, marksDrawn: String(MEETINGS) },
    ]);
    console.log(`\nJSON ${JSON.stringify({ setup, firstPaint: { app: appFirst, baseline: baseFirst }, zoom: { app: appZoom, baseline: baseZoom, longTasks: zoomTasks } })}`);
  } finally {
    await browser?.close().catch(() => {});
    await host?.stop().catch(() => {});
    rmSync(work, { recursive: true, force: true });
  }
}
