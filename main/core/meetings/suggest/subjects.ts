import type { MeetingListItem } from '../../../../shared/model/meeting';
import type { SuggestionSubject } from '../../../../shared/model/meeting-suggestion';
import type { DocumentReading } from './document-suggestions';
import { GAZETTEER } from './gazetteer';

/** A place reduced to what comparing two reports needs: its name and, when the gazetteer knows it, its city. */
export interface PlaceRef {
  name: string;
  city: string | null;
}

/** A recorded meeting, or a document no meeting cites, as the cross-document rules compare them. */
export interface Subject {
  ref: SuggestionSubject;
  place: PlaceRef | null;
  /** Official uid → name. */
  officials: ReadonlyMap<string, string>;
  /** The readings of its documents: itself, or a meeting's sources. */
  readings: readonly DocumentReading[];
  /** For a meeting, the meetings it is already linked to, whatever the kind. */
  linked: ReadonlySet<string>;
}

/** The parts of a recorded meeting the rules read. */
export type MeetingRecord = Pick<MeetingListItem, 'uid' | 'title' | 'start' | 'place' | 'participants' | 'sources' | 'links'>;

const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

const KNOWN = new Map(GAZETTEER.flatMap((place) => place.forms.map((form) => [fold(form), place] as const)));

/** A meeting's venue or city as typed by the researcher, read through the gazetteer when it knows it. */
export function placeOfMeeting(place: MeetingRecord['place']): PlaceRef | null {
  const venue = place.venue === null ? undefined : KNOWN.get(fold(place.venue));
  if (venue) return { name: venue.name, city: venue.city };
  const city = place.city === null ? undefined : KNOWN.get(fold(place.city));
  if (city) return { name: place.venue ?? city.name, city: city.city };
  const name = place.venue ?? place.city;
  return name === null ? null : { name, city: place.city };
}

/**
 * Two places that can be one meeting's: either unknown, the same place, or in the same city. A place
 * the gazetteer does not know cannot be placed in a city, so it is only told apart by name from
 * another unknown one.
 */
export function placesCompatible(a: PlaceRef | null, b: PlaceRef | null): boolean {
  if (a === null || b === null || fold(a.name) === fold(b.name)) return true;
  if (a.city !== null && b.city !== null) return fold(a.city) === fold(b.city);
  return true;
}

export function documentSubject(reading: DocumentReading): Subject {
  const { suggestion } = reading;
  const place = suggestion.places[0];
  return {
    ref: { kind: 'document', uid: suggestion.documentUid, title: suggestion.title, date: suggestion.dates[0]?.value ?? null },
    place: place ? { name: place.name, city: place.city } : null,
    officials: new Map(suggestion.participants.map((p) => [p.officialUid, p.name])),
    readings: [reading],
    linked: new Set(),
  };
}

/**
 * A recorded meeting as a subject. Its officials are its participants; a meeting recorded without
 * participants yet stands for the confirmed officials of its sources, so that it can be compared
 * as soon as it is recorded.
 */
export function meetingSubject(meeting: MeetingRecord, readings: ReadonlyMap<string, DocumentReading>): Subject {
  const sources = meeting.sources.flatMap((source) => readings.get(source.documentUid) ?? []);
  const officials =
    meeting.participants.length > 0
      ? new Map(meeting.participants.map((p) => [p.officialUid, p.name]))
      : new Map(sources.flatMap((reading) => reading.suggestion.participants.map((p) => [p.officialUid, p.name] as const)));
  return {
    ref: { kind: 'meeting', uid: meeting.uid, title: meeting.title, date: meeting.start },
    place: placeOfMeeting(meeting.place),
    officials,
    readings: sources,
    linked: new Set(meeting.links.map((link) => link.otherMeetingUid)),
  };
}
