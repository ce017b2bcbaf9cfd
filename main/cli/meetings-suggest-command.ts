import type { DateSuggestion, DocumentMeetingSuggestion, MeetingCandidate, SuggestionSubject } from '../../shared/model/meeting-suggestion';
import type { CoreHandle } from '../core/api/core-handle';
import { call } from './call';

const SENTENCE_LENGTH = 160;
const OTHER_DATES = 3;

const quote = (text: string): string => `“${text.length > SENTENCE_LENGTH ? `${text.slice(0, SENTENCE_LENGTH - 1)}…` : text}”`;

function dateLabel(date: Pick<DateSuggestion, 'value' | 'precision'>): string {
  return `${date.value} (${date.precision}${date.value.startsWith('--') ? ', year unknown' : ''})`;
}

function describeDocument(document: DocumentMeetingSuggestion): string[] {
  const lines = [`${document.title} [${document.documentUid}]${document.published ? `, published ${document.published}` : ''}`];
  const [date, ...otherDates] = document.dates;
  lines.push(date ? `  date: ${dateLabel(date)}, from ${quote(date.sentence.text)}` : '  date: none found');
  if (otherDates.length > 0) lines.push(`  other dates: ${otherDates.slice(0, OTHER_DATES).map(dateLabel).join('; ')}`);
  const [place] = document.places;
  lines.push(place ? `  place: ${place.name}${place.kind === 'venue' ? `, ${place.city}` : ''}, from ${quote(place.sentence.text)}` : '  place: none found');
  lines.push(
    document.participants.length > 0
      ? `  participants: ${document.participants.map((participant) => participant.name).join(', ')}`
      : '  participants: no confirmed officials',
  );
  return lines;
}

const KIND_WORDS: Record<MeetingCandidate['kind'], string> = { 'same-as': 'is the same meeting as', prepares: 'prepares', 'follows-up': 'follows up' };

const subjectLabel = (subject: SuggestionSubject): string =>
  `${subject.kind} “${subject.title}” [${subject.uid}]${subject.date ? ` (${subject.date})` : ''}`;

function describeCandidate(candidate: MeetingCandidate): string[] {
  const shared = candidate.shared.length > 0 ? `, ${Math.round(candidate.overlap * 100)}% of officials shared: ${candidate.shared.map((o) => o.name).join(', ')}` : '';
  return [
    `${subjectLabel(candidate.from)} ${KIND_WORDS[candidate.kind]} ${subjectLabel(candidate.to)}${shared}`,
    ...candidate.evidence.map((evidence) => `  ${evidence.supports} [${evidence.documentUid} ${evidence.start}–${evidence.end}]: ${quote(evidence.text)}`),
  ];
}

/**
 * `dossier meetings suggest`: what each document suggests about its meeting, and candidates between
 * them; those dismissed in the app are left out of the text and kept apart in the JSON, as the app does.
 */
export async function runMeetingsSuggest(core: CoreHandle, input: { document?: string }, json: boolean): Promise<number> {
  const suggestions = await call(core, 'meetings.suggestions', input.document === undefined ? {} : { documentUids: [input.document] });
  if (json) {
    process.stdout.write(`${JSON.stringify(suggestions)}\n`);
    return 0;
  }
  if (suggestions.documents.length === 0) {
    process.stdout.write('No documents to read. Import some with: dossier import --notebook FILE PATH…\n');
    return 0;
  }
  const lines = suggestions.documents.flatMap((document, i) => [...(i > 0 ? [''] : []), ...describeDocument(document)]);
  lines.push('', suggestions.candidates.length === 0 ? 'No same-meeting or link candidates.' : 'Candidates:');
  lines.push(...suggestions.candidates.flatMap(describeCandidate));
  const dismissed = suggestions.dismissed.length;
  if (dismissed > 0) lines.push(`(${dismissed} dismissed ${dismissed === 1 ? 'candidate is' : 'candidates are'} not shown; --json lists them under "dismissed".)`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
