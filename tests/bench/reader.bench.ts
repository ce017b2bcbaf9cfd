import type { Browser } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { percentile, printTable } from './library/stats';
import { createHighlights, navigateToArticle, openApp, readerLayout, type Navigation } from './reader/app-measures';
import { addBaselineMark, buildBaseline, openBaseline } from './reader/baseline-page';
import { installProbe, launchBrowser, scrollThrough, startHost, type Host } from './reader/browser-host';
import { prepareNotebook, timeCore } from './reader/notebook';

const NAVIGATIONS = 10;
const SCROLL = { selector: '.reader-scroll', durationMs: 2_000 };
/** Wide enough that the Library list, the text column and the margin sit side by side. */
const VIEWPORT = { width: 1600, height: 900 };

const round = (value: number) => Math.round(value * 10) / 10;
const ratio = (app: number, baseline: number) => (baseline > 0 ? Math.round((app / baseline) * 100) / 100 : null);
/** How many of the spans (sorted by start) share text with another. */
const touching = (spans: ReadonlyArray<{ start: number; end: number }>) => {
  const hit = new Set<number>();
  let reach = -1;
  let owner = -1;
  spans.forEach((span, index) => {
    if (span.start < reach) hit.add(index).add(owner);
    if (span.end > reach) [reach, owner] = [span.end, index];
  });
  return hit.size;
};
const summary = (ms: readonly number[]) => ({ p50Ms: percentile(ms, 50), p95Ms: percentile(ms, 95), maxMs: round(Math.max(...ms)) });

/**
 * `npm run bench -- reader`: a 10,000-word article with 2,000 annotations, in the browser host.
 * Opening it to painted highlights, creating one highlight, scrolling, and re-anchoring after a
 * text edit in the core, each beside a baseline measured in the same run.
 */
export async function run({ root }: { root: string }) {
  const cli = join(root, 'out/main/cli.cjs');
  const work = mkdtempSync(join(tmpdir(), 'dossier-reader-bench-'));
  let host: Host | null = null;
  let browser: Browser | null = null;
  try {
    const prepared = await prepareNotebook(work);
    const count = prepared.spans.length;
    const setup = {
      words: prepared.words,
      characters: prepared.text.length,
      paragraphs: prepared.text.split('\n\n').length,
      labels: prepared.labels,
      annotations: count,
      nestedOrOverlapping: touching(prepared.spans),
      setupMs: prepared.setupMs,
      coreCreateEachMs: prepared.createEachMs,
      viewport: `${VIEWPORT.width}×${VIEWPORT.height}`,
      loadAverage: round(loadavg()[0]!),
    };
    printTable('Setup (in-process core); a load average above the core count makes every figure below noisy', [setup]);

    host = await startHost(cli, prepared.notebook);
    browser = await launchBrowser();
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.addInitScript(installProbe);
    await openApp(page, host.url);
    const cold = await navigateToArticle(page, prepared, count);
    const layout = await readerLayout(page);
    const warm: Navigation[] = [];
    for (let i = 0; i < NAVIGATIONS; i++) warm.push(await navigateToArticle(page, prepared, count));
    const appScroll = await page.evaluate(scrollThrough, SCROLL);
    const unpaintedScroll = await page.evaluate(scrollThrough, { ...SCROLL, unpainted: true });
    const marginlessScroll = await page.evaluate(scrollThrough, { ...SCROLL, hide: '.annotation-margin' });
    const appCreate = await createHighlights(page, prepared.fresh, count);
    await page.close();

    const baselinePage = await openBaseline(browser, VIEWPORT, layout, prepared.text, prepared.spans);
    const builds: number[] = [];
    for (let i = 0; i <= NAVIGATIONS; i++) builds.push(await buildBaseline(baselinePage));
    const baselineScroll = await baselinePage.evaluate(scrollThrough, SCROLL);
    const baselineAdds: number[] = [];
    for (const span of prepared.fresh) baselineAdds.push(await addBaselineMark(baselinePage, span));
    await browser.close();
    browser = null;
    await host.stop();
    host = null;

    const appOpen = { ...summary(warm.map((n) => n.ms)), coldMs: round(cold.ms), settledP50Ms: percentile(warm.map((n) => n.settledMs), 50) };
    const baseOpen = { ...summary(builds.slice(1)), coldMs: round(builds[0]!) };
    const open = [
      { render: 'app (CSS highlights)', ...appOpen, ratioP50: ratio(appOpen.p50Ms, baseOpen.p50Ms), ratioP95: ratio(appOpen.p95Ms, baseOpen.p95Ms) },
      { render: 'baseline (<mark> DOM)', ...baseOpen, ratioP50: 1, ratioP95: 1 },
    ];
    printTable(`Open the article to ${count} highlights painted, ${NAVIGATIONS} runs after a cold one (target: p95 ≤ 150 ms)`, open);

    const sum = (pick: (n: Navigation) => { count: number; longestMs: number }) => ({
      longTasks: warm.reduce((total, n) => total + pick(n).count, 0),
      longestMs: Math.max(...warm.map((n) => pick(n).longestMs)),
      coldLongTasks: pick(cold).count,
      coldLongestMs: pick(cold).longestMs,
    });
    const navTasks = [
      { during: 'click → highlights painted', ...sum((n) => n.before) },
      { during: 'painted → quiet (margin cards)', ...sum((n) => n.after) },
    ];
    printTable(`Long tasks while opening the article, over ${NAVIGATIONS} runs (target: none over 50 ms)`, navTasks);

    const appAdd = summary(appCreate.ms);
    const baseAdd = summary(baselineAdds);
    const create = [
      {
        render: 'app (H → painted)',
        ...appAdd,
        ratioP50: ratio(appAdd.p50Ms, baseAdd.p50Ms),
        ratioP95: ratio(appAdd.p95Ms, baseAdd.p95Ms),
        settledP50Ms: percentile(appCreate.settledMs, 50),
        paintsEach: `${Math.min(...appCreate.paints)}–${Math.max(...appCreate.paints)}`,
        longTasks: appCreate.longTasks,
        longestTaskMs: appCreate.longestTaskMs,
      },
      { render: 'baseline (re-split one <p>)', ...baseAdd, ratioP50: 1, ratioP95: 1 },
    ];
    printTable(`Create one highlight to painted, ${prepared.fresh.length} runs (target: p95 ≤ 30 ms)`, create);

    const scroll = [
      { render: 'app', ...appScroll, ratioLongestFrame: ratio(appScroll.longestFrameMs, baselineScroll.longestFrameMs) },
      { render: 'app, highlights unregistered (diagnostic)', ...unpaintedScroll, ratioLongestFrame: ratio(unpaintedScroll.longestFrameMs, baselineScroll.longestFrameMs) },
      { render: 'app, margin hidden (diagnostic)', ...marginlessScroll, ratioLongestFrame: ratio(marginlessScroll.longestFrameMs, baselineScroll.longestFrameMs) },
      { render: 'baseline', ...baselineScroll, ratioLongestFrame: 1 },
    ];
    printTable(`Scroll top to bottom in ${SCROLL.durationMs / 1000} s (target: no long task over 50 ms)`, scroll);

    const edits = await timeCore(prepared.notebook, prepared);
    printTable('In-process core: the reads behind opening the article (their share of the open above)', edits.reads);
    const reanchor = [
      { document: `article, ${edits.annotations} annotations`, ...edits.annotated, ratioP50: ratio(edits.annotated.p50Ms, edits.bare.p50Ms), ratioP95: ratio(edits.annotated.p95Ms, edits.bare.p95Ms) },
      { document: 'copy, no annotations', ...edits.bare, ratioP50: 1, ratioP95: 1 },
    ];
    printTable(`documents.editText with one small edit, re-anchoring (target: p95 ≤ 200 ms); load average ${round(loadavg()[0]!)}`, reanchor);
    if (edits.orphaned > 0) console.warn(`${edits.orphaned} annotations were orphaned by the edits`);
    if (edits.displaced > 0) console.warn(`${edits.displaced} annotations are not where they were, though the edits were undone`);

    const report = { setup, textColumnPx: Math.round(layout.width), open, navTasks, create, scroll, coreReads: edits.reads, reanchor, orphanedAfterEdits: edits.orphaned, displacedAfterUndoneEdits: edits.displaced };
    console.log(`\nJSON ${JSON.stringify(report)}`);
  } finally {
    await browser?.close().catch(() => {});
    await host?.stop().catch(() => {});
    rmSync(work, { recursive: true, force: true });
  }
}
