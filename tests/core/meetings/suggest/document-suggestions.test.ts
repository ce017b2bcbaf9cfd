import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../../main/core/meetings/suggest/document-suggestions';
import { documentOf, officialUid } from './documents';

const suggest = (...args: Parameters<typeof documentOf>) => readDocument(documentOf(...args)).suggestion;

describe('meeting date suggestions', () => {
  it('prefers a date in a sentence with a meeting verb, and shows the sentence it came from', () => {
    const text = 'The report was filed on May 5, 2022.\n\nThe ministers met on May 3, 2022 in Washington.';
    const [first, second] = suggest(text).dates;
    expect(first).toMatchObject({ value: '2022-05-03', precision: 'day', text: 'May 3, 2022' });
    expect(text.slice(first!.start, first!.end)).toBe('May 3, 2022');
    expect(first!.sentence).toEqual({ start: 38, end: text.length, text: 'The ministers met on May 3, 2022 in Washington.' });
    expect(second?.value).toBe('2022-05-05');
    expect(first!.score).toBeGreaterThan(second!.score);
  });

  it('prefers the same in Spanish', () => {
    const text = 'El informe se publicó el 5 de mayo de 2022. Los cancilleres se reunieron el 3 de mayo de 2022 en Washington.';
    expect(suggest(text, { language: 'es' }).dates.map((date) => date.value)).toEqual(['2022-05-03', '2022-05-05']);
  });

  it('prefers a date named with the officials of the meeting', () => {
    const text = 'Officials held a meeting on June 6, 2022. Ebrard and Mayorkas held a meeting on May 3, 2022.';
    expect(suggest(text, { officials: ['Ebrard', 'Mayorkas'] }).dates[0]?.value).toBe('2022-05-03');
  });

  it('prefers a written date to one worked out from a weekday, and lists each date once', () => {
    // Published on Tuesday 26 December 2023: "this Tuesday" is the 26th.
    const text = 'An advance team met this Tuesday with SRE staff. The meeting will take place this December 27. The meeting of December 27 is private.';
    const dates = suggest(text, { published: '2023-12-26' }).dates;
    expect(dates.map((date) => date.value)).toEqual(['2023-12-27', '2023-12-26']);
    expect(dates[0]!.occurrences).toBe(2);
  });

  it('ranks the dateline, the date of the report, below a meeting date in the text', () => {
    const text = 'Summit news\n\nMEXICO, (August 11, 2021).- In a lunch meeting the delegations met.\n\nThey met again on August 10, 2021.';
    expect(suggest(text, { title: 'Summit news', published: '2021-08-11' }).dates.map((date) => date.value)).toEqual(['2021-08-10', '2021-08-11']);
  });

  it('suggests no date for a text without one', () => {
    expect(suggest('The ministers met in Washington.').dates).toEqual([]);
  });
});

describe('meeting place suggestions', () => {
  it('finds gazetteer places near meeting verbs, with the city of a venue', () => {
    const [place] = suggest('Foreign Minister Marcelo Ebrard met at the White House with Antony Blinken.').places;
    expect(place).toMatchObject({ name: 'White House', kind: 'venue', city: 'Washington', text: 'White House' });
    expect(place!.sentence.text).toBe('Foreign Minister Marcelo Ebrard met at the White House with Antony Blinken.');
  });

  it('finds Spanish forms under their usual name', () => {
    expect(suggest('El canciller se reunió con Blinken en Palacio Nacional.', { language: 'es' }).places[0]).toMatchObject({ name: 'National Palace', city: 'Mexico City' });
    expect(suggest('Los cancilleres se reunieron en Ciudad de México.', { language: 'es' }).places[0]).toMatchObject({ name: 'Mexico City', kind: 'city' });
  });

  it('takes a capitalised name after "in" or "en" in a meeting sentence, and only there', () => {
    expect(suggest('The delegations met in Querétaro on Monday.').places.map((place) => place.name)).toEqual(['Querétaro']);
    expect(suggest('Las delegaciones se reunieron en San Luis Potosí.', { language: 'es' }).places.map((place) => place.name)).toEqual(['San Luis Potosí']);
    expect(suggest('Ebrard spoke about migration in Querétaro.').places).toEqual([]);
    expect(suggest('The ministers met in June.').places).toEqual([]);
  });

  it('does not read an office as a place', () => {
    expect(suggest('The delegation includes the White House National Security Advisor, Liz Sherwood-Randall.').places).toEqual([]);
  });

  it('ranks the place the report keeps coming back to first', () => {
    const text = 'Officials meet in Washington. The ministers met in Washington again. The summit will be held in Los Angeles.';
    expect(suggest(text).places.map((place) => [place.name, place.occurrences])).toEqual([
      ['Washington', 2],
      ['Los Angeles', 1],
    ]);
  });
});

describe('participant suggestions', () => {
  it('lists every confirmed official, the ones named nearest a meeting verb first, each with a sentence', () => {
    const text = 'Biden spoke about trade. Ebrard met Blinken in Washington to discuss migration.';
    const participants = suggest(text, { officials: ['Biden', 'Ebrard', 'Blinken'] }).participants;
    expect(participants.map((p) => p.name)).toEqual(['Ebrard', 'Blinken', 'Biden']);
    expect(participants[0]).toMatchObject({ officialUid: officialUid('Ebrard'), sentence: { text: 'Ebrard met Blinken in Washington to discuss migration.' } });
    expect(participants[2]).toMatchObject({ score: 0, sentence: { text: 'Biden spoke about trade.' } });
  });

  it('ranks the same way in Spanish', () => {
    const text = 'López Obrador habló de comercio. Bárcena se reunió con Mayorkas en Palacio Nacional.';
    const participants = suggest(text, { language: 'es', officials: ['López Obrador', 'Bárcena', 'Mayorkas'] }).participants;
    expect(participants.map((p) => p.name)).toEqual(['Bárcena', 'Mayorkas', 'López Obrador']);
  });

  it('suggests nobody without confirmed officials', () => {
    expect(suggest('Ebrard met Blinken in Washington.').participants).toEqual([]);
  });
});
