import type { SuggestionQueue } from '../../../shared/model/suggestion';
import { candidateKey, mentionKey, type Candidate, type KnownGroup, type KnownMention } from '../../stores/review-decisions';

type Sighting = Candidate['mentions'][number];

/** One line of the queue as it scrolls: a section heading, a person (or new name), or one of their mentions. */
export type ReviewRow =
  | { kind: 'section'; key: string; title: string }
  | { kind: 'person'; key: string; group: KnownGroup; expanded: boolean }
  | { kind: 'mention'; key: string; group: KnownGroup; mention: KnownMention }
  | { kind: 'candidate'; key: string; candidate: Candidate; expanded: boolean }
  | { kind: 'sighting'; key: string; candidate: Candidate; sighting: Sighting };

export const personKey = (group: Pick<KnownGroup, 'officialUid'>) => `person:${group.officialUid}`;

export const suggestionsText = (count: number) => (count === 1 ? '1 suggestion' : `${count} suggestions`);

/** The queue flattened for a virtual list; folded groups keep their heading and drop their mentions. */
export function reviewRows(queue: SuggestionQueue, collapsed: Readonly<Record<string, true>>): ReviewRow[] {
  const rows: ReviewRow[] = [];
  if (queue.known.length > 0) {
    const total = queue.known.reduce((sum, group) => sum + group.mentions.length, 0);
    rows.push({ kind: 'section', key: 'section:known', title: `Known people (${suggestionsText(total)})` });
    for (const group of queue.known) {
      const key = personKey(group);
      const expanded = !collapsed[key];
      rows.push({ kind: 'person', key, group, expanded });
      if (!expanded) continue;
      for (const mention of group.mentions) rows.push({ kind: 'mention', key: mentionKey(group.officialUid, mention), group, mention });
    }
  }
  if (queue.candidates.length > 0) {
    rows.push({ kind: 'section', key: 'section:candidates', title: `New names (${queue.candidates.length})` });
    for (const candidate of queue.candidates) {
      const key = candidateKey(candidate);
      const expanded = !collapsed[key];
      rows.push({ kind: 'candidate', key, candidate, expanded });
      if (!expanded) continue;
      for (const sighting of candidate.mentions) {
        rows.push({ kind: 'sighting', key: `${key}:${sighting.documentUid}:${sighting.start}`, candidate, sighting });
      }
    }
  }
  return rows;
}

/** The group a row belongs to (itself for a heading), for acting on "this person". */
export function groupKeyOf(row: ReviewRow): string | null {
  switch (row.kind) {
    case 'person':
    case 'candidate':
      return row.key;
    case 'mention':
      return personKey(row.group);
    case 'sighting':
      return candidateKey(row.candidate);
    default:
      return null;
  }
}
