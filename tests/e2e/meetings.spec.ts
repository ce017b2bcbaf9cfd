import type { Page } from '@playwright/test';
import { allCorpusFiles, expect, importThroughUi, test } from './fixtures';
import { selectText } from './reader-annotations';

const views = (app: Page) => app.getByRole('navigation', { name: 'Views' });
const meetingPage = (app: Page) => app.getByRole('region', { name: 'Meeting' });

async function registerAndConfirm(app: Page, name: string) {
  await app.getByRole('button', { name: 'New official' }).first().click();
  const dialog = app.getByRole('dialog', { name: 'New official' });
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByRole('button', { name: 'Add to registry' }).click();
  await expect(dialog).toHaveCount(0);
  await app.getByRole('tab', { name: /^Review/ }).click();
  const queue = app.getByRole('region', { name: 'Suggestions to review' });
  await queue.getByRole('button', { name: new RegExp(`^Accept all \\d+ suggestions of ${name}$`) }).click();
  await expect(queue.getByRole('button', { name: new RegExp(`suggestions of ${name}$`) })).toHaveCount(0);
  await app.getByRole('tab', { name: 'People' }).click();
}

async function setStart(app: Page, date: string) {
  await meetingPage(app).getByRole('button', { name: 'Edit', exact: true }).click();
  const editor = app.getByRole('dialog', { name: /^Edit/ });
  await editor.getByRole('textbox', { name: 'Start date' }).fill(date);
  await editor.getByRole('button', { name: 'Save' }).click();
  await expect(editor).toHaveCount(0);
}

// The whole researcher flow, from import to reload, is longer than one view's test.
test.describe.configure({ timeout: 90_000 });

test('a researcher records the 27 December 2023 meeting from 002, links 004 as preparing it, and cites Blinken as head of the US delegation', async ({ app }) => {
  await importThroughUi(app, allCorpusFiles);
  await app.getByRole('dialog', { name: 'Import finished' }).getByRole('button', { name: 'Close' }).click();
  await views(app).getByRole('button', { name: /^Officials/ }).click();
  await registerAndConfirm(app, 'Alejandro Mayorkas');
  await registerAndConfirm(app, 'Antony Blinken');

  await views(app).getByRole('button', { name: /^Library/ }).click();
  await app.getByRole('row', { name: /new immigration working group/ }).click();
  await app.getByRole('button', { name: 'This article reports a meeting' }).click();
  await expect(meetingPage(app).getByRole('heading', { name: /new immigration working group/, level: 2 })).toBeVisible();

  await setStart(app, '2023-12-27');

  // With both meetings recorded, 004's is suggested as preparing 002's.
  await views(app).getByRole('button', { name: /^Library/ }).click();
  await app.getByRole('row', { name: /US advance prepares/ }).click();
  await app.getByRole('button', { name: 'This article reports a meeting' }).click();
  await setStart(app, '2023-12-26');
  await expect(meetingPage(app).locator('.meeting-suggestion', { hasText: /Prepares\s*Mexico and the United States form a new immigration working group/ })).toBeVisible();
  // The notebook-wide review offers the same candidate, with the sentences behind it.
  await app.getByRole('tab', { name: /^Review/ }).click();
  const prepares = app.getByRole('region', { name: /^Prepares/ }).getByRole('listitem').filter({ hasText: /US advance prepares/ });
  await expect(prepares).toContainText('to prepare the high level meeting');
  await prepares.getByRole('button', { name: 'Link' }).click();
  await expect(meetingPage(app).getByRole('region', { name: /Linked meetings/ })).toContainText('Prepares');
  await app.getByRole('tab', { name: 'Meetings' }).click();
  await app.getByRole('listbox', { name: 'Meetings' }).getByRole('option', { name: /new immigration working group/ }).click();
  await expect(meetingPage(app).getByRole('region', { name: /Linked meetings/ })).toContainText('Prepared by');

  await meetingPage(app).getByRole('region', { name: /^Participants/ }).getByRole('button', { name: 'Add participant' }).click();
  await app.getByRole('combobox', { name: 'Find the official to add' }).fill('Blinken');
  await app.getByRole('listbox', { name: 'Officials' }).getByRole('option', { name: /Antony Blinken/ }).click();
  await meetingPage(app).getByRole('combobox', { name: 'Role of Antony Blinken' }).selectOption('head-of-delegation');
  await meetingPage(app).getByRole('combobox', { name: 'Side of Antony Blinken' }).selectOption('us');

  await meetingPage(app).getByRole('button', { name: /new immigration working group/, exact: false }).first().click();
  await selectText(app, 'Secretary of State Anthony Blinken');
  await app.getByRole('button', { name: 'Add as evidence to meeting…' }).click();
  await app.getByRole('combobox', { name: 'The meeting this passage is evidence for' }).press('Enter');
  await app.getByRole('radio', { name: 'Participant' }).check();
  await app.getByRole('combobox', { name: 'Which participant' }).selectOption({ label: 'Antony Blinken' });
  await app.getByRole('button', { name: 'Add as evidence', exact: true }).click();
  await expect(app.getByRole('status')).toContainText('Cited the passage as evidence');

  await app.reload();
  await views(app).getByRole('button', { name: /^Meetings/ }).click();
  const list = app.getByRole('listbox', { name: 'Meetings' });
  await expect(list.getByRole('option')).toHaveCount(2);
  await list.getByRole('option', { name: /new immigration working group/ }).click();
  const kept = meetingPage(app);
  await expect(kept.getByRole('combobox', { name: 'Role of Antony Blinken' })).toHaveValue('head-of-delegation');
  await expect(kept.getByRole('combobox', { name: 'Side of Antony Blinken' })).toHaveValue('us');
  await expect(kept.getByRole('region', { name: /Linked meetings/ })).toContainText(/Prepared by\s*US advance prepares/);
  await expect(kept.getByRole('list', { name: /Evidence from/ })).toContainText('Participant: Antony Blinken');
  await expect(kept.getByRole('list', { name: /Evidence from/ })).toContainText('Secretary of State Anthony Blinken');

  await views(app).getByRole('button', { name: 'Timeline' }).click();
  const inView = app.getByRole('list', { name: 'Meetings in view' }).getByRole('listitem');
  await expect(inView).toHaveCount(2);
  await expect(app.locator('canvas.timeline-canvas')).toHaveAttribute('data-drawn-links', /^prepares:\S+>\S+$/);
});
