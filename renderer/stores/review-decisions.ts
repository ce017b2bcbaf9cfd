import type { AliasSuggestionGroup, CandidateSuggestionGroup, KnownSuggestionGroup, MentionSpan, SuggestionQueue } from '../../shared/model/suggestion';

export type KnownGroup = KnownSuggestionGroup;
export type KnownMention = KnownGroup['mentions'][number];
export type Candidate = CandidateSuggestionGroup;
export type AliasProposal = AliasSuggestionGroup;

export const mentionKey = (officialUid: string, mention: Pick<KnownMention, 'documentUid' | 'start' | 'end'>) =>
  `${officialUid}:${mention.documentUid}:${mention.start}:${mention.end}`;
export const personKey = (group: Pick<KnownGroup, 'officialUid'>) => `person:${group.officialUid}`;
export const candidateKey = (candidate: Pick<Candidate, 'name'>) => `candidate:${candidate.name}`;
/** Handles differ only in case, as the core folds them. */
export const proposalKey = (proposal: Pick<AliasProposal, 'officialUid' | 'alias'>) => `alias:${proposal.officialUid}:${proposal.alias.toLowerCase()}`;

export const spanOf = (officialUid: string, { documentUid, start, end, text, rule }: KnownMention): MentionSpan => ({
  officialUid,
  documentUid,
  start,
  end,
  text,
  rule,
});

/**
 * Suggestions the researcher has decided on but that the fetched queue may still hold: hidden from
 * the moment of the decision. A key is a mention, or a whole group (a person all of whose
 * suggestions were decided at once, a new name, a proposed alias). A settled decision stays hidden until a queue
 * fetched after it settled comes in (that queue no longer has it); one the core refused is shown
 * again.
 */
export function createDecisions() {
  /** Key → the settle count when its decision settled, or null while the core has not answered. */
  const hidden = new Map<string, number | null>();
  let settled = 0;

  return {
    hide(keys: readonly string[]) {
      for (const key of keys) hidden.set(key, null);
    },
    settle(keys: readonly string[]) {
      settled += 1;
      for (const key of keys) if (hidden.has(key)) hidden.set(key, settled);
    },
    show(keys: readonly string[]) {
      for (const key of keys) hidden.delete(key);
    },
    /** Taken when a fetch starts; passed to `fetched` when it arrives. */
    mark: () => settled,
    /** Forgets the decisions the queue fetched since `mark` already reflects. */
    fetched(mark: number) {
      for (const [key, at] of hidden) if (at !== null && at <= mark) hidden.delete(key);
    },
    clear: () => hidden.clear(),
    /**
     * The queue without what is hidden; a person's total loses the mentions hidden from their
     * page, and groups left with nothing to review leave too.
     */
    apply(queue: SuggestionQueue): SuggestionQueue {
      if (hidden.size === 0) return queue;
      const known = queue.known.flatMap((group) => {
        if (hidden.has(personKey(group))) return [];
        const mentions = group.mentions.filter((mention) => !hidden.has(mentionKey(group.officialUid, mention)));
        if (mentions.length === group.mentions.length) return [group];
        const total = group.total - (group.mentions.length - mentions.length);
        return total <= 0 ? [] : [{ ...group, total, mentions }];
      });
      const candidates = queue.candidates.filter((candidate) => !hidden.has(candidateKey(candidate)));
      const aliases = queue.aliases.filter((proposal) => !hidden.has(proposalKey(proposal)));
      return { known, candidates, aliases };
    },
  };
}
