import type { SuggestionQueue } from '../../../shared/model/suggestion';
import { formatCount } from '../../components/format';
import { candidateKey, mentionKey, personKey, proposalKey, type AliasProposal, type Candidate, type KnownGroup, type KnownMention } from '../../stores/review-decisions';
import type { ReviewGroup } from '../../stores/review-pages';

type Sighting = Candidate['mentions'][number];

/**
 * One line of the queue as it scrolls: a section heading, a person (or new name, or handle proposed
 * as an alias), one of their mentions, or the button that fetches more of a group than its first page.
 */
export type ReviewRow =
  | { kind: 'section'; key: string; title: string }
  | { kind: 'person'; key: string; group: KnownGroup; expanded: boolean }
  | { kind: 'mention'; key: string; group: KnownGroup; mention: KnownMention }
  | { kind: 'candidate'; key: string; candidate: Candidate; expanded: boolean }
  | { kind: 'alias'; key: string; proposal: AliasProposal; expanded: boolean }
  | { kind: 'sighting'; key: string; sighting: Sighting }
  | { kind: 'more'; key: string; group: ReviewGroup; notShown: number };

export const suggestionsText = (count: number) => (count === 1 ? '1 suggestion' : `${formatCount(count)} suggestions`);

function moreRow(rows: ReviewRow[], key: string, group: ReviewGroup): void {
  const notShown = group.total - group.mentions.length;
  if (notShown > 0) rows.push({ kind: 'more', key: `${key}:more`, group, notShown });
}

/** A group's sightings, unless folded, and the row that fetches more of them. */
function sightingRows(rows: ReviewRow[], key: string, group: Candidate | AliasProposal, expanded: boolean): void {
  if (!expanded) return;
  for (const sighting of group.mentions) rows.push({ kind: 'sighting', key: `${key}:${sighting.documentUid}:${sighting.start}`, sighting });
  moreRow(rows, key, group);
}

/** How a proposed alias is named in its heading and its buttons. */
export const proposalTitle = (proposal: Pick<AliasProposal, 'alias' | 'name'>) => `${proposal.alias} — alias of ${proposal.name}`;

/** The queue flattened for a virtual list; folded groups keep their heading and drop their mentions. */
export function reviewRows(queue: SuggestionQueue, collapsed: Readonly<Record<string, true>>): ReviewRow[] {
  const rows: ReviewRow[] = [];
  if (queue.known.length > 0) {
    const total = queue.known.reduce((sum, group) => sum + group.total, 0);
    rows.push({ kind: 'section', key: 'section:known', title: `Known people (${suggestionsText(total)})` });
    for (const group of queue.known) {
      const key = personKey(group);
      const expanded = !collapsed[key];
      rows.push({ kind: 'person', key, group, expanded });
      if (!expanded) continue;
      for (const mention of group.mentions) rows.push({ kind: 'mention', key: mentionKey(group.officialUid, mention), group, mention });
      moreRow(rows, key, group);
    }
  }
  if (queue.aliases.length > 0) {
    rows.push({ kind: 'section', key: 'section:aliases', title: `Handles of known people (${formatCount(queue.aliases.length)})` });
    for (const proposal of queue.aliases) {
      const key = proposalKey(proposal);
      const expanded = !collapsed[key];
      rows.push({ kind: 'alias', key, proposal, expanded });
      sightingRows(rows, key, proposal, expanded);
    }
  }
  if (queue.candidates.length > 0) {
    rows.push({ kind: 'section', key: 'section:candidates', title: `New names (${formatCount(queue.candidates.length)})` });
    for (const candidate of queue.candidates) {
      const key = candidateKey(candidate);
      const expanded = !collapsed[key];
      rows.push({ kind: 'candidate', key, candidate, expanded });
      sightingRows(rows, key, candidate, expanded);
    }
  }
  return rows;
}
