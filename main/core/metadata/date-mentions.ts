import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import { partialDateOf, type PartialDate } from './partial-date-value';

export interface DateMention {
  /** Offset of the mention in the line. */
  index: number;
  text: string;
  date: PartialDate;
}

export type DateLanguage = 'en' | 'es';

// Casual mode, because strict mode misses month-and-year dates ("May 2022", "mayo de 2022"); the
// relative phrases casual mode adds ("today", "2 days ago") are dropped by the reference check.
const PARSERS: Record<DateLanguage, chrono.Chrono> = { en: chrono.en.casual, es: chrono.es.casual };

// Two reference instants far apart in year, month and weekday: a date written in the text reads
// the same against both, a relative one ("in 3 weeks", "next year") does not.
const REFERENCES = [new Date(Date.UTC(2001, 2, 14, 12)), new Date(Date.UTC(2017, 9, 29, 12))] as const;

/** Only what the text states: a year chrono imputed from the reference is left out. */
function statedDate(result: ParsedResult): PartialDate | null {
  const { start, text } = result;
  const part = (component: 'year' | 'month' | 'day'): number | null =>
    start.isCertain(component) ? (start.get(component) ?? null) : null;
  const year = part('year');
  // The Spanish parser reads "May 3, 2022" as May of the year 3; a stated year is written in full.
  if (year !== null && !text.includes(String(year))) return null;
  return partialDateOf(year, part('month'), part('day'));
}

function mentionsBy(parser: chrono.Chrono, line: string): DateMention[] {
  const [first, second] = REFERENCES.map((reference) => parser.parse(line, reference));
  return (first ?? []).flatMap((result) => {
    const date = statedDate(result);
    const again = second?.find((other) => other.index === result.index && other.text === result.text);
    if (date === null || !again || statedDate(again)?.value !== date.value) return [];
    return [{ index: result.index, text: result.text, date }];
  });
}

// A dateline that gives only a year: "2021", "date: 2021", "MEXICO, (2021).- …".
const BARE_YEAR = /^(?:(?:date|fecha|published|publicado)\b[\s:]*(?:(?:on|el|en)\s+)?)?(?:[^\d,()]{1,40},\s*)?\(?((?:19|20)\d{2})\)?(?:\s*(?:\.?-|[—–:])(?:\s.*)?|\.)?$/iu;

function bareYear(line: string): DateMention[] {
  const match = BARE_YEAR.exec(line);
  const year = match?.[1];
  const date = year === undefined ? null : partialDateOf(Number(year), null, null);
  return year === undefined || date === null ? [] : [{ index: line.indexOf(year), text: year, date }];
}

/**
 * The dates a line states, earliest first. Both parsers run, the document's language first, so
 * that an ambiguous "11/08/2021" is read the way that language writes it (day first in Spanish).
 */
export function findDateMentions(line: string, language: DateLanguage = 'en'): DateMention[] {
  const order: DateLanguage[] = language === 'es' ? ['es', 'en'] : ['en', 'es'];
  const mentions = [...order.flatMap((code) => mentionsBy(PARSERS[code], line)), ...bareYear(line)];
  return mentions.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
}
