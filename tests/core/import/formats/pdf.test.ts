import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestNotebook, tempDir } from '../../../helpers/notebook';
import { parseFile } from '../../../helpers/parse-file';
import { writePdf, type PdfRun } from '../../../helpers/pdf-writer';

/** Lines of a column starting at `top`, 12 points apart, all at `x`. */
function column(x: number, top: number, lines: string[]): PdfRun[] {
  return lines.map((text, index) => ({ text, x, y: top - index * 12 }));
}

describe('importing a PDF', () => {
  it('reads two columns left first, then right, and rebuilds the paragraphs', async () => {
    const bytes = writePdf([
      {
        runs: [
          { text: 'Border officials open a new crossing', x: 72, y: 740, size: 20 },
          // The two columns share baselines, as typeset columns do.
          ...column(72, 700, ['The delegations met on Monday in the', 'capital to discuss migration and', 'trade at the Foreign Ministry.']),
          ...column(72, 652, ['A second paragraph in the left', 'column ends here.']),
          ...column(330, 700, ['The right column begins a new', 'paragraph about security and', 'cooperation on the border.']),
          ...column(330, 652, ['Its last paragraph closes the', 'article.']),
        ],
      },
    ]);
    const article = await parseFile('crossing.pdf', bytes);
    expect(article.format).toBe('pdf');
    expect(article.title).toBe('Border officials open a new crossing');
    expect(article.stated.title).toEqual({ value: 'Border officials open a new crossing', source: 'page 1, line 1' });
    expect(article.text.split('\n\n')).toEqual([
      'The delegations met on Monday in the capital to discuss migration and trade at the Foreign Ministry.',
      'A second paragraph in the left column ends here.',
      'The right column begins a new paragraph about security and cooperation on the border.',
      'Its last paragraph closes the article.',
    ]);
  });

  it('joins words hyphenated at a line end, keeps real hyphens, and drops running heads and page numbers', async () => {
    const header = { text: 'Border Monitor - Weekly Brief', x: 72, y: 760, size: 9 };
    const bytes = writePdf(
      [
        {
          runs: [
            header,
            { text: 'Talks on migration resume', x: 72, y: 720, size: 18 },
            ...column(72, 690, [
              'The talks on migra-',
              'tion resumed on Tuesday, said Liz Sherwood-Randall, who led the',
              'US delegation together with Elizabeth Sherwood-',
              'Randall and the ambassador, and both sides',
            ]),
            { text: '1', x: 300, y: 40, size: 9 },
          ],
        },
        {
          runs: [
            header,
            ...column(72, 720, ['agreed to meet again in March.', 'The next round will be held in Wash-', 'ington.']),
            { text: 'Page 2 of 2', x: 280, y: 40, size: 9 },
          ],
        },
      ],
      { Title: 'Microsoft Word - brief.docx', Author: 'Border Monitor staff' },
    );
    const article = await parseFile('brief.pdf', bytes);
    expect(article.title).toBe('Talks on migration resume');
    expect(article.stated.author).toEqual({ value: 'Border Monitor staff', source: 'PDF info Author' });
    expect(article.text).toBe(
      'The talks on migration resumed on Tuesday, said Liz Sherwood-Randall, who led the US delegation together with Elizabeth ' +
        'Sherwood-Randall and the ambassador, and both sides agreed to meet again in March. The next round will be held in Washington.',
    );
    expect(article.content).not.toMatch(/Weekly Brief|Page 2/);
  });

  it('takes a meaningful title from the document information', async () => {
    const bytes = writePdf([{ runs: column(72, 700, ['Statement', 'The ministers met in Washington on Friday.']) }], { Title: 'Joint statement on the Washington meeting' });
    const article = await parseFile('statement.pdf', bytes);
    expect(article.stated.title).toEqual({ value: 'Joint statement on the Washington meeting', source: 'PDF info Title' });
    expect(article.text).toBe('Statement The ministers met in Washington on Friday.');
  });

  it('refuses a scanned PDF with no text, and the notebook does not change', async () => {
    const file = join(tempDir(), 'scan.pdf');
    writeFileSync(file, writePdf([{ graphics: '0.5 g 72 72 468 648 re f' }, {}]));
    const notebook = openTestNotebook();
    const summary = await notebook.importPaths(file);
    expect(summary.imported).toEqual([]);
    expect(summary.failed).toEqual([
      { file, code: 'UNSUPPORTED_FORMAT', message: 'scan.pdf is a scanned PDF with no text; run OCR on it first, then import it again.' },
    ]);
    expect((await notebook.call('notebook.info', {})).documents).toBe(0);
  });

  it('refuses a damaged PDF in plain words', async () => {
    const bytes = writePdf([{ runs: column(72, 700, ['Some text']) }]).subarray(0, 60);
    await expect(parseFile('cut.pdf', bytes)).rejects.toMatchObject({
      code: 'UNSUPPORTED_FORMAT',
      message: 'cut.pdf is a PDF document that is damaged or incomplete; Dossier cannot read its text.',
    });
  });
});
