import type { Official } from '../../shared/model/official';
import type { AliasSuggestionGroup, CandidateSuggestionGroup, KnownSuggestionGroup, MentionSpan, SuggestionQueue } from '../../shared/model/suggestion';
import { FakeTransport, fakeUid } from './helpers/fake-transport';

type Sighting = CandidateSuggestionGroup['mentions'][number];
type KnownMention = KnownSuggestionGroup['mentions'][number];

export function sighting(documentTitle: string, before: string, text: string, after: string, start = 0): Sighting {
  return { documentUid: fakeUid(), documentTitle, start, end: start + text.length, text, before, after };
}

export function knownMention(sight: Sighting, rule = 'alias', alias = sight.text): KnownMention {
  return { ...sight, rule, alias };
}

export function person(name: string, mentions: KnownMention[], officialUid = fakeUid()): KnownSuggestionGroup {
  return { officialUid, name, total: mentions.length, mentions };
}

export function candidate(name: string, title: string | null, handles: string[], mentions: Sighting[]): CandidateSuggestionGroup {
  return { name, title, handles, total: mentions.length, mentions };
}

export function proposal(name: string, alias: string, mentions: Sighting[], officialUid = fakeUid()): AliasSuggestionGroup {
  return { officialUid, name, alias, total: mentions.length, mentions };
}

/** The mentions after the one a page ended with, in the order of `all`. */
function after<T extends { documentUid: string; start: number }>(all: readonly T[], pending: readonly T[], end?: { documentUid: string; start: number }): T[] {
  if (!end) return [...pending];
  const at = all.findIndex((mention) => mention.documentUid === end.documentUid && mention.start === end.start);
  return pending.filter((mention) => all.indexOf(mention) > at);
}

/**
 * The review channels over a whole queue held in memory, paged as the core pages it: decisions
 * hide mentions until forgotten, a rejected name or alias stays away until taken back, and a name
 * added to the registry, or an alias accepted, comes back as a known person's mentions, as the
 * core does. Each group given in `initial` holds all of its mentions.
 */
export function fakeReview(initial: SuggestionQueue, transport = new FakeTransport()) {
  const decided = new Set<string>();
  const rejectedNames = new Set<string>();
  const registered = new Map<string, Official>();
  /** Proposed aliases accepted or rejected, by person and handle. */
  const acceptedAliases = new Set<string>();
  const rejectedAliases = new Set<string>();
  const aliasKeyOf = (group: Pick<AliasSuggestionGroup, 'officialUid' | 'alias'>) => `${group.officialUid}:${group.alias.toLowerCase()}`;
  let queue = initial;
  const keyOf = (span: Pick<MentionSpan, 'officialUid' | 'documentUid' | 'start' | 'end'>) =>
    `${span.officialUid}:${span.documentUid}:${span.start}:${span.end}`;

  /** Every group with all of its mentions, decided ones too. */
  function everyone() {
    const added = [...registered.values()].flatMap((official) => {
      const found = queue.candidates.find((entry) => entry.name === official.name);
      return found ? [person(official.name, found.mentions.map((mention) => knownMention(mention)), official.uid)] : [];
    });
    const names = new Set([...registered.values()].map((official) => official.name));
    const candidates = queue.candidates.filter((entry) => !rejectedNames.has(entry.name) && !names.has(entry.name));
    const known = [...queue.known, ...added];
    for (const entry of queue.aliases.filter((group) => acceptedAliases.has(aliasKeyOf(group)))) {
      const mentions = entry.mentions.map((mention) => knownMention(mention));
      const at = known.findIndex((group) => group.officialUid === entry.officialUid);
      if (at < 0) known.push(person(entry.name, mentions, entry.officialUid));
      else known[at] = { ...known[at]!, mentions: [...known[at]!.mentions, ...mentions] };
    }
    const aliases = queue.aliases.filter((group) => !acceptedAliases.has(aliasKeyOf(group)) && !rejectedAliases.has(aliasKeyOf(group)));
    return { known, candidates, aliases };
  }

  const pendingOf = (group: KnownSuggestionGroup) => group.mentions.filter((mention) => !decided.has(keyOf({ officialUid: group.officialUid, ...mention })));

  function current(limit: number): SuggestionQueue {
    const { known, candidates, aliases } = everyone();
    return {
      known: known
        .map((group) => ({ ...group, total: pendingOf(group).length, mentions: pendingOf(group).slice(0, limit) }))
        .filter((group) => group.total > 0),
      candidates: candidates.map((entry) => ({ ...entry, total: entry.mentions.length, mentions: entry.mentions.slice(0, limit) })),
      aliases: aliases.map((entry) => ({ ...entry, mentions: entry.mentions.slice(0, limit) })),
    };
  }

  /** Adds or takes away a handle in `set`; 1 when that changed anything. */
  const toggle = (set: Set<string>, key: string, on: boolean) => {
    const had = set.has(key);
    if (on) set.add(key);
    else set.delete(key);
    return { count: had === on ? 0 : 1 };
  };

  const decide = (spans: MentionSpan[], on: boolean) => {
    let count = 0;
    for (const span of spans) {
      const key = keyOf(span);
      if (decided.has(key) === on) continue;
      if (on) decided.add(key);
      else decided.delete(key);
      count += 1;
    }
    return { count };
  };

  const decideAll = (officialUid: string) => {
    const group = everyone().known.find((entry) => entry.officialUid === officialUid);
    const spans = group
      ? pendingOf(group).map(({ documentUid, start, end, text, rule }) => ({ officialUid, documentUid, start, end, text, rule }))
      : [];
    return { ...decide(spans, true), spans };
  };

  transport
    .handle('officials.suggestions', (input) => current(input.limit ?? 20))
    .handle('officials.suggestionsOf', (input) => {
      const limit = input.limit ?? 20;
      const { known, candidates, aliases } = everyone();
      if ('alias' in input) {
        const found = aliases.find((entry) => aliasKeyOf(entry) === aliasKeyOf(input));
        if (!found) return { code: 'NOT_FOUND', message: 'That handle is no longer proposed as an alias; review the suggestions again.' };
        return { ...found, mentions: after(found.mentions, found.mentions, input.after).slice(0, limit) };
      }
      if ('officialUid' in input) {
        const group = known.find((entry) => entry.officialUid === input.officialUid)!;
        const pending = pendingOf(group);
        return { ...group, total: pending.length, mentions: after(group.mentions, pending, input.after).slice(0, limit) };
      }
      const found = candidates.find((entry) => entry.name === input.candidateName);
      if (!found) return { code: 'NOT_FOUND', message: 'That name is no longer suggested; review the suggestions again.' };
      return { ...found, total: found.mentions.length, mentions: after(found.mentions, found.mentions, input.after).slice(0, limit) };
    })
    .handle('mentions.confirm', (input) => decide(input.spans, true))
    .handle('mentions.reject', (input) => decide(input.spans, true))
    .handle('mentions.confirmAllOf', (input) => decideAll(input.officialUid))
    .handle('mentions.rejectAllOf', (input) => decideAll(input.officialUid))
    .handle('mentions.forget', (input) => decide(input.spans, false))
    .handle('officials.rejectCandidate', (input) => {
      const rejected = input.rejected ?? true;
      const had = rejectedNames.has(input.name);
      if (rejected) rejectedNames.add(input.name);
      else rejectedNames.delete(input.name);
      return { count: had === rejected ? 0 : 1 };
    })
    .handle('officials.acceptAlias', (input) => toggle(acceptedAliases, aliasKeyOf(input), input.accepted ?? true))
    .handle('officials.rejectAlias', (input) => toggle(rejectedAliases, aliasKeyOf(input), input.rejected ?? true))
    .handle('officials.create', (input) => {
      const official: Official = {
        uid: fakeUid(),
        name: input.name,
        aliases: input.aliases ?? [],
        country: input.country ?? null,
        offices: (input.offices ?? []).map((office) => ({ title: office.title, start: office.start ?? null, end: office.end ?? null })),
        affiliation: input.affiliation ?? null,
        notes: input.notes ?? '',
        wikidata: input.wikidata ?? null,
        mentions: 0,
        documents: 0,
      };
      registered.set(official.uid, official);
      return official;
    })
    .handle('officials.delete', (input) => {
      for (const uid of input.uids) registered.delete(uid);
      return { count: input.uids.length };
    });

  return {
    transport,
    /** What mentions.forget does, for a test that answers it itself. */
    forget: (spans: MentionSpan[]) => decide(spans, false),
    /** Replaces what the matcher finds, as a change elsewhere in the notebook would. */
    setQueue: (next: SuggestionQueue) => {
      queue = next;
    },
  };
}

/** Two known people (one with guesses) and one new name introduced by a title, with a handle. */
export function sampleQueue() {
  const ana = person('Ana Torres', [
    knownMention(sighting('Council approves budget', 'The mayor and ', 'Ana Torres', ' signed the plan.', 40)),
    knownMention(sighting('Council approves budget', 'Later ', 'Torres', ' said it would pass.', 120), 'surname', 'Ana Torres'),
    knownMention(sighting('Transit strike ends', 'Minister ', 'Ana Torez', ' met the union.', 10), 'typo', 'Ana Torres'),
  ]);
  const ben = person('Ben Okafor', [knownMention(sighting('Transit strike ends', 'According to ', 'Ben Okafor', ', talks went well.', 200))]);
  const cleo = candidate('Cleo Park', 'Deputy Secretary', ['@DepSecPark'], [
    sighting('Summit opens', 'Deputy Secretary ', 'Cleo Park', ' arrived early.', 5),
    sighting('Summit closes', 'As ', 'Park', ' left, talks ended.', 80),
  ]);
  return { ana, ben, cleo, queue: { known: [ana, ben], candidates: [cleo], aliases: [] } satisfies SuggestionQueue };
}

/** A known person, and a handle that signs two of the articles proposed as their alias. */
export function sampleProposal() {
  const ana = person('Ana Torres', [knownMention(sighting('Council approves budget', 'The mayor and ', 'Ana Torres', ' signed the plan.', 40))]);
  const handle = proposal(
    'Ana Torres',
    '@anatorres',
    [sighting('Council approves budget', '— Ana Torres (', '@anatorres', ') May 3, 2022', 300), sighting('Transit strike ends', '— Ana Torres (', '@anatorres', ') May 4, 2022', 90)],
    ana.officialUid,
  );
  return { ana, handle, queue: { known: [ana], candidates: [], aliases: [handle] } satisfies SuggestionQueue };
}

/** A person named more often than the queue's first page shows: `count` mentions in one long hearing. */
export function busyPerson(count: number, name = 'Dana Ruiz') {
  return person(
    name,
    Array.from({ length: count }, (_, index) => knownMention(sighting(`Hearing, day ${Math.floor(index / 10) + 1}`, 'Chair ', name, ` spoke (${index + 1}).`, index * 20))),
  );
}
