import type { DateSuggestion } from '../../../../shared/model/meeting-suggestion';
import { headerLines } from '../../metadata/dateline';
import { asSentence, cueWeight, gapToCue, NEAR, rankOccurrences, type DocumentInput, type Occurrence, type ReadSentence } from './reading';
import { datesInSentence } from './text-dates';

/** More officials in a sentence make it likelier to be the meeting's; past three they add nothing. */
const MAX_OFFICIALS = 3;

/**
 * A date right after "to prepare" or "en seguimiento a" ("to prepare the meeting of December 27")
 * is the other meeting's: it loses what a meeting sentence gives.
 */
const OTHER_MEETING = 3;

function afterLinkWords(span: { start: number }, sentence: ReadSentence): boolean {
  return sentence.links.some((cue) => cue.end <= span.start && span.start - cue.end <= NEAR);
}

/** Where each header line (where outlets put the publication date) starts and ends in the text. */
function headerSpans(text: string, title: string): Array<{ start: number; end: number }> {
  const lineStarts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1);
  return headerLines(text, title).map((line) => {
    const start = lineStarts[line.number - 1]!;
    const next = lineStarts[line.number];
    return { start, end: next === undefined ? text.length : next - 1 };
  });
}

/**
 * The meeting dates a document suggests, likeliest first, one per date. A date scores for the
 * meeting words of its sentence (a verb more than a noun), for a meeting word close by, for the
 * officials named with it and for being written out rather than worked out from a weekday; the
 * dateline that gave the published date scores less, being the date of the report, and so does a
 * date given for the meeting this one prepares or follows up.
 */
export function suggestDates(document: DocumentInput, sentences: readonly ReadSentence[]): DateSuggestion[] {
  const language = document.language === 'es' ? 'es' : 'en';
  const header = headerSpans(document.text, document.title);
  const occurrences: Occurrence<Omit<DateSuggestion, 'score' | 'occurrences'>>[] = [];
  for (const sentence of sentences) {
    for (const found of datesInSentence(sentence.text, document.published, language)) {
      const span = { start: sentence.start + found.start, end: sentence.start + found.end };
      const dateline = found.stated && found.date.value === document.published && header.some((line) => span.start >= line.start && span.end <= line.end);
      const score =
        cueWeight(sentence) +
        (gapToCue(span, sentence) <= NEAR ? 1 : 0) +
        Math.min(MAX_OFFICIALS, sentence.officials.size) +
        (found.stated ? 1 : 0) -
        (dateline ? 1 : 0) -
        (afterLinkWords(span, sentence) ? OTHER_MEETING : 0);
      occurrences.push({
        key: found.date.value,
        score,
        start: span.start,
        value: { ...span, text: found.text, value: found.date.value, precision: found.date.precision, sentence: asSentence(sentence) },
      });
    }
  }
  return rankOccurrences(occurrences, 'best').map(({ value, score, occurrences: count }) => ({ ...value, score, occurrences: count }));
}
