import { SUGGESTION_PAGE, SUGGESTION_PAGE_MAX, type SuggestionQueue } from '../../shared/model/suggestion';
import type { Client } from '../api/client';
import { candidateKey, personKey, proposalKey, type AliasProposal, type Candidate, type KnownGroup } from './review-decisions';

export type ReviewGroup = KnownGroup | Candidate | AliasProposal;

export const groupKeyOf = (group: ReviewGroup) => ('alias' in group ? proposalKey(group) : 'officialUid' in group ? personKey(group) : candidateKey(group));

/** How the core is asked for more of a group. */
const targetOf = (group: ReviewGroup) =>
  'alias' in group ? { officialUid: group.officialUid, alias: group.alias } : 'officialUid' in group ? { officialUid: group.officialUid } : { candidateName: group.name };

/**
 * The group with up to `limit` more of its mentions: those after the last it has, so mentions
 * decided meanwhile shift nothing. Its total stays the one fetched with the queue, which the
 * decisions taken since are counted against.
 */
export async function withNextPage<G extends ReviewGroup>(client: Client, group: G, limit = SUGGESTION_PAGE): Promise<G> {
  const last = group.mentions.at(-1);
  const page = await client.call('officials.suggestionsOf', { ...targetOf(group), limit, ...(last && { after: { documentUid: last.documentUid, start: last.start } }) });
  // The channel answers each kind of group with that kind's mentions.
  return { ...group, mentions: [...group.mentions, ...page.mentions] } as G;
}

/** The queue with each group showing as many mentions as the researcher had asked to see of it (`shown`, by group key). */
export async function fetchQueue(client: Client, shown: ReadonlyMap<string, number>): Promise<SuggestionQueue> {
  const queue = await client.call('officials.suggestions', { limit: SUGGESTION_PAGE });
  async function grow<G extends ReviewGroup>(group: G): Promise<G> {
    const wanted = Math.min(shown.get(groupKeyOf(group)) ?? 0, group.total);
    let grown = group;
    while (grown.mentions.length < wanted) {
      const before = grown.mentions.length;
      grown = await withNextPage(client, grown, Math.min(SUGGESTION_PAGE_MAX, wanted - before));
      if (grown.mentions.length === before) break;
    }
    return grown;
  }
  const [known, candidates, aliases] = await Promise.all([
    Promise.all(queue.known.map(grow)),
    Promise.all(queue.candidates.map(grow)),
    Promise.all(queue.aliases.map(grow)),
  ]);
  return { known, candidates, aliases };
}

/** The queue with `grown` in the place of `current`. */
export function replaceGroup(queue: SuggestionQueue, current: ReviewGroup, grown: ReviewGroup): SuggestionQueue {
  const swap = <G extends ReviewGroup>(group: G): G => (group === current ? (grown as G) : group);
  return { known: queue.known.map(swap), candidates: queue.candidates.map(swap), aliases: queue.aliases.map(swap) };
}
