import { findLinkCues, findMeetingCues, gapBetween, type Cue, type CueKind, type LinkCueKind } from './meeting-cues';
import { splitSentences, type Sentence } from './sentences';

/** A confirmed mention of an official, at [start, end) of the document's text. */
export interface OfficialSpan {
  officialUid: string;
  name: string;
  start: number;
  end: number;
}

/** A document as the suggestion rules see it. */
export interface DocumentInput {
  uid: string;
  title: string;
  text: string;
  /** The published date as stored: `2021-08-11`, `2021-08`, `2021`, `--10-03`, or null. */
  published: string | null;
  language: string | null;
  /** Its confirmed mentions of officials. */
  mentions: readonly OfficialSpan[];
}

/** A sentence with the meeting words in it, the words linking it to another meeting, and the officials named in it. */
export interface ReadSentence extends Sentence {
  cues: Cue<CueKind>[];
  links: Cue<LinkCueKind>[];
  officials: ReadonlySet<string>;
}

/** A meeting verb says more than a meeting noun; a sentence with neither says nothing of a meeting. */
const CUE_WEIGHT: Record<CueKind, number> = { verb: 3, noun: 2 };

/** Close enough to a meeting word to be about it: about a short clause. */
export const NEAR = 60;

export function readSentences(document: Pick<DocumentInput, 'text' | 'mentions'>): ReadSentence[] {
  return splitSentences(document.text).map((sentence) => ({
    ...sentence,
    cues: findMeetingCues(sentence.text, sentence.start),
    links: findLinkCues(sentence.text, sentence.start),
    officials: new Set(document.mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end).map((m) => m.officialUid)),
  }));
}

export function cueWeight(sentence: ReadSentence): number {
  return Math.max(0, ...sentence.cues.map((cue) => CUE_WEIGHT[cue.kind]));
}

/** Characters from a span to the nearest meeting word of its sentence; Infinity without one. */
export function gapToCue(span: { start: number; end: number }, sentence: ReadSentence): number {
  return Math.min(Infinity, ...sentence.cues.map((cue) => gapBetween(span, cue)));
}

export function asSentence(sentence: Sentence): Sentence {
  return { start: sentence.start, end: sentence.end, text: sentence.text };
}

export interface Occurrence<T> {
  key: string;
  value: T;
  score: number;
  start: number;
}

/**
 * One entry per key, best first: its best occurrence (the earliest of equals) stands for it, scored
 * by its best score or, with `sum`, by all its scores together, so that a place named in several
 * meeting sentences outranks one named once.
 */
export function rankOccurrences<T>(occurrences: readonly Occurrence<T>[], combine: 'best' | 'sum'): Array<{ value: T; score: number; occurrences: number }> {
  const groups = new Map<string, { best: Occurrence<T>; total: number; count: number }>();
  for (const occurrence of occurrences) {
    const group = groups.get(occurrence.key);
    if (!group) {
      groups.set(occurrence.key, { best: occurrence, total: occurrence.score, count: 1 });
      continue;
    }
    group.total += occurrence.score;
    group.count += 1;
    if (occurrence.score > group.best.score || (occurrence.score === group.best.score && occurrence.start < group.best.start)) group.best = occurrence;
  }
  return [...groups.values()]
    .map((group) => ({ group, score: combine === 'sum' ? group.total : group.best.score }))
    .sort((a, b) => b.score - a.score || b.group.count - a.group.count || a.group.best.start - b.group.best.start)
    .map(({ group, score }) => ({ value: group.best.value, score, occurrences: group.count }));
}
