import type { Page } from '@playwright/test';
import { corpusFile, expect, importThroughUi } from './fixtures';

/** Imports 004 and opens it in the Reader. */
export async function open004(app: Page) {
  await importThroughUi(app, [corpusFile('004')]);
  await app.getByRole('dialog', { name: 'Import finished' }).getByRole('button', { name: 'Close' }).click();
  await app.getByRole('row', { name: /US advance prepares details/ }).click();
  await expect(app.getByRole('article').getByRole('heading', { name: /US advance prepares details/ })).toBeVisible();
}

/**
 * Selects the first occurrence of `exact` in the Reader's text with a real DOM selection, as a drag
 * would; waits for the text, since a document opened from elsewhere (a meeting's source) renders a
 * moment later.
 */
export async function selectText(app: Page, exact: string) {
  const select = () => app.evaluate((wanted) => {
    const paragraphs = [...document.querySelectorAll<HTMLElement>('.document-text [data-start]')];
    for (const paragraph of paragraphs) {
      const node = paragraph.firstChild;
      const at = node?.textContent?.indexOf(wanted) ?? -1;
      if (!node || at < 0) continue;
      // A reader selects what is on screen.
      paragraph.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      paragraph.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return true;
    }
    return false;
  }, exact);
  await expect.poll(select, { message: `"${exact}" is in the text` }).toBe(true);
  await expect(app.getByRole('toolbar', { name: 'Annotate the selection' })).toBeVisible();
}

/** The text of every painted highlight range, from the CSS Custom Highlight registry. */
export async function paintedTexts(app: Page): Promise<string[]> {
  return app.evaluate(() => {
    const texts: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (name === 'dossier-selected' || name === 'dossier-flash') continue;
      // The painter's ranges are static: a live Range over the same points reads their text.
      for (const painted of highlight) {
        const range = document.createRange();
        range.setStart(painted.startContainer, painted.startOffset);
        range.setEnd(painted.endContainer, painted.endOffset);
        texts.push(range.toString());
      }
    }
    return texts.sort();
  });
}

/** The viewport centre of the first occurrence of `word` in the Reader's text. */
export async function pointOf(app: Page, word: string): Promise<{ x: number; y: number }> {
  return app.evaluate((wanted) => {
    for (const paragraph of document.querySelectorAll<HTMLElement>('.document-text [data-start]')) {
      const node = paragraph.firstChild;
      const at = node?.textContent?.indexOf(wanted) ?? -1;
      if (!node || at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error(`"${wanted}" is not in the text`);
  }, word);
}
