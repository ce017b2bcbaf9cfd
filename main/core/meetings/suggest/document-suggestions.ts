import type { DocumentMeetingSuggestion } from '../../../../shared/model/meeting-suggestion';
import type { Sentence } from './sentences';
import { suggestDates } from './date-suggestions';
import type { LinkCueKind } from './meeting-cues';
import { suggestParticipants } from './participant-suggestions';
import { suggestPlaces } from './place-suggestions';
import { asSentence, readSentences, type DocumentInput } from './reading';

/** A sentence saying that the meeting reported prepares another, or follows one up. */
export interface LinkCueSentence {
  kind: LinkCueKind;
  sentence: Sentence;
}

/** What a document suggests, with the link sentences that cross-document candidates look for. */
export interface DocumentReading {
  suggestion: DocumentMeetingSuggestion;
  linkCues: LinkCueSentence[];
}

/** The meeting a document reports, as far as its text, published date and confirmed officials tell. Pure: no database. */
export function readDocument(document: DocumentInput): DocumentReading {
  const sentences = readSentences(document);
  const linkCues = sentences.flatMap((sentence) =>
    [...new Set(sentence.links.map((cue) => cue.kind))].map((kind) => ({ kind, sentence: asSentence(sentence) })),
  );
  return {
    suggestion: {
      documentUid: document.uid,
      title: document.title,
      published: document.published,
      dates: suggestDates(document, sentences),
      places: suggestPlaces(document, sentences),
      participants: suggestParticipants(document, sentences),
    },
    linkCues,
  };
}
