import { SUGGESTION_PAGE, SUGGESTION_PAGE_MAX, type SuggestionQueue } from '../../shared/model/suggestion';
import type { Client } from '../api/client';
import { candidateKey, personKey, type Candidate, type KnownGroup } from './review-decisions';

export type ReviewGroup = KnownGroup | Candidate;

export const groupKeyOf = (group: ReviewGroup) => ('officialUid' in group ? personKey(group) : candidateKey(group));

/**
 * The group with up to `limit` more of its mentions: those after the last it has, so mentions
 * decided meanwhile shift nothing. Its total stays the one fetched with the queue, which the
 * decisions taken since are counted against.
 */
export async function withNextPage<G extends ReviewGroup>(client: Client, group: G, limit = SUGGESTION_PAGE): Promise<G> {
  const last = group.mentions.at(-1);
  const target = 'officialUid' in group ? { officialUid: group.officialUid } : { candidateName: group.name };
  const page = await client.call('officials.suggestionsOf', { ...target, limit, ...(last && { after: { documentUid: last.documentUid, start: last.start } }) });
  // The channel answers a person's page with a person's mentions and a name's with a name's.
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
  const [known, candidates] = await Promise.all([Promise.all(queue.known.map(grow)), Promise.all(queue.candidates.map(grow))]);
  return { known, candidates };
}
