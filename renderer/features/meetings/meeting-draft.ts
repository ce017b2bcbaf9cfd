import type { Meeting, MeetingFormat, MeetingInput, MeetingPatch } from '../../../shared/model/meeting';
import { isRealPartialDate } from '../../../shared/text/partial-date';

/** The editor's fields as typed; dates stay text until they are checked. */
export interface MeetingDraft {
  title: string;
  start: string;
  end: string;
  city: string;
  venue: string;
  format: MeetingFormat | '';
  summary: string;
  topics: string[];
}

export type DraftErrors = Partial<Record<'title' | 'start' | 'end', string>>;

export function draftOf(meeting: Meeting | null, prefill: Partial<MeetingDraft> = {}): MeetingDraft {
  return {
    title: meeting?.title ?? '',
    start: meeting?.start ?? '',
    end: meeting?.end ?? '',
    city: meeting?.place.city ?? '',
    venue: meeting?.place.venue ?? '',
    format: meeting?.format ?? '',
    summary: meeting?.summary ?? '',
    topics: meeting?.topics ?? [],
    ...prefill,
  };
}

/** Why a typed date cannot be stored, in the words the editor shows; null when it is fine or empty. */
export function partialDateProblem(value: string): string | null {
  if (value === '') return null;
  if (!/^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$/.test(value)) {
    return 'Use a year (2021), a month (2021-08), a day (2021-08-11), or --08-11 for a day of unknown year.';
  }
  return isRealPartialDate(value) ? null : 'That day does not exist.';
}

/** The first and last day a dated value can mean, for ordering start and end; null without a year. */
function span(value: string): [string, string] | null {
  if (value.startsWith('--')) return null;
  if (value.length === 4) return [`${value}-01-01`, `${value}-12-31`];
  if (value.length === 7) return [`${value}-01`, `${value}-31`];
  return [value, value];
}

/** Checks the draft; the input to store when it is fine, else the problems by field. */
export function inputOf(draft: MeetingDraft): { input: MeetingInput | null; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const title = draft.title.trim();
  const start = draft.start.trim();
  const end = draft.end.trim();
  if (title === '') errors.title = 'A meeting needs a title.';
  const startProblem = partialDateProblem(start);
  if (startProblem) errors.start = startProblem;
  const endProblem = partialDateProblem(end);
  if (endProblem) errors.end = endProblem;
  else if (end !== '' && start === '') errors.end = 'An end date needs a start date.';
  else if (end !== '' && !startProblem) {
    const [from, to] = [span(start), span(end)];
    if (from && to && to[1] < from[0]) errors.end = 'The end cannot come before the start.';
  }
  if (Object.keys(errors).length > 0) return { input: null, errors };
  const text = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    input: {
      title,
      start: text(start),
      end: text(end),
      place: { city: text(draft.city), venue: text(draft.venue) },
      format: draft.format === '' ? null : draft.format,
      summary: draft.summary,
      topics: draft.topics,
    },
    errors,
  };
}

/** Only the fields that changed, or null when nothing did. */
export function patchOf(meeting: Meeting, input: MeetingInput): MeetingPatch | null {
  const patch: Record<string, unknown> = {};
  if (input.title !== meeting.title) patch.title = input.title;
  if (input.start !== meeting.start) patch.start = input.start;
  if (input.end !== meeting.end) patch.end = input.end;
  if (input.place?.city !== meeting.place.city || input.place?.venue !== meeting.place.venue) patch.place = input.place;
  if (input.format !== meeting.format) patch.format = input.format;
  if (input.summary !== meeting.summary) patch.summary = input.summary;
  if (JSON.stringify(input.topics) !== JSON.stringify(meeting.topics)) patch.topics = input.topics;
  return Object.keys(patch).length > 0 ? (patch as MeetingPatch) : null;
}
