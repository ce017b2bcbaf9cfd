import { readFileSync } from 'node:fs';
import { corpusFile, expect, test } from './fixtures';
import { open004, paintedTexts, pointOf, selectText } from './reader-annotations';

const passage = 'the expansion of legal avenues for migration';

test('a researcher highlights a passage with a new label and a note, and finds both after a reload', async ({ app }) => {
  await open004(app);
  await selectText(app, passage);
  await app.keyboard.press('l');
  await app.getByRole('combobox', { name: 'Find or create a label' }).fill('Legal pathways');
  await app.getByRole('option', { name: 'Create label “Legal pathways”' }).click();
  const margin = app.getByRole('complementary', { name: 'Annotations' });
  const card = margin.getByRole('listitem').filter({ hasText: passage });
  await expect(card.getByRole('list', { name: 'Labels' })).toContainText('Legal pathways');
  await expect.poll(() => paintedTexts(app)).toEqual([passage]);

  await card.getByRole('button', { name: 'Edit note' }).click();
  await card.getByRole('textbox', { name: 'Note' }).fill('**Key** commitment, see [the SRE](https://www.gob.mx/sre)');
  await card.getByRole('button', { name: 'Save note' }).click();
  await expect(card.locator('strong')).toHaveText('Key');
  await expect(card.getByRole('link', { name: 'the SRE' })).toHaveAttribute('href', 'https://www.gob.mx/sre');

  await app.reload();
  await app.getByRole('row', { name: /US advance prepares details/ }).click();
  const reloaded = app.getByRole('complementary', { name: 'Annotations' }).getByRole('listitem').filter({ hasText: passage });
  await expect(reloaded.locator('strong')).toHaveText('Key');
  await expect(reloaded.getByRole('list', { name: 'Labels' })).toContainText('Legal pathways');
  await expect.poll(() => paintedTexts(app)).toEqual([passage]);
  await expect(app.getByRole('button', { name: /Legal pathways/ }).first()).toBeVisible();
});

test('highlight and note from the keyboard; raw HTML in a note is never rendered', async ({ app }) => {
  await open004(app);
  await selectText(app, 'human mobility');
  await app.keyboard.press('n');
  const note = app.getByRole('textbox', { name: 'Note' });
  await note.fill('<img src=x onerror="window.__pwned=1"> plain words');
  await note.press('Control+Enter');
  const card = app.getByRole('complementary', { name: 'Annotations' }).getByRole('listitem').filter({ hasText: 'human mobility' });
  await expect(card).toContainText('plain words');
  await expect(card.locator('img')).toHaveCount(0);
  expect(await app.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('fixing glued words keeps nearby highlights on their words; a deleted passage goes to Unanchored', async ({ app }) => {
  await open004(app);
  await selectText(app, 'the border crossing');
  await app.keyboard.press('h');
  await selectText(app, 'vehicular and for trains');
  await app.keyboard.press('h');
  await selectText(app, 'Foreign Ministry detailed');
  await app.keyboard.press('h');
  await expect.poll(() => paintedTexts(app)).toHaveLength(3);

  const original = readFileSync(corpusFile('004'), 'utf8');
  expect(original).toContain('closuresboth');
  await app.getByRole('button', { name: 'Edit text' }).click();
  const editor = app.getByRole('textbox', { name: 'Article text' });
  const text = await editor.inputValue();
  await editor.fill(text.replace('closuresboth', 'closures both').replace(/“The visit of the high-level delegation[^”]*” the Foreign Ministry detailed[^\n]*/, 'The ministry published a statement.'));
  await app.getByRole('button', { name: 'Save text' }).click();
  await expect(app.getByRole('status')).toContainText('Text saved. Annotations: 2 kept, 1 unanchored.');
  await expect.poll(() => paintedTexts(app)).toEqual(['the border crossing', 'vehicular and for trains']);
  await expect(app.getByRole('article')).toContainText('closures both vehicular');

  const unanchored = app.getByRole('region', { name: /Unanchored \(1\)/ });
  await expect(unanchored).toContainText('Foreign Ministry detailed');
  await unanchored.getByRole('button', { name: 'Re-attach' }).click();
  await selectText(app, 'The ministry published a statement');
  await app.getByRole('button', { name: 'Attach here' }).click();
  await expect(app.getByRole('region', { name: /Unanchored/ })).toHaveCount(0);
  await expect.poll(() => paintedTexts(app)).toContain('The ministry published a statement');
});

test('deleting an annotation offers Undo, and Ctrl+Z brings it back too', async ({ app }) => {
  await open004(app);
  await selectText(app, passage);
  await app.keyboard.press('h');
  const margin = app.getByRole('complementary', { name: 'Annotations' });
  await margin.getByRole('button', { name: 'Delete annotation' }).click();
  await expect.poll(() => paintedTexts(app)).toEqual([]);
  await app.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => paintedTexts(app)).toEqual([passage]);
  await margin.getByRole('button', { name: 'Delete annotation' }).click();
  await expect.poll(() => paintedTexts(app)).toEqual([]);
  await app.getByRole('article').click({ position: { x: 5, y: 5 } });
  await app.keyboard.press('Control+z');
  await expect.poll(() => paintedTexts(app)).toEqual([passage]);
});

test('clicking a label in the codebook shows only its annotations in the Annotations view', async ({ app }) => {
  await open004(app);
  await selectText(app, passage);
  await app.keyboard.press('l');
  await app.getByRole('combobox', { name: 'Find or create a label' }).fill('Legal pathways');
  await app.keyboard.press('Enter');
  await selectText(app, 'human mobility');
  await app.keyboard.press('h');
  await expect.poll(() => paintedTexts(app)).toHaveLength(2);

  await app.getByRole('button', { name: 'Annotations', exact: true }).click();
  const list = app.getByRole('listbox', { name: /Annotations/ });
  await expect(list.getByRole('option')).toHaveCount(2);
  await app.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: /^Legal pathways/ }).click();
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(list.getByRole('option')).toContainText(passage);
  await expect(list.getByRole('option')).toContainText('Legal pathways');
});

test('nested highlights stay individually clickable, and right-clicking one offers its actions', async ({ app }) => {
  await open004(app);
  await selectText(app, 'bilateral cooperation on human mobility');
  await app.keyboard.press('h');
  await selectText(app, 'human mobility');
  await app.keyboard.press('h');
  await expect.poll(() => paintedTexts(app)).toHaveLength(2);
  const margin = app.getByRole('complementary', { name: 'Annotations' });
  const inner = margin.getByRole('button', { name: 'Highlight: human mobility' });
  const outer = margin.getByRole('button', { name: 'Highlight: bilateral cooperation on human mobility' });

  const mobility = await pointOf(app, 'mobility');
  await app.mouse.click(mobility.x, mobility.y);
  await expect(inner).toHaveAttribute('aria-pressed', 'true');
  await app.mouse.click(mobility.x, mobility.y);
  await expect(outer).toHaveAttribute('aria-pressed', 'true');
  await expect(inner).toHaveAttribute('aria-pressed', 'false');

  const bilateral = await pointOf(app, 'bilateral');
  await app.mouse.click(bilateral.x, bilateral.y, { button: 'right' });
  await app.getByRole('menu', { name: 'Highlight actions' }).getByRole('menuitem', { name: 'Delete' }).click();
  await expect.poll(() => paintedTexts(app)).toEqual(['human mobility']);
});
