import { findCandidates } from './matching/candidates';
import { mentionContext } from './matching/context';
import { detached } from './matching/detached';
import type { Matcher } from './matching/matcher';
import { foldName } from './matching/tokens';
import type { MentionRule } from './matching/types';

/** A stretch of a document with the words around it: all a suggestion shows of the text. */
export interface FoundSpan {
  start: number;
  end: number;
  text: string;
  before: string;
  after: string;
}

export interface FoundMention extends FoundSpan {
  officialId: number;
  rule: MentionRule;
  alias: string;
}

export interface FoundPerson {
  /** The folded name: how candidates are told apart across documents and rejected. */
  key: string;
  name: string;
  title: string | null;
  handles: string[];
  mentions: FoundSpan[];
}

/**
 * What the matcher found in one document, before the researcher's decisions are applied: small
 * enough to keep for every document of a notebook, since it holds no more of the text than the
 * mentions and their context.
 */
export interface DocumentFindings {
  known: FoundMention[];
  people: FoundPerson[];
}

/** One document's scan: the registry's people it mentions and the unknown people it names. */
export function findingsIn(text: string, matcher: Matcher): DocumentFindings {
  const { people, known } = findCandidates(text, matcher);
  return {
    known: known.map(({ start, end, text: written, officialId, rule, alias }) => {
      const { before, after } = mentionContext(text, start, end);
      return { start, end, text: detached(written), before: detached(before), after: detached(after), officialId: Number(officialId), rule, alias };
    }),
    people: people.map((person) => ({
      key: detached(foldName(person.name)),
      name: detached(person.name),
      title: person.title === undefined ? null : detached(person.title),
      handles: person.handles.map(detached),
      mentions: person.mentions.map(({ start, end, text: written, context }) => ({
        start,
        end,
        text: detached(written),
        before: detached(context.before),
        after: detached(context.after),
      })),
    })),
  };
}
