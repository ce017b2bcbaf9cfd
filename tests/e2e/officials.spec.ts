import type { Page } from '@playwright/test';
import { allCorpusFiles, expect, importThroughUi, test } from './fixtures';
import { selectText } from './reader-annotations';

async function importCorpus(app: Page) {
  await importThroughUi(app, allCorpusFiles);
  await app.getByRole('dialog', { name: 'Import finished' }).getByRole('button', { name: 'Close' }).click();
}

async function openOfficials(app: Page) {
  await app.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Officials/ }).click();
}

async function addOfficial(app: Page, name: string) {
  await app.getByRole('button', { name: 'New official' }).first().click();
  const dialog = app.getByRole('dialog', { name: 'New official' });
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByRole('button', { name: 'Add to registry' }).click();
  await expect(dialog).toHaveCount(0);
}

const people = (app: Page) => app.getByRole('listbox', { name: 'Officials' });

test('accepting every suggestion for Alejandro Mayorkas at once tags him in four documents', async ({ app }) => {
  await importCorpus(app);
  await openOfficials(app);
  await addOfficial(app, 'Alejandro Mayorkas');
  await app.getByRole('tab', { name: /^Review/ }).click();
  const queue = app.getByRole('region', { name: 'Suggestions to review' });
  await queue.getByRole('button', { name: /^Accept all \d+ suggestions of Alejandro Mayorkas$/ }).click();
  await expect(queue.getByRole('button', { name: /suggestions of Alejandro Mayorkas$/ })).toHaveCount(0);
  await queue.getByRole('button', { name: 'Accept @SecMayorkas — alias of Alejandro Mayorkas' }).click();
  await expect(queue.getByRole('button', { name: /^@SecMayorkas/ })).toHaveCount(0);

  await app.getByRole('tab', { name: 'People' }).click();
  await people(app).getByRole('option', { name: /^Alejandro Mayorkas/ }).click();
  const profile = app.getByRole('region', { name: 'Mentions' });
  await expect(profile.locator('.profile-document')).toHaveCount(4);
  await expect(profile).not.toContainText('meet on security, trade and migration');
  await expect(app.getByRole('region', { name: 'Aliases' })).toContainText('@SecMayorkas');
});

test('tagging "Rosa Aisela Rodríguez" in 002 adds the spelling as an alias of Rosa Icela Rodríguez', async ({ app }) => {
  await importCorpus(app);
  await openOfficials(app);
  await addOfficial(app, 'Rosa Icela Rodríguez');

  await app.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Library/ }).click();
  await app.getByRole('row', { name: /new immigration working group/ }).click();
  await selectText(app, 'Rosa Aisela Rodríguez');
  await app.keyboard.press('o');
  await expect(app.getByRole('listbox', { name: 'Officials' }).getByRole('option').first()).toContainText('Rosa Icela Rodríguez');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('status')).toContainText('Tagged Rosa Icela Rodríguez; “Rosa Aisela Rodríguez” is now one of their names.');
  const margin = app.getByRole('region', { name: /People in this article/ });
  await expect(margin).toContainText('Rosa Icela Rodríguez');
  await expect.poll(() => app.evaluate(() => CSS.highlights.get('dossier-mention')?.size ?? 0)).toBe(1);

  await openOfficials(app);
  await people(app).getByRole('option', { name: /^Rosa Icela Rodríguez/ }).click();
  await expect(app.getByRole('region', { name: 'Aliases' })).toContainText('Rosa Aisela Rodríguez');
});

test('merging two records of the same person keeps one, and Undo brings both back', async ({ app }) => {
  await openOfficials(app);
  await addOfficial(app, 'Marcelo Ebrard');
  await addOfficial(app, 'Marcelo Ebrard Casaubón');
  await people(app).getByRole('option', { name: /^Marcelo Ebrard,/ }).click();
  await people(app).getByRole('option', { name: /^Marcelo Ebrard Casaubón/ }).click({ modifiers: ['ControlOrMeta'] });
  await app.getByRole('button', { name: 'Merge…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Merge 2 officials' });
  await dialog.getByRole('radio', { name: 'Marcelo Ebrard Casaubón' }).check();
  await dialog.getByRole('button', { name: 'Merge' }).click();
  await expect(people(app).getByRole('option')).toHaveCount(1);
  await people(app).getByRole('option').first().click();
  await expect(app.getByRole('region', { name: 'Aliases' })).toContainText('Marcelo Ebrard');

  await app.getByRole('status').getByRole('button', { name: 'Undo' }).last().click();
  await expect(people(app).getByRole('option')).toHaveCount(2);
});
