import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../../helpers/docx-writer';
import { parseFile } from '../../../helpers/parse-file';
import { writeZip } from '../../../helpers/zip-writer';

describe('importing a Word document', () => {
  it('reads headings, paragraphs, lists and tables, with the first Heading 1 as the title', async () => {
    const bytes = writeDocx(
      [
        { style: 'Heading1', text: 'Minutes of the security dialogue – session two' },
        { text: 'The delegations met in Mexico City on 3 October & agreed on three points.' },
        { style: 'Heading2', text: 'Agreements' },
        { style: 'ListBullet', text: 'A joint working group on migration' },
        { style: 'ListBullet', text: 'Quarterly meetings of the ministers' },
        { table: [['Delegation', 'Head'], ['Mexico', 'Marcelo Ebrard']] },
        { text: 'The next session will take place in Washington.' },
      ],
      { title: 'Security dialogue minutes', creator: 'Secretaría de Relaciones Exteriores' },
    );
    const article = await parseFile('minutes.docx', bytes);
    expect(article.format).toBe('docx');
    expect(article.title).toBe('Minutes of the security dialogue – session two');
    expect(article.outlet).toBeNull();
    expect(article.stated).toEqual({
      title: { value: 'Minutes of the security dialogue – session two', source: 'DOCX Heading 1' },
      author: { value: 'Secretaría de Relaciones Exteriores', source: 'DOCX core properties dc:creator' },
    });
    expect(article.text).toBe(
      [
        'The delegations met in Mexico City on 3 October & agreed on three points.',
        'Agreements',
        '• A joint working group on migration\n• Quarterly meetings of the ministers',
        'Delegation\tHead\nMexico\tMarcelo Ebrard',
        'The next session will take place in Washington.',
      ].join('\n\n'),
    );
  });

  it('prefers the Title style, then the core properties title, then the first line', async () => {
    const titled = await parseFile('a.docx', writeDocx([{ style: 'Title', text: 'Joint statement' }, { style: 'Heading1', text: 'Background' }, { text: 'Text.' }]));
    expect(titled.stated.title).toEqual({ value: 'Joint statement', source: 'DOCX Title style' });

    const fromProperties = await parseFile('b.docx', writeDocx([{ text: 'The ministers met on Friday.' }], { title: 'Ministers meet in Washington' }));
    expect(fromProperties.stated.title).toEqual({ value: 'Ministers meet in Washington', source: 'DOCX core properties dc:title' });
    expect(fromProperties.text).toBe('The ministers met on Friday.');

    const placeholder = await parseFile('c.docx', writeDocx([{ text: 'Notes from the meeting' }, { text: 'Body.' }], { title: 'Document1' }));
    expect(placeholder.stated.title).toEqual({ value: 'Notes from the meeting', source: 'text line 1' });
  });

  it('recognises a Word document by content whatever its name, and refuses other zips for what they are', async () => {
    const article = await parseFile('download.bin', writeDocx([{ text: 'Renamed but still a Word document.' }, { text: 'Body.' }]));
    expect(article.format).toBe('docx');
    const spreadsheet = writeZip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' });
    await expect(parseFile('budget.docx', spreadsheet)).rejects.toMatchObject({ code: 'UNSUPPORTED_FORMAT', message: expect.stringMatching(/^budget\.docx is an Excel spreadsheet;/) });
  });

  it('refuses a damaged Word document in plain words', async () => {
    const broken = writeZip({ 'word/document.xml': '<w:document><w:body><w:p>' });
    await expect(parseFile('broken.docx', broken)).rejects.toMatchObject({
      code: 'UNSUPPORTED_FORMAT',
      message: 'broken.docx is a Word document that is damaged or incomplete; Dossier cannot read its text.',
    });
  });
});
