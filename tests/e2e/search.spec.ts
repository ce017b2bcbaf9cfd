import { allCorpusFiles, expect, importThroughUi, test } from './fixtures';
import type { Page } from '@playwright/test';

const title002 = 'Mexico and the United States form a new immigration working group (+photos)';

async function importCorpus(app: Page) {
  await importThroughUi(app, allCorpusFiles);
  await app.getByRole('dialog', { name: 'Import finished' }).getByRole('button', { name: 'Close' }).click();
}

const dataRows = (app: Page) => app.getByRole('grid', { name: 'Documents' }).getByRole('row').filter({ has: app.getByRole('gridcell') });

test('searching "barcena" finds 002 with "Bárcena" highlighted in its snippet', async ({ app }) => {
  await importCorpus(app);
  await app.getByRole('searchbox', { name: 'Search library' }).fill('barcena');
  const results = app.getByRole('listbox', { name: 'Search results' });
  const only = results.getByRole('option');
  await expect(only).toHaveCount(1);
  await expect(only).toContainText(title002);
  await expect(only.locator('mark').first()).toHaveText('Bárcena');
  await only.click();
  await expect(app.getByRole('article').getByRole('heading', { name: title002 })).toBeVisible();
});

test('a date range narrows the Library to documents published within it', async ({ app }) => {
  await importCorpus(app);
  await expect(dataRows(app)).toHaveCount(5);
  await app.getByLabel('From').fill('2021');
  await app.getByLabel('To').fill('2021-12');
  await app.getByLabel('To').press('Enter');
  await expect(dataRows(app)).toHaveCount(1);
  await expect(dataRows(app).first()).toContainText('The Chancellor thanked the commitment');
  await app.getByRole('list', { name: 'Active filters' }).getByRole('button', { name: /Remove filter/ }).first().click();
  await app.getByRole('list', { name: 'Active filters' }).getByRole('button', { name: /Remove filter/ }).first().click();
  await expect(dataRows(app)).toHaveCount(5);
});

test('sorting by published date puts dated documents in date order', async ({ app }) => {
  await importCorpus(app);
  const header = app.getByRole('columnheader', { name: 'Published' });
  await header.getByRole('button').click();
  const first = await header.getAttribute('aria-sort');
  if (first !== 'descending') await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  // 001 is dated 2021-08-11; 000 only "3 October" with no year, which sorts below any full date.
  await expect(dataRows(app).nth(0)).toContainText('The Chancellor thanked the commitment');
  await expect(dataRows(app).nth(1)).toContainText('Mexico and the US hold a meeting in Washington');
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await expect(dataRows(app).nth(4)).toContainText('The Chancellor thanked the commitment');
});
