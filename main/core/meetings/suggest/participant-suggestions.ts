import type { ParticipantSuggestion } from '../../../../shared/model/meeting-suggestion';
import { asSentence, cueWeight, gapToCue, NEAR, rankOccurrences, type DocumentInput, type Occurrence, type ReadSentence } from './reading';
import { sentenceAt } from './sentences';

/** Named right beside the meeting word: "met with Blinken", "la reunión con Ebrard". */
const BESIDE = 20;

/**
 * Every confirmed official of the document, the ones named nearest a meeting word first: a mention
 * scores for the meeting words of its sentence (a verb more than a noun), and more the closer it
 * is to one; an official is ranked by their best mention, then by how often they are named.
 */
export function suggestParticipants(document: DocumentInput, sentences: readonly ReadSentence[]): ParticipantSuggestion[] {
  const occurrences: Occurrence<Omit<ParticipantSuggestion, 'score' | 'occurrences'>>[] = [];
  for (const mention of document.mentions) {
    const sentence = sentenceAt(sentences, mention.start);
    if (!sentence) continue;
    const gap = gapToCue(mention, sentence);
    const score = cueWeight(sentence) + (gap <= NEAR ? 1 : 0) + (gap <= BESIDE ? 1 : 0);
    occurrences.push({
      key: mention.officialUid,
      score,
      start: mention.start,
      value: {
        officialUid: mention.officialUid,
        name: mention.name,
        start: mention.start,
        end: mention.end,
        text: document.text.slice(mention.start, mention.end),
        sentence: asSentence(sentence),
      },
    });
  }
  return rankOccurrences(occurrences, 'best').map(({ value, score, occurrences: count }) => ({ ...value, score, occurrences: count }));
}
