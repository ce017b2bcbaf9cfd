import type { SuggestionQueue } from '../../../shared/model/suggestion';
import type { Db } from '../db/open';
import { liveTexts } from '../documents/repository';
import { findCandidates } from './matching/candidates';
import { mentionContext } from './matching/context';
import { buildMatcher } from './matching/matcher';
import { foldName } from './matching/tokens';
import { decidedMentionKeys, officialUidsById, registryForMatching, rejectedCandidates } from './repository';

/**
 * The review queue over the whole notebook: every mention the matcher finds of a registry person
 * that the researcher has not already confirmed or rejected, and every unknown person whose name
 * was not rejected before. One pass, one matcher.
 */
export function suggestionQueue(db: Db): SuggestionQueue {
  const matcher = buildMatcher(registryForMatching(db));
  const officials = officialUidsById(db);
  const decided = decidedMentionKeys(db);
  const rejected = rejectedCandidates(db);
  const known = new Map<number, SuggestionQueue['known'][number]>();
  const candidates = new Map<string, SuggestionQueue['candidates'][number]>();

  for (const document of liveTexts(db)) {
    const where = (span: { start: number; end: number; text: string }) => ({
      documentUid: document.uid,
      documentTitle: document.title,
      start: span.start,
      end: span.end,
      text: span.text,
      ...mentionContext(document.text, span.start, span.end),
    });
    const { people, known: mentions } = findCandidates(document.text, matcher);
    for (const mention of mentions) {
      const id = Number(mention.officialId);
      const official = officials.get(id);
      if (!official || decided.has(`${id}:${document.id}:${mention.start}:${mention.end}`)) continue;
      const group = known.get(id) ?? { officialUid: official.uid, name: official.name, mentions: [] };
      group.mentions.push({ ...where(mention), rule: mention.rule, alias: mention.alias });
      known.set(id, group);
    }
    for (const person of people) {
      const key = foldName(person.name);
      if (rejected.has(key)) continue;
      const group = candidates.get(key) ?? { name: person.name, title: person.title ?? null, handles: [], mentions: [] };
      group.title ??= person.title ?? null;
      group.handles = [...new Set([...group.handles, ...person.handles])];
      group.mentions.push(...person.mentions.map(where));
      candidates.set(key, group);
    }
  }
  const byMentions = <T extends { mentions: unknown[] }>(a: T, b: T) => b.mentions.length - a.mentions.length;
  return { known: [...known.values()].sort(byMentions), candidates: [...candidates.values()].sort(byMentions) };
}
