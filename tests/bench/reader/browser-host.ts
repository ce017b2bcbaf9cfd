import { chromium, type Browser, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
// @ts-expect-error -- a plain .mjs helper shared with the test runner
import { chromiumArgs, findChromium } from '../../e2e/find-browser.mjs';

export interface Host {
  url: string;
  stop(): Promise<void>;
}

/** Starts `dossier web` on a notebook and waits (at most 30 s) for the address it prints. */
export async function startHost(cli: string, notebook: string): Promise<Host> {
  const child = spawn(process.execPath, [cli, 'web', '--notebook', notebook, '--no-open'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`dossier web printed no address within 30 s; it printed: ${out}`)), 30_000);
      child.stdout!.on('data', (chunk) => {
        out += chunk;
        const match = /Dossier web: (\S+)/.exec(out);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      child.once('exit', (code) => reject(new Error(`dossier web exited with ${code} before printing its address: ${out}`)));
    });
    return { url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath: string | undefined = findChromium();
  return chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs, headless: true });
}

export interface Probe {
  longtasks: Array<{ start: number; duration: number }>;
  marks: Array<{ time: number; highlights: number }>;
  keyAt?: number;
}

/**
 * Collects long tasks and highlight-painted marks into `window.__bench` from the page's start.
 * Passed to addInitScript or evaluate, so it must stay self-contained.
 */
export function installProbe(): void {
  const host = window as unknown as { __bench?: Probe };
  if (host.__bench) return;
  const probe: Probe = { longtasks: [], marks: [] };
  host.__bench = probe;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) probe.longtasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name !== 'dossier:highlights-painted') continue;
      const detail = (entry as PerformanceMark).detail as { highlights?: number } | null;
      probe.marks.push({ time: entry.startTime, highlights: detail?.highlights ?? -1 });
    }
  }).observe({ type: 'mark', buffered: true });
}

/** Long tasks whose start falls in [from, to), as a count and the longest. */
export async function longTasksBetween(page: Page, from: number, to: number): Promise<{ count: number; longestMs: number }> {
  const tasks = await page.evaluate(
    ([a, b]) => (window as unknown as { __bench: Probe }).__bench.longtasks.filter((task) => task.start >= a! && task.start < b!),
    [from, to],
  );
  return { count: tasks.length, longestMs: Math.round(Math.max(0, ...tasks.map((task) => task.duration))) };
}

/** Resolves after the next frame is painted: rAF, then a task. Self-contained, for evaluate. */
export function afterPaint(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))));
}

export interface ScrollResult {
  scrollHeight: number;
  frames: number;
  longestFrameMs: number;
  longTasks: number;
  longestTaskMs: number;
}

/**
 * Scrolls `selector` from top to bottom in requestAnimationFrame steps over `durationMs`, then
 * reports frame gaps and the long tasks seen meanwhile. To tell costs apart, `unpainted` takes the
 * page's CSS custom highlights out of the registry meanwhile, and `hide` hides the elements it
 * selects. Self-contained, for evaluate.
 */
export async function scrollThrough(options: { selector: string; durationMs: number; unpainted?: boolean; hide?: string }): Promise<ScrollResult> {
  const { selector, durationMs, unpainted, hide } = options;
  const element = document.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`no ${selector} to scroll`);
  const saved = unpainted ? [...CSS.highlights] : [];
  if (unpainted) CSS.highlights.clear();
  const hidden = hide ? [...document.querySelectorAll<HTMLElement>(hide)] : [];
  for (const target of hidden) target.style.display = 'none';
  const probe = (window as unknown as { __bench: Probe }).__bench;
  const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
  element.scrollTop = 0;
  await frame();
  await frame();
  await new Promise((resolve) => setTimeout(resolve, 500));
  const max = element.scrollHeight - element.clientHeight;
  if (max < 2 * element.clientHeight) throw new Error(`${selector} barely scrolls (${element.scrollHeight}px of content in ${element.clientHeight}px)`);
  const started = performance.now();
  const times: number[] = [];
  for (;;) {
    const now = await frame();
    times.push(now);
    const progress = Math.min(1, (now - started) / durationMs);
    element.scrollTop = progress * max;
    if (progress >= 1) break;
  }
  await frame();
  await new Promise((resolve) => setTimeout(resolve, 300));
  for (const [name, highlight] of saved) CSS.highlights.set(name, highlight);
  for (const target of hidden) target.style.removeProperty('display');
  const tasks = probe.longtasks.filter((task) => task.start >= started);
  const gaps = times.slice(1).map((time, index) => time - times[index]!);
  return {
    scrollHeight: element.scrollHeight,
    frames: times.length,
    longestFrameMs: Math.round(Math.max(0, ...gaps)),
    longTasks: tasks.length,
    longestTaskMs: Math.round(Math.max(0, ...tasks.map((task) => task.duration))),
  };
}
