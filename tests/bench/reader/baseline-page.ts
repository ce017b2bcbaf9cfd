import type { Browser, Page } from '@playwright/test';
import type { ReaderLayout } from './app-measures';
import type { Span } from './article';
import { installProbe } from './browser-host';

interface BaselineApi {
  /** Rebuilds the whole text with its marks; ms from the start of building to after the next paint. */
  build(): Promise<number>;
  /** Adds one mark by re-splitting its paragraph; ms to after the next paint. */
  add(span: Span): Promise<number>;
}

/**
 * The naive alternative, built in the page: the text wrapped in `<mark>` elements, nested where
 * spans nest, and split (closed and reopened) where they overlap. Self-contained, for evaluate.
 */
function installBaseline({ text, spans }: { text: string; spans: Span[] }): void {
  const container = document.querySelector<HTMLElement>('.document-text')!;
  const paragraphs = text === '' ? [] : text.split('\n\n');
  const starts: number[] = [];
  let at = 0;
  for (const paragraph of paragraphs) {
    starts.push(at);
    at += paragraph.length + 2;
  }
  const marked = spans.map((span, index) => ({ ...span, color: index % 8 }));
  let added = 0;
  const paragraphOf = (offset: number) => {
    let index = 0;
    while (index + 1 < starts.length && starts[index + 1]! <= offset) index++;
    return index;
  };
  const byParagraph: Array<typeof marked> = paragraphs.map(() => []);
  for (const span of marked) byParagraph[paragraphOf(span.start)]!.push(span);

  const renderParagraph = (index: number): HTMLParagraphElement => {
    const p = document.createElement('p');
    const base = starts[index]!;
    const own = byParagraph[index]!.slice().sort((a, b) => a.start - b.start || b.end - a.end);
    const bounds = [...new Set([base, base + paragraphs[index]!.length, ...own.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b);
    const stack: Array<{ span: (typeof own)[number]; element: HTMLElement }> = [];
    let next = 0;
    for (let b = 0; b + 1 < bounds.length; b++) {
      const from = bounds[b]!;
      const to = bounds[b + 1]!;
      // Close every mark above the first one that ends here; reopen the others (a split).
      const ending = stack.findIndex((open) => open.span.end <= from);
      const reopen = ending < 0 ? [] : stack.splice(ending).filter((open) => open.span.end > from).map((open) => open.span);
      while (next < own.length && own[next]!.start === from) reopen.push(own[next++]!);
      for (const span of reopen.sort((x, y) => y.end - x.end)) {
        const element = document.createElement('mark');
        element.className = `c${span.color}`;
        (stack.at(-1)?.element ?? p).appendChild(element);
        stack.push({ span, element });
      }
      (stack.at(-1)?.element ?? p).appendChild(document.createTextNode(text.slice(from, to)));
    }
    return p;
  };
  const afterPaint = () => new Promise<number>((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))));
  const api: BaselineApi = {
    async build() {
      container.replaceChildren();
      await afterPaint();
      const started = performance.now();
      const fragment = document.createDocumentFragment();
      for (let index = 0; index < paragraphs.length; index++) fragment.appendChild(renderParagraph(index));
      container.appendChild(fragment);
      return (await afterPaint()) - started;
    },
    async add(span) {
      const index = paragraphOf(span.start);
      const target = container.children[index] as HTMLElement;
      target.scrollIntoView({ block: 'center' });
      await afterPaint();
      const started = performance.now();
      byParagraph[index]!.push({ ...span, color: (marked.length + added++) % 8 });
      target.replaceChildren(...renderParagraph(index).childNodes);
      return (await afterPaint()) - started;
    },
  };
  (window as unknown as { __baseline: BaselineApi }).__baseline = api;
}

/** A blank page laid out like the reader, with the baseline installed on the article. */
export async function openBaseline(browser: Browser, viewport: { width: number; height: number }, layout: ReaderLayout, text: string, spans: Span[]): Promise<Page> {
  const page = await browser.newPage({ viewport });
  const colors = ['#f5e27a', '#f7c68b', '#f2a48f', '#d6b8e6', '#a9d8f2', '#9fc0ee', '#a8e0b5', '#d0d0d0'];
  const styles = colors.map((color, index) => `mark.c${index} { background: ${color}99; color: inherit; }`).join('\n');
  await page.setContent(`<!doctype html><html><head><style>
    html, body { margin: 0; height: 100%; }
    .reader-scroll { height: ${layout.viewportHeight}px; overflow: auto; }
    .document-text { width: ${layout.width}px; margin: 0 auto; font-family: ${layout.fontFamily}; font-size: ${layout.fontSize};
      line-height: ${layout.lineHeight}; overflow-wrap: break-word; hyphens: auto; }
    .document-text p { margin: 0; } .document-text p + p { margin-top: 1em; }
    ${styles}
  </style></head><body><div class="reader-scroll"><div class="document-text"></div></div></body></html>`);
  await page.evaluate(installProbe);
  await page.evaluate(installBaseline, { text, spans });
  return page;
}

export const buildBaseline = (page: Page) => page.evaluate(() => (window as unknown as { __baseline: BaselineApi }).__baseline.build());
export const addBaselineMark = (page: Page, span: Span) =>
  page.evaluate((s) => (window as unknown as { __baseline: BaselineApi }).__baseline.add(s), span);
