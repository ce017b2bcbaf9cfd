import type { CandidateEvidence, MeetingCandidate } from '../../../../shared/model/meeting-suggestion';
import { candidatePairs } from './candidate-pairs';
import { datesCompatible, isEarlier, sameDay } from './date-compat';
import type { LinkCueKind } from './meeting-cues';
import { placesCompatible, type Subject } from './subjects';

/** The share of officials two reports must have in common to be of one meeting. */
const MIN_OVERLAP = 0.4;

function overlapOf(a: Subject, b: Subject): { overlap: number; shared: MeetingCandidate['shared'] } {
  const shared = [...a.officials].filter(([uid]) => b.officials.has(uid)).map(([officialUid, name]) => ({ officialUid, name }));
  const union = new Set([...a.officials.keys(), ...b.officials.keys()]).size;
  return { overlap: union === 0 ? 0 : shared.length / union, shared };
}

function dateEvidence(subject: Subject): CandidateEvidence[] {
  const date = subject.ref.date;
  if (date === null) return [];
  for (const reading of subject.readings) {
    const found = reading.suggestion.dates.find((suggestion) => datesCompatible(suggestion.value, date));
    if (found) return [{ ...found.sentence, documentUid: reading.suggestion.documentUid, supports: 'date' }];
  }
  return [];
}

function placeEvidence(subject: Subject): CandidateEvidence[] {
  const place = subject.place;
  if (place === null) return [];
  for (const reading of subject.readings) {
    const { places } = reading.suggestion;
    const found = places.find((suggestion) => suggestion.name === place.name) ?? places.find((suggestion) => suggestion.city !== null && suggestion.city === place.city);
    if (found) return [{ ...found.sentence, documentUid: reading.suggestion.documentUid, supports: 'place' }];
  }
  return [];
}

function participantEvidence(subject: Subject, shared: MeetingCandidate['shared']): CandidateEvidence[] {
  const uids = new Set(shared.map((official) => official.officialUid));
  for (const reading of subject.readings) {
    const found = reading.suggestion.participants.find((participant) => uids.has(participant.officialUid));
    if (found) return [{ ...found.sentence, documentUid: reading.suggestion.documentUid, supports: 'participants' }];
  }
  return [];
}

/**
 * How `subject`'s reports point at `target`: by naming its day, or, failing that, by sharing enough
 * of its officials. Null when they do not.
 */
function reference(subject: Subject, target: Subject): CandidateEvidence[] | null {
  const day = target.ref.date;
  for (const reading of subject.readings) {
    const named = day === null ? undefined : reading.suggestion.dates.find((suggestion) => sameDay(suggestion.value, day));
    if (named) return [{ ...named.sentence, documentUid: reading.suggestion.documentUid, supports: 'date' }];
  }
  const { overlap, shared } = overlapOf(subject, target);
  return overlap >= MIN_OVERLAP ? participantEvidence(subject, shared) : null;
}

function cueEvidence(subject: Subject, kind: LinkCueKind): CandidateEvidence | null {
  for (const reading of subject.readings) {
    const cue = reading.linkCues.find((found) => found.kind === kind);
    if (cue) return { ...cue.sentence, documentUid: reading.suggestion.documentUid, supports: 'link' };
  }
  return null;
}

/**
 * `earlier` prepares `later` when the earlier one's reports say so ("to prepare", "advance team")
 * and point at the later one; `later` follows `earlier` up when the later one's reports say so
 * ("follow-up", "en seguimiento a") and point back.
 */
function linkCandidates(earlier: Subject, later: Subject): MeetingCandidate[] {
  const candidates: MeetingCandidate[] = [];
  const rules: Array<{ kind: LinkCueKind; from: Subject; to: Subject }> = [
    { kind: 'prepares', from: earlier, to: later },
    { kind: 'follows-up', from: later, to: earlier },
  ];
  for (const { kind, from, to } of rules) {
    const cue = cueEvidence(from, kind);
    const pointer = cue && reference(from, to);
    if (!cue || !pointer) continue;
    candidates.push({ kind, from: from.ref, to: to.ref, ...overlapOf(from, to), evidence: [cue, ...pointer] });
  }
  return candidates;
}

/** Same meeting: compatible dates, enough officials in common, and compatible places. */
function sameAsCandidate(a: Subject, b: Subject): MeetingCandidate | null {
  if (a.ref.date === null || b.ref.date === null || !datesCompatible(a.ref.date, b.ref.date)) return null;
  if (!placesCompatible(a.place, b.place)) return null;
  const { overlap, shared } = overlapOf(a, b);
  if (overlap < MIN_OVERLAP) return null;
  const evidence = [a, b].flatMap((side) => [...dateEvidence(side), ...placeEvidence(side), ...participantEvidence(side, shared)]);
  return { kind: 'same-as', from: a.ref, to: b.ref, overlap, shared, evidence };
}

const KIND_ORDER: Record<MeetingCandidate['kind'], number> = { prepares: 0, 'follows-up': 1, 'same-as': 2 };

/**
 * Candidates between two subjects (only the pairs candidatePairs can pair): links when the text says one prepares or follows up the
 * other, otherwise "same meeting" when dates, officials and places agree. A pair the text links is
 * not also offered as one meeting, and two meetings the researcher has linked already, whatever the
 * kind, are not offered again: how they relate has been decided. Meetings come before documents
 * within a pair.
 */
export function findCandidates(subjects: readonly Subject[]): MeetingCandidate[] {
  const candidates: MeetingCandidate[] = [];
  const inputs = subjects.map((subject) => ({ date: subject.ref.date, cue: subject.readings.some((reading) => reading.linkCues.length > 0) }));
  for (const [i, j] of candidatePairs(inputs)) {
    const [a, b] = subjects[j]!.ref.kind === 'meeting' && subjects[i]!.ref.kind === 'document' ? [subjects[j]!, subjects[i]!] : [subjects[i]!, subjects[j]!];
    if (a.linked.has(b.ref.uid)) continue;
    const dates = a.ref.date !== null && b.ref.date !== null ? { a: a.ref.date, b: b.ref.date } : null;
    const links = dates === null ? [] : isEarlier(dates.a, dates.b) ? linkCandidates(a, b) : isEarlier(dates.b, dates.a) ? linkCandidates(b, a) : [];
    const same = links.length === 0 ? sameAsCandidate(a, b) : null;
    candidates.push(...links, ...(same ? [same] : []));
  }
  return candidates.sort((x, y) => KIND_ORDER[x.kind] - KIND_ORDER[y.kind] || y.overlap - x.overlap);
}
