import type { Official } from '../../shared/model/official';
import type { MentionSpan, SuggestionQueue } from '../../shared/model/suggestion';
import { FakeTransport, fakeUid } from './helpers/fake-transport';

type KnownGroup = SuggestionQueue['known'][number];
type Candidate = SuggestionQueue['candidates'][number];
type Sighting = Candidate['mentions'][number];

export function sighting(documentTitle: string, before: string, text: string, after: string, start = 0): Sighting {
  return { documentUid: fakeUid(), documentTitle, start, end: start + text.length, text, before, after };
}

export function knownMention(sight: Sighting, rule = 'alias', alias = sight.text): KnownGroup['mentions'][number] {
  return { ...sight, rule, alias };
}

/**
 * The review channels over a queue held in memory: decisions hide mentions until forgotten, a
 * rejected name stays away until taken back, and a name added to the registry comes back as a known
 * person with the same mentions, as the core does.
 */
export function fakeReview(initial: SuggestionQueue, transport = new FakeTransport()) {
  const decided = new Set<string>();
  const rejectedNames = new Set<string>();
  const registered = new Map<string, Official>();
  let queue = initial;
  const keyOf = (span: Pick<MentionSpan, 'officialUid' | 'documentUid' | 'start' | 'end'>) =>
    `${span.officialUid}:${span.documentUid}:${span.start}:${span.end}`;

  function current(): SuggestionQueue {
    const added = [...registered.values()].flatMap((official) => {
      const candidate = queue.candidates.find((entry) => entry.name === official.name);
      if (!candidate) return [];
      return [{ officialUid: official.uid, name: official.name, mentions: candidate.mentions.map((mention) => knownMention(mention)) }];
    });
    const known = [...queue.known, ...added]
      .map((group) => ({ ...group, mentions: group.mentions.filter((mention) => !decided.has(keyOf({ officialUid: group.officialUid, ...mention }))) }))
      .filter((group) => group.mentions.length > 0);
    const names = new Set([...registered.values()].map((official) => official.name));
    const candidates = queue.candidates.filter((candidate) => !rejectedNames.has(candidate.name) && !names.has(candidate.name));
    return { known, candidates };
  }

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

  transport
    .handle('officials.suggestions', () => current())
    .handle('mentions.confirm', (input) => decide(input.spans, true))
    .handle('mentions.reject', (input) => decide(input.spans, true))
    .handle('mentions.forget', (input) => decide(input.spans, false))
    .handle('officials.rejectCandidate', (input) => {
      const rejected = input.rejected ?? true;
      const had = rejectedNames.has(input.name);
      if (rejected) rejectedNames.add(input.name);
      else rejectedNames.delete(input.name);
      return { count: had === rejected ? 0 : 1 };
    })
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
    /** Replaces what the matcher finds, as a change elsewhere in the notebook would. */
    setQueue: (next: SuggestionQueue) => {
      queue = next;
    },
  };
}

/** Two known people (one with guesses) and one new name introduced by a title, with a handle. */
export function sampleQueue() {
  const ana = {
    officialUid: fakeUid(),
    name: 'Ana Torres',
    mentions: [
      knownMention(sighting('Council approves budget', 'The mayor and ', 'Ana Torres', ' signed the plan.', 40)),
      knownMention(sighting('Council approves budget', 'Later ', 'Torres', ' said it would pass.', 120), 'surname', 'Ana Torres'),
      knownMention(sighting('Transit strike ends', 'Minister ', 'Ana Torez', ' met the union.', 10), 'typo', 'Ana Torres'),
    ],
  };
  const ben = { officialUid: fakeUid(), name: 'Ben Okafor', mentions: [knownMention(sighting('Transit strike ends', 'According to ', 'Ben Okafor', ', talks went well.', 200))] };
  const cleo: Candidate = {
    name: 'Cleo Park',
    title: 'Deputy Secretary',
    handles: ['@DepSecPark'],
    mentions: [sighting('Summit opens', 'Deputy Secretary ', 'Cleo Park', ' arrived early.', 5), sighting('Summit closes', 'As ', 'Park', ' left, talks ended.', 80)],
  };
  return { ana, ben, cleo, queue: { known: [ana, ben], candidates: [cleo] } satisfies SuggestionQueue };
}
