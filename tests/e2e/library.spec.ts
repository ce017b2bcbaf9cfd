import { readFileSync } from 'node:fs';
import { allCorpusFiles, corpusFile, expect, importThroughUi, test } from './fixtures';

const titles = {
  '000': 'Mexico and the US hold a meeting in Washington to strengthen cooperation towards the Summit of the Americas',
  '001': 'The Chancellor thanked the commitment and willingness of Alejandro Mayorkas',
  '002': 'Mexico and the United States form a new immigration working group (+photos)',
  '003': 'Mexico and U.S. meet on security, trade and migration',
  '004': 'US advance prepares details in the SRE for high-level meeting with AMLO on migration',
};

test('an empty notebook explains how to import', async ({ app }) => {
  await expect(app.getByRole('button', { name: 'Import articles…' })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Import folder…' })).toBeVisible();
  await expect(app.getByText(/drag/i).first()).toBeVisible();
});

test('importing the five sample articles lists them with their titles', async ({ app }) => {
  await importThroughUi(app, allCorpusFiles);
  const dialog = app.getByRole('dialog', { name: 'Import finished' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('region', { name: 'Imported' })).toContainText(titles['003']);
  await dialog.getByRole('button', { name: 'Close' }).click();

  const grid = app.getByRole('grid', { name: 'Documents' });
  for (const title of Object.values(titles)) await expect(grid.getByRole('row', { name: new RegExp(escape(title)) })).toBeVisible();
  await expect(grid.getByRole('row').filter({ has: app.getByRole('gridcell') })).toHaveCount(5);
  await expect(grid.getByRole('row', { name: new RegExp(escape(titles['004'])) })).toContainText('El Sol de México');
});

test('importing the same article again reports it as a duplicate', async ({ app }) => {
  await importThroughUi(app, [corpusFile('003')]);
  await app.getByRole('dialog', { name: 'Import finished' }).getByRole('button', { name: 'Close' }).click();
  await importThroughUi(app, [corpusFile('003')]);
  const dialog = app.getByRole('dialog', { name: 'Import finished' });
  await expect(dialog.getByRole('region', { name: 'Skipped' })).toContainText('duplicate of');
});

test('reading 002, correcting its title, and finding the correction after a reload', async ({ app }) => {
  await importThroughUi(app, allCorpusFiles);
  await app.getByRole('dialog', { name: 'Import finished' }).getByRole('button', { name: 'Close' }).click();
  await app.getByRole('row', { name: new RegExp(escape(titles['002'])) }).click();

  const reader = app.getByRole('article');
  await expect(reader.getByRole('heading', { name: titles['002'] })).toBeVisible();
  await expect(reader).toContainText('The meeting was short, less than two hours');
  await expect(reader).toContainText('Luisa María Alcalde');
  await expect(reader).not.toContainText('Leave a Reply');

  await app.getByRole('button', { name: 'Edit details' }).click();
  await app.getByLabel('Title').fill('US and Mexico create a migration working group');
  await app.getByLabel('Published').fill('2023-12-27');
  await app.getByRole('button', { name: 'Save' }).click();
  await expect(reader.getByRole('heading', { name: 'US and Mexico create a migration working group' })).toBeVisible();

  await app.reload();
  const row = app.getByRole('row', { name: /US and Mexico create a migration working group/ });
  await expect(row).toBeVisible();
  await expect(row).toContainText('27 Dec 2023');
  await row.click();
  await expect(app.getByRole('article').getByRole('heading', { name: 'US and Mexico create a migration working group' })).toBeVisible();
});

test('an impossible date is explained and nothing is saved', async ({ app }) => {
  await importThroughUi(app, [corpusFile('001')]);
  await app.getByRole('dialog', { name: 'Import finished' }).getByRole('button', { name: 'Close' }).click();
  await app.getByRole('row', { name: /The Chancellor thanked/ }).click();
  await app.getByRole('button', { name: 'Edit details' }).click();
  await app.getByLabel('Published').fill('2021-02-30');
  await app.getByRole('button', { name: 'Save' }).click();
  await expect(app.getByText('that day does not exist', { exact: false })).toBeVisible();
});

test('deleting a document moves it to the Trash, and Restore brings it back', async ({ app }) => {
  await importThroughUi(app, [corpusFile('003'), corpusFile('004')]);
  await app.getByRole('dialog', { name: 'Import finished' }).getByRole('button', { name: 'Close' }).click();
  const row = app.getByRole('row', { name: new RegExp(escape(titles['003'])) });
  await row.click();
  await app.getByRole('button', { name: 'Move to Trash' }).click();
  await expect(row).toHaveCount(0);
  await expect(app.getByRole('status')).toContainText('Trash');

  await app.getByRole('button', { name: 'Trash', exact: true }).click();
  const trashed = app.getByRole('row', { name: new RegExp(escape(titles['003'])) });
  await trashed.click();
  await app.getByRole('button', { name: 'Restore' }).click();
  await expect(trashed).toHaveCount(0);

  await app.getByRole('button', { name: 'Library' }).click();
  await expect(app.getByRole('row', { name: new RegExp(escape(titles['003'])) })).toBeVisible();
});

test('emptying the Trash asks once, then deletes for good', async ({ app }) => {
  await importThroughUi(app, [corpusFile('000'), corpusFile('001')]);
  await app.getByRole('dialog', { name: 'Import finished' }).getByRole('button', { name: 'Close' }).click();
  await app.getByRole('row', { name: /Mexico and the US hold a meeting/ }).click();
  await app.keyboard.press('Delete');
  await app.getByRole('button', { name: 'Trash', exact: true }).click();
  await app.getByRole('button', { name: 'Empty trash' }).click();
  const confirm = app.getByRole('dialog', { name: 'Empty trash?' });
  await expect(confirm).toContainText('1');
  await confirm.getByRole('button', { name: /Delete 1 document/ }).click();
  await expect(app.getByRole('row', { name: /Mexico and the US hold a meeting/ })).toHaveCount(0);
  await app.getByRole('button', { name: 'Library' }).click();
  await expect(app.getByRole('grid', { name: 'Documents' }).getByRole('row').filter({ has: app.getByRole('gridcell') })).toHaveCount(1);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('dropping files onto the window imports them', async ({ app }) => {
  const text = readFileSync(corpusFile('004'), 'utf8');
  const dataTransfer = await app.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], '004.txt', { type: 'text/plain' }));
    return transfer;
  }, text);
  await app.dispatchEvent('body', 'dragenter', { dataTransfer });
  await app.dispatchEvent('body', 'dragover', { dataTransfer });
  await app.dispatchEvent('body', 'drop', { dataTransfer });
  const dialog = app.getByRole('dialog', { name: 'Import finished' });
  await expect(dialog.getByRole('region', { name: 'Imported' })).toContainText(titles['004']);
});
