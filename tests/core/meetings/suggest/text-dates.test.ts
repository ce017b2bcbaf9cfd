import { describe, expect, it } from 'vitest';
import { datesInSentence } from '../../../../main/core/meetings/suggest/text-dates';

const values = (sentence: string, published: string | null, language: 'en' | 'es' = 'en') =>
  datesInSentence(sentence, published, language).map((found) => found.date.value);

describe('dates in a sentence, resolved against the published date (English)', () => {
  it('reads "on Tuesday" in an article of Wednesday 11 August 2021 as 10 August 2021', () => {
    const sentence = 'The ministers met on Tuesday in Mexico City.';
    const start = sentence.indexOf('on Tuesday');
    expect(datesInSentence(sentence, '2021-08-11')).toEqual([
      { start, end: start + 10, text: 'on Tuesday', date: { value: '2021-08-10', precision: 'day' }, stated: false },
    ]);
  });

  it('reads "this December 27" in an article of 26 December 2023 as 27 December 2023, even glued to the next word', () => {
    const sentence = 'The meeting will take place this December 27and it comes after a call.';
    const [found] = datesInSentence(sentence, '2023-12-26');
    expect(found).toMatchObject({ text: 'December 27', date: { value: '2023-12-27', precision: 'day' }, stated: true });
    expect(sentence.slice(found!.start, found!.end)).toBe('December 27');
  });

  it('keeps a day and month without a year as day precision of unknown year when the published year is unknown', () => {
    expect(datesInSentence('The meeting will take place this December 27.', null)[0]?.date).toEqual({ value: '--12-27', precision: 'day' });
    expect(values('The meeting will take place this December 27.', '--10-03')).toEqual(['--12-27']);
    // A published year alone cannot say which side of New Year a day falls.
    expect(values('The meeting will take place this December 27.', '2023')).toEqual(['--12-27']);
  });

  it('takes the year nearest publication: "December 27" in an article of 2 January is last December', () => {
    expect(values('They met on December 27.', '2024-01-02')).toEqual(['2023-12-27']);
    expect(values('They met on December 27.', '2023-12')).toEqual(['2023-12-27']);
  });

  it('keeps a written year and the precision written', () => {
    expect(values('Ebrard met Blinken this same Tuesday, May 3, 2022.', '--10-03')).toEqual(['2022-05-03']);
    expect(datesInSentence('The talks took place in May 2022.', '2023-12-26')[0]?.date).toEqual({ value: '2022-05', precision: 'month' });
  });

  it('reads "last", "next" and the tense around a weekday', () => {
    // 26 December 2023 was a Tuesday.
    expect(values('They spoke last Thursday.', '2023-12-26')).toEqual(['2023-12-21']);
    expect(values('They met on Thursday in Washington.', '2023-12-26')).toEqual(['2023-12-21']);
    expect(values('They will meet on Thursday in Washington.', '2023-12-26')).toEqual(['2023-12-28']);
    expect(values('They meet again next Tuesday.', '2023-12-26')).toEqual(['2024-01-02']);
    expect(values('An advance team met this Tuesday with SRE staff.', '2023-12-26')).toEqual(['2023-12-26']);
    expect(values('Yesterday Ebrard left for Washington.', '2022-05-04')).toEqual(['2022-05-03']);
  });

  it('gives no date for a weekday or "yesterday" without a published day, for a time alone, or for "a day later"', () => {
    expect(values('The ministers met on Tuesday.', null)).toEqual([]);
    expect(values('The ministers met on Tuesday.', '--08-11')).toEqual([]);
    expect(values('The ministers met on Tuesday.', '2021-08')).toEqual([]);
    expect(values('Yesterday Ebrard left for Washington.', null)).toEqual([]);
    expect(values('I have a call with President Biden at 9:00.', '2023-12-26')).toEqual([]);
    expect(values('A day later, the president detailed the call.', '2023-12-26')).toEqual([]);
    expect(values('The summit will be held in June.', '--10-03')).toEqual([]);
  });
});

describe('dates in a sentence, resolved against the published date (Spanish)', () => {
  it('reads "el martes" in an article of 11 August 2021 as 10 August 2021', () => {
    const sentence = 'Los cancilleres se reunieron el martes en Palacio Nacional.';
    const start = sentence.indexOf('martes');
    expect(datesInSentence(sentence, '2021-08-11', 'es')).toEqual([
      { start, end: start + 6, text: 'martes', date: { value: '2021-08-10', precision: 'day' }, stated: false },
    ]);
  });

  it('reads written days with and without their year', () => {
    expect(values('La reunión será el próximo 27 de diciembre.', '2023-12-26', 'es')).toEqual(['2023-12-27']);
    expect(values('La reunión será el próximo 27 de diciembre.', null, 'es')).toEqual(['--12-27']);
    expect(values('Ebrard se reunió con Mayorkas el 3 de mayo de 2022.', null, 'es')).toEqual(['2022-05-03']);
  });

  it('reads "el pasado jueves", "el jueves pasado", the future tense and "ayer"', () => {
    expect(values('Hablaron por teléfono el pasado jueves.', '2023-12-26', 'es')).toEqual(['2023-12-21']);
    expect(values('Hablaron por teléfono el jueves pasado.', '2023-12-26', 'es')).toEqual(['2023-12-21']);
    expect(values('Ebrard se reunirá el jueves con Blinken.', '2023-12-26', 'es')).toEqual(['2023-12-28']);
    expect(values('Ayer se reunieron en la cancillería.', '2023-12-26', 'es')).toEqual(['2023-12-25']);
  });

  it('does not read "por la mañana" as tomorrow, nor a weekday without a published day', () => {
    expect(values('Por la mañana se reunieron en la cancillería.', '2023-12-26', 'es')).toEqual([]);
    expect(values('Los cancilleres se reunieron el martes.', null, 'es')).toEqual([]);
  });
});
