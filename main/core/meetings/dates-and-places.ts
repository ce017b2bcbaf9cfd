import { AppError } from '../../../shared/contract/errors';
import type { MeetingPlace } from '../../../shared/model/meeting';

const hasYear = (date: string) => !date.startsWith('--');

/**
 * Refuses an end without a start, an end that mixes a known and an unknown year with the start, and
 * an end before the start. Dates of different precision are compared at the coarser one, so
 * `2021-08` may end on `2021-08-12` and `2021-08-11` in `2021-08`.
 */
export function checkMeetingDates(start: string | null, end: string | null): void {
  if (end === null) return;
  if (start === null) throw new AppError('INVALID_INPUT', 'A meeting needs a start date before it can have an end date.');
  if (hasYear(start) !== hasYear(end)) {
    throw new AppError('INVALID_INPUT', 'Give the start and end dates both with their year or both without it.', { start, end });
  }
  const length = Math.min(start.length, end.length);
  if (end.slice(0, length) < start.slice(0, length)) {
    throw new AppError('INVALID_INPUT', `A meeting cannot end (${end}) before it starts (${start}).`, { start, end });
  }
}

/** Text compared without accents or case, so that "Mexico" finds "Ciudad de México". */
export function foldPlaceText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** City and venue as the place filter searches them. */
export function foldedPlace(place: MeetingPlace): string {
  return foldPlaceText([place.city, place.venue].filter((part) => part !== null && part !== '').join(' \u2022 '));
}

/** An empty part of a place is an unknown one. */
export function cleanPlace(place: MeetingPlace): MeetingPlace {
  return { city: place.city || null, venue: place.venue || null };
}
