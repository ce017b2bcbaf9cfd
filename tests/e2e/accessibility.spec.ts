import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { allCorpusFiles, expect, importThroughUi, test } from './fixtures';
import { open004, selectText } from './reader-annotations';

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}

test('the empty library, the library with the reader, and the Trash have no serious axe violations', async ({ app }) => {
  await expect(app.getByRole('button', { name: 'Import articles…' })).toBeVisible();
  expect(await seriousViolations(app)).toEqual([]);

  await importThroughUi(app, allCorpusFiles);
  const dialog = app.getByRole('dialog', { name: 'Import finished' });
  await expect(dialog).toBeVisible();
  expect(await seriousViolations(app)).toEqual([]);
  await dialog.getByRole('button', { name: 'Close' }).click();

  await app.getByRole('row', { name: /Mexico and U\.S\. meet/ }).click();
  await app.getByRole('button', { name: 'Edit details' }).click();
  expect(await seriousViolations(app)).toEqual([]);

  await app.getByRole('button', { name: 'Trash', exact: true }).click();
  expect(await seriousViolations(app)).toEqual([]);
});

test('the library works from the keyboard: arrows move, Enter opens', async ({ app }) => {
  await importThroughUi(app, allCorpusFiles);
  await app.getByRole('dialog', { name: 'Import finished' }).getByRole('button', { name: 'Close' }).click();
  await app.getByRole('button', { name: 'Title' }).click();
  const rows = app.getByRole('grid', { name: 'Documents' }).getByRole('row').filter({ has: app.getByRole('gridcell') });
  // The sorted page arrives asynchronously; clicking before it lands would select a row that then moves.
  await expect(app.getByRole('columnheader', { name: 'Title' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows.first()).toContainText('Mexico and the United States form a new immigration working group');
  await rows.first().click();
  await expect(rows.first()).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('Enter');
  await expect(rows.nth(1)).toHaveAttribute('aria-selected', 'true');
  // Sorted by title, the second article is 000.
  await expect(app.getByRole('article').getByRole('heading', { name: /^Mexico and the US hold a meeting in Washington/ })).toBeVisible();
});

test('the Reader with annotations, the label picker, and the Annotations view have no serious axe violations', async ({ app }) => {
  await open004(app);
  await selectText(app, 'the expansion of legal avenues for migration');
  await app.keyboard.press('l');
  await app.getByRole('combobox', { name: 'Find or create a label' }).fill('Legal pathways');
  expect(await seriousViolations(app)).toEqual([]);
  await app.keyboard.press('Enter');
  await selectText(app, 'human mobility');
  await app.keyboard.press('n');
  await app.getByRole('textbox', { name: 'Note' }).fill('A **note** with [a link](https://example.org)');
  await app.keyboard.press('Control+Enter');
  await expect(app.getByRole('complementary', { name: 'Annotations' }).locator('strong')).toHaveText('note');
  expect(await seriousViolations(app)).toEqual([]);

  await app.getByRole('button', { name: 'Annotations', exact: true }).click();
  await expect(app.getByRole('heading', { name: 'Annotations', level: 1 })).toBeVisible();
  expect(await seriousViolations(app)).toEqual([]);
});

test('the Officials view, the new-official dialog, a profile and the review queue have no serious axe violations', async ({ app }) => {
  await open004(app);
  await app.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Officials/ }).click();
  expect(await seriousViolations(app)).toEqual([]);
  await app.getByRole('button', { name: 'New official' }).first().click();
  const dialog = app.getByRole('dialog', { name: 'New official' });
  await dialog.getByLabel('Name', { exact: true }).fill('Andrés Manuel López Obrador');
  expect(await seriousViolations(app)).toEqual([]);
  await dialog.getByRole('button', { name: 'Add to registry' }).click();
  await app.getByRole('listbox', { name: 'Officials' }).getByRole('option', { name: /^Andrés Manuel López Obrador/ }).click();
  await app.getByRole('tab', { name: /^Review/ }).click();
  await expect(app.getByRole('region', { name: 'Suggestions to review' })).toBeVisible();
  expect(await seriousViolations(app)).toEqual([]);
});

test('tagging an official in the Reader, with its picker and the People margin, has no serious axe violations', async ({ app }) => {
  await open004(app);
  await selectText(app, 'López Obrador');
  await app.keyboard.press('o');
  await expect(app.getByRole('combobox', { name: 'Find the official' })).toBeFocused();
  expect(await seriousViolations(app)).toEqual([]);
  await app.keyboard.press('Enter');
  await expect(app.getByRole('region', { name: /People in this article/ })).toContainText('López Obrador');
  expect(await seriousViolations(app)).toEqual([]);
});

test('the Meetings view, a meeting page with its suggestions, and the meeting editor have no serious axe violations', async ({ app }) => {
  await open004(app);
  await app.getByRole('button', { name: 'This article reports a meeting' }).click();
  await expect(app.getByRole('region', { name: 'Meeting' }).getByRole('heading', { level: 2 })).toBeVisible();
  await expect(app.getByRole('region', { name: 'Suggestions from the sources' })).toBeVisible();
  expect(await seriousViolations(app)).toEqual([]);
  await app.getByRole('button', { name: 'New meeting' }).first().click();
  await expect(app.getByRole('dialog', { name: 'New meeting' })).toBeVisible();
  expect(await seriousViolations(app)).toEqual([]);
});
