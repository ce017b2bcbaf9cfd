import { findDateMentions, type DateMention } from './date-mentions';
import { headerLines } from './dateline';
import { detectLanguage } from './language';
import type { PartialDate } from './partial-date-value';

export interface PublishedDate extends PartialDate {
  /** Where the date was read, in plain words: `line 3: “August 11, 2021”`. */
  source: string;
}

/**
 * A dateline or byline date comes first on its line: at most a place or label before it ("MEXICO,
 * (", "Washington D.C.,", "Publicado el", "By César Reyes |"), and after it only the end of the line
 * or a separator ("— The secretaries…", ").- In a lunch…"). "On May 3, 2022, the secretaries met"
 * passes the first test and fails the second: a date inside a sentence is the news reported.
 */
const MAX_WORDS_BEFORE = 5;
const DATELINE_END = /^[\s).\]]*(?:$|[-—–|:])/u;

function isDatelineDate(line: string, mention: DateMention): boolean {
  const wordsBefore = line
    .slice(0, mention.index)
    .split(/\s+/)
    .filter((word) => /[\p{L}\d]/u.test(word)).length;
  return wordsBefore <= MAX_WORDS_BEFORE && DATELINE_END.test(line.slice(mention.index + mention.text.length));
}

const QUOTE_LENGTH = 60;

const quote = (text: string): string =>
  `“${text.length > QUOTE_LENGTH ? `${text.slice(0, QUOTE_LENGTH - 1)}…` : text}”`;

/**
 * The article's publication date, read from its header only (see `headerLines`): the first date,
 * in reading order, that is a header line's dateline (see `isDatelineDate`). Dates in the body are
 * never used, even when the header has none: in news text they are the dates of the events reported
 * ("the meeting will take place this December 27", an embedded post's "May 3, 2022"), and a wrong
 * publication date is worse for a researcher than an empty one they can fill in. A year the text
 * does not state is not guessed: "Thursday, October 3" gives `--10-03`.
 */
export function extractPublished(text: string, options: { title?: string; language?: string | null } = {}): PublishedDate | null {
  const language = (options.language === undefined ? detectLanguage(text)?.value : options.language) === 'es' ? 'es' : 'en';
  for (const line of headerLines(text, options.title)) {
    const mention = findDateMentions(line.text, language).find((found) => isDatelineDate(line.text, found));
    if (mention) return { ...mention.date, source: `line ${line.number}: ${quote(mention.text)}` };
  }
  return null;
}
