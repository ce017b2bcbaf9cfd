import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractPublished } from '../../../main/core/metadata';
import { corpusFile } from '../../helpers/corpus';

const corpus = (prefix: string): string => readFileSync(corpusFile(prefix), 'utf8');

const article = (...lines: string[]): string =>
  [...lines, '', 'The delegations met for two hours and agreed to keep talking about migration and trade.'].join('\n\n');

describe('extractPublished: datelines and headers', () => {
  it.each([
    ['MEXICO, (August 11, 2021).- In a lunch meeting, the delegations advanced.', '2021-08-11', 'August 11, 2021'],
    ['Washington D.C., 14 October 2022 — The secretaries met at the State Department.', '2022-10-14', '14 October 2022'],
    ['date 2021-12-16', '2021-12-16', '2021-12-16'],
    ['Publicado el 27 de diciembre de 2023', '2023-12-27', '27 de diciembre de 2023'],
    ['Ciudad de México, 5 de mayo de 2022.- Las delegaciones se reunieron.', '2022-05-05', '5 de mayo de 2022'],
  ])('reads %j as %s', (dateline, value, matched) => {
    const found = extractPublished(article('Officials meet on migration', dateline));
    expect(found).toEqual({ value, precision: 'day', source: `line 3: “${matched}”` });
  });

  it('gives a day and month without inventing the year', () => {
    const found = extractPublished(article('Thursday, October 3', 'Mexico and the US hold a meeting in Washington'));
    expect(found).toEqual({ value: '--10-03', precision: 'day', source: 'line 1: “Thursday, October 3”' });
    expect(found?.value.startsWith('--')).toBe(true);
  });

  it('keeps month and year precision', () => {
    expect(extractPublished(article('Officials meet on migration', 'May 2022'))).toMatchObject({ value: '2022-05', precision: 'month' });
    expect(extractPublished(article('Reunión sobre migración', 'mayo de 2022'))).toMatchObject({ value: '2022-05', precision: 'month' });
    expect(extractPublished(article('Officials meet on migration', '2021'))).toMatchObject({ value: '2021', precision: 'year' });
    expect(extractPublished(article('Officials meet on migration', 'MEXICO, (2021).- The delegations met.'))).toMatchObject({
      value: '2021',
      precision: 'year',
    });
  });

  it('never returns a day that does not exist', () => {
    const found = extractPublished(article('Officials meet on migration', 'February 30, 2023'));
    expect(found?.value).not.toBe('2023-02-30');
  });

  it('ignores relative dates, which depend on the day the text is read', () => {
    expect(extractPublished(article('Officials meet on migration', 'Published today', 'Updated 2 days ago'))).toBeNull();
  });

  it('ignores a date inside a sentence of the lead and any date in the body', () => {
    const text = article(
      'Officials meet on migration',
      'On March 14, 2022, the secretaries of both countries met again in Mexico City.',
      'The Summit of the Americas will be held on June 6 in Los Angeles.',
      '— Marcelo Ebrard C. (@m_ebrard) May 3, 2022',
    );
    expect(extractPublished(text)).toBeNull();
  });

  it('skips an embedded post signature even in the header', () => {
    const text = article('Ebrard meets Mayorkas', '— Marcelo Ebrard C. (@m_ebrard) May 3, 2022', 'Washington, May 4, 2022.- The meeting.');
    expect(extractPublished(text)).toMatchObject({ value: '2022-05-04', source: 'line 5: “May 4, 2022”' });
  });

  it('does not read the headline as the publication date when the title is known', () => {
    const title = 'Ebrard to meet Blinken on May 3, 2022';
    expect(extractPublished(article(title, 'By César Reyes'), { title })).toBeNull();
    expect(extractPublished(article(title, 'By César Reyes | April 28, 2022'), { title })).toMatchObject({ value: '2022-04-28' });
  });

  it('reads a numeric date the way the article’s language writes it', () => {
    const spanish = [
      'Reunión sobre migración',
      'Ciudad de México, 11/08/2021.- Los secretarios de los dos países se reunieron en la cancillería para hablar de la migración y de la seguridad en la frontera, y también del comercio.',
    ].join('\n\n');
    expect(extractPublished(spanish)?.value).toBe('2021-08-11');
  });

  it('quotes a long match cut to 60 characters', () => {
    const range = '2023-12-27T10:00:00.000-06:00 until 2023-12-28T11:00:00.000-06:00';
    const found = extractPublished(article('Officials meet on migration', range));
    expect(found).toEqual({ value: '2023-12-27', precision: 'day', source: `line 3: “${range.slice(0, 59)}…”` });
  });
});

describe('extractPublished: the sample corpus', () => {
  it('000: the bare “Thursday, October 3” header, without a year', () => {
    expect(extractPublished(corpus('000'))).toEqual({ value: '--10-03', precision: 'day', source: 'line 1: “Thursday, October 3”' });
    const title = 'Mexico and the US hold a meeting in Washington to strengthen cooperation towards the Summit of the Americas';
    expect(extractPublished(corpus('000'), { title })?.value).toBe('--10-03');
  });

  it('001: the “(August 11, 2021)” dateline, not the meeting or the dialogue it announces', () => {
    expect(extractPublished(corpus('001'))).toEqual({ value: '2021-08-11', precision: 'day', source: 'line 3: “August 11, 2021”' });
    const title = corpus('001').split('\n')[0];
    expect(extractPublished(corpus('001'), { title })?.value).toBe('2021-08-11');
  });

  // 002 and 003 state no date in their header; their only date-like phrases ("the end of January
  // next year") are relative and describe events. 004's "this December 27" (line 11) is the day of
  // the meeting it announces, in the body, so none of the three has a publication date in its text.
  it.each(['002', '003', '004'])('%s: no publication date in the text', (prefix) => {
    expect(extractPublished(corpus(prefix))).toBeNull();
  });
});

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

describe('extractPublished: any real date in a dateline', () => {
  const dates = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2049-12-31T00:00:00Z'), noInvalidDate: true });

  it('reads “Month D, YYYY” and “D de mes de YYYY” as exactly that day', () => {
    fc.assert(
      fc.property(dates, fc.boolean(), (date, spanish) => {
        const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
        const dateline = spanish
          ? `CIUDAD DE MÉXICO, ${day} de ${MONTHS_ES[month]} de ${year}.- Los secretarios se reunieron.`
          : `WASHINGTON, (${MONTHS_EN[month]} ${day}, ${year}).- The secretaries met.`;
        const expected = date.toISOString().slice(0, 10);
        expect(extractPublished(article('Officials meet on migration', dateline))?.value).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
