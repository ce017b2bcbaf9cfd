import * as chrono from 'chrono-node';
import { findDateMentions, type DateLanguage } from '../../metadata/date-mentions';
import { addDays, dayDate, partsOf, referenceDay, weekdayNear, withPublishedYear, type PartialDate, type WeekdayDirection } from './partial-dates';

/** A date the text gives, at [start, end) of the text searched, as the published date resolves it. */
export interface TextDate {
  start: number;
  end: number;
  text: string;
  date: PartialDate;
  /** True when the text names the month and day ("May 3", "27 de diciembre"), false for "on Tuesday", "yesterday". */
  stated: boolean;
}

// Clippings lose the space between a date and the next word when links are stripped ("December
// 27and"); chrono needs the word boundary back. Ordinal suffixes stay attached.
const GLUED_DIGIT = /(?<=\d)(?!(?:st|nd|rd|th)(?!\p{L}))(?=\p{L})/gu;

/** The text with a space after each glued digit, and the way back to the original offsets. */
function unglued(text: string): { text: string; original: (at: number) => number } {
  const inserted: number[] = [];
  const spaced = text.replace(GLUED_DIGIT, (_match, at: number) => {
    inserted.push(at + inserted.length);
    return ' ';
  });
  return {
    text: spaced,
    original: (at) => at - inserted.filter((position) => position < at).length,
  };
}

const PARSERS: Record<DateLanguage, chrono.Chrono> = { en: chrono.en.casual, es: chrono.es.casual };

// Spanish "mañana" is left out: "por la mañana" (in the morning) is far more common in news than "tomorrow".
const DAY_WORDS: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1, hoy: 0, ayer: -1, anteayer: -2, antier: -2 };
const DAY_WORD = new RegExp(`(?<![\\p{L}])(?:${Object.keys(DAY_WORDS).join('|')})(?![\\p{L}])`, 'giu');

const LAST = /(?<![\p{L}])(?:last|past|pasad[oa])(?![\p{L}])/iu;
const NEXT = /(?<![\p{L}])(?:next|coming|pr[oó]xim[oa]|que viene)(?![\p{L}])/iu;
// The tense around a bare weekday: "will meet on Thursday" is the coming one, "met on Thursday" the last.
const FUTURE = /(?<![\p{L}])(?:will|shall|going to|to be held|scheduled|plans? to|va[n]? a|\p{L}+rán?)(?![\p{L}])/iu;
const TENSE_WINDOW = 48;
const MODIFIER_WINDOW = 10;

function weekdayDirection(sentence: string, start: number, end: number): WeekdayDirection {
  // "last Thursday", "el pasado jueves", "el jueves pasado", "next Monday", "el próximo martes".
  const phrase = sentence.slice(Math.max(0, start - MODIFIER_WINDOW), end + MODIFIER_WINDOW);
  if (LAST.test(phrase)) return 'before';
  if (NEXT.test(phrase)) return 'after';
  return FUTURE.test(sentence.slice(Math.max(0, start - TENSE_WINDOW), end + TENSE_WINDOW / 2)) ? 'on-or-after' : 'on-or-before';
}

function overlaps(a: { start: number; end: number }, taken: readonly { start: number; end: number }[]): boolean {
  return taken.some((b) => a.start < b.end && b.start < a.end);
}

/** Dates with their month and day written out; a missing year comes from the published date. */
function statedDates(sentence: string, language: DateLanguage, published: string | null): TextDate[] {
  const found: TextDate[] = [];
  for (const mention of findDateMentions(sentence, language)) {
    const span = { start: mention.index, end: mention.index + mention.text.length };
    if (overlaps(span, found)) continue;
    const { year, month, day } = partsOf(mention.date.value);
    const date = year === null && month !== null && day !== null ? (withPublishedYear(month, day, published) ?? mention.date) : mention.date;
    found.push({ ...span, text: mention.text, date, stated: true });
  }
  return found;
}

/** "on Tuesday", "last Thursday", "el martes pasado": the day they name, seen from the published day. */
function weekdayDates(sentence: string, language: DateLanguage, reference: Date): TextDate[] {
  const order: DateLanguage[] = language === 'es' ? ['es', 'en'] : ['en', 'es'];
  const found: TextDate[] = [];
  for (const code of order) {
    for (const result of PARSERS[code].parse(sentence, reference)) {
      const weekday = result.start.get('weekday');
      if (!result.start.isCertain('weekday') || result.start.isCertain('day') || weekday === null) continue;
      const span = { start: result.index, end: result.index + result.text.length };
      if (overlaps(span, found)) continue;
      const direction = weekdayDirection(sentence, span.start, span.end);
      const day = weekdayNear(reference, weekday, direction);
      found.push({ ...span, text: result.text, date: dayDate(day), stated: false });
    }
  }
  return found;
}

function dayWordDates(sentence: string, reference: Date): TextDate[] {
  return [...sentence.matchAll(DAY_WORD)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
    date: dayDate(addDays(reference, DAY_WORDS[match[0].toLowerCase()]!)),
    stated: false,
  }));
}

/**
 * The dates one sentence gives, in text order, resolved against the document's published date
 * (`2021-08-11`, `2021-08`, `2021`, `--10-03` or null). Written dates keep the precision they are
 * written with; a day and month without a year take the year nearest to publication, or stay
 * year-less (`--12-27`) when the published year is unknown. Weekdays and "yesterday" need a
 * published day with its year; without one they are left out rather than guessed.
 */
export function datesInSentence(sentence: string, published: string | null, language: DateLanguage = 'en'): TextDate[] {
  const { text, original } = unglued(sentence);
  const stated = statedDates(text, language, published);
  const reference = referenceDay(published);
  const relative =
    reference === null ? [] : [...weekdayDates(text, language, reference), ...dayWordDates(text, reference)].filter((date) => !overlaps(date, stated));
  return [...stated, ...relative]
    .sort((a, b) => a.start - b.start)
    .map((date) => {
      const start = original(date.start);
      const end = original(date.end);
      return { ...date, start, end, text: sentence.slice(start, end) };
    });
}
