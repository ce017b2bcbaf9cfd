import { buildMatcher, type Matcher } from './matcher';
import { findNameRuns, type NameRun } from './name-runs';
import { officeOf } from './offices';
import { tokenize, type Token } from './tokens';
import type { AliasProposal, Candidate, CandidateEvidence, KnownMention, Span } from './types';

export interface Suggestions {
  /** People the registry does not know, in order of first mention. */
  people: Candidate[];
  /** Handles to add to people the registry knows. */
  aliases: AliasProposal[];
  /** The mentions of people the registry knows, found on the way (see Matcher.findKnown). */
  known: KnownMention[];
}

/** One spelling of a candidate's name where it was found, with what made it look like a person. */
interface Sighting {
  run: NameRun;
  words: string[];
  title?: string;
  evidence: CandidateEvidence;
}

interface Group {
  sightings: Sighting[];
  handles: Token[];
  evidence: Set<CandidateEvidence>;
}

/** "Name (@handle)" or "Name C. (@handle)": the handle belongs to the name before the bracket. */
const SIGNED_BY = /(?:\s+\p{Lu}\.)?\s*\($/u;

/**
 * People named in a text whom `matcher` does not know, with their mentions, the office that
 * introduced them and their handles; and handles that belong to people it knows. A name needs
 * some sign of being a person's (see CandidateEvidence); a single word needs an office.
 */
export function findCandidates(text: string, matcher?: Matcher): Suggestions {
  const tokens = tokenize(text);
  const known = matcher?.findKnown(text, tokens) ?? [];
  const isKnown = spansOf(text, known);
  const sightings: Sighting[] = [];
  for (const found of findNameRuns(text, tokens)) {
    const office = officeOf(text, tokens, found);
    const run = office?.run ?? found;
    if (overlaps(isKnown, tokens[run.first]!.start, tokens[run.last]!.end)) continue;
    const words = tokens.slice(run.first, run.last + 1).map((token) => token.folded);
    if (office) sightings.push({ run, words, title: office.title, evidence: office.evidence });
    else if (run.last > run.first) sightings.push({ run, words, evidence: 'name-shape' });
  }
  const groups = groupSightings(sightings);
  const aliases = assignHandles(text, tokens, known, groups);
  const people = toCandidates(text, tokens, groups, isKnown);
  return { people: people.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start), aliases, known };
}

/**
 * Gives each handle, with all its occurrences, an owner: the name that signs it ("Name
 * (@handle)"), else the known person the matcher found in it, else the candidate whose surname it
 * holds, else a candidate of its own. Handles of known people come back as aliases to add,
 * unless the registry has them already.
 */
function assignHandles(text: string, tokens: readonly Token[], known: readonly KnownMention[], groups: Group[]): AliasProposal[] {
  const occurrences = new Map<string, Token[]>();
  for (const token of tokens) if (token.handle) occurrences.set(token.folded, [...(occurrences.get(token.folded) ?? []), token]);
  const aliases: AliasProposal[] = [];
  for (const handles of occurrences.values()) {
    const matched = handles.map((handle) => known.find((mention) => mention.start === handle.start)).find(Boolean);
    if (matched?.rule === 'alias') continue;
    const signed = handles.map((handle) => signer(text, tokens, handle, known, groups)).find(Boolean);
    const owner = signed ?? matched;
    if (owner && 'officialId' in owner) {
      const alias = text.slice(handles[0]!.start, handles[0]!.end);
      aliases.push({ officialId: owner.officialId, alias, mentions: handles.map((handle) => spanAt(text, handle)) });
      continue;
    }
    const group = owner ?? groups.find((candidate) => holdsSurname(handles[0]!, candidate)) ?? addGroup(groups, []);
    group.handles.push(...handles);
    group.evidence.add(owner ? 'signature' : 'handle');
  }
  return aliases;
}

/**
 * Spellings of one person become one candidate: a shorter spelling whose words run inside exactly
 * one longer one ("López Obrador" in "Andrés Manuel López Obrador", "Bárcena" in "Alicia
 * Bárcena") joins it; the longest spelling names the candidate.
 */
function groupSightings(sightings: readonly Sighting[]): Group[] {
  const bySpelling = new Map<string, Sighting[]>();
  for (const sighting of sightings) {
    const key = sighting.words.join(' ');
    bySpelling.set(key, [...(bySpelling.get(key) ?? []), sighting]);
  }
  const spellings = [...bySpelling.values()].sort((a, b) => b[0]!.words.length - a[0]!.words.length || a[0]!.run.first - b[0]!.run.first);
  const groups: Group[] = [];
  for (const spelling of spellings) {
    const words = spelling[0]!.words;
    const homes = groups.filter((group) => group.sightings.some((sighting) => within(words, sighting.words)));
    if (homes.length === 1) homes[0]!.sightings.push(...spelling);
    else addGroup(groups, spelling);
  }
  for (const group of groups) for (const sighting of group.sightings) group.evidence.add(sighting.evidence);
  return groups;
}

function addGroup(groups: Group[], sightings: readonly Sighting[]): Group {
  const group: Group = { sightings: [...sightings], handles: [], evidence: new Set() };
  groups.push(group);
  return group;
}

/** Whether `short` is a run of `long` that reaches one end of it: a surname, or a name without its surnames. */
function within(short: readonly string[], long: readonly string[]): boolean {
  if (short.length >= long.length) return false;
  const suffix = short.every((word, k) => long[long.length - short.length + k] === word);
  const prefix = short.length > 1 && short.every((word, k) => long[k] === word);
  return suffix || prefix;
}

/** The known person or candidate whose name ends right before "(@handle)". */
function signer(text: string, tokens: readonly Token[], handle: Token, known: readonly KnownMention[], groups: readonly Group[]): KnownMention | Group | undefined {
  const lead = SIGNED_BY.exec(text.slice(Math.max(0, handle.start - 8), handle.start));
  if (!lead) return undefined;
  const nameEnd = handle.start - lead[0].length;
  return known.find((mention) => mention.end === nameEnd) ?? groups.find((group) => group.sightings.some((sighting) => tokens[sighting.run.last]!.end === nameEnd));
}

/** "@SecMayorkas" holds "mayorkas": the last word of a candidate's name, five letters or more. */
function holdsSurname(handle: Token, group: Group): boolean {
  const letters = handle.folded.replace(/[^a-z]/g, '');
  return group.sightings.some((sighting) => {
    const surname = sighting.words.at(-1)!;
    return surname.length >= 5 && letters.includes(surname);
  });
}

/** The spellings of a group: the fullest names it, the others and its handles are its aliases. */
function namesOf(text: string, tokens: readonly Token[], group: Group): { name: string; aliases: string[]; handles: string[] } {
  const spellings = [...new Set(group.sightings.map((sighting) => spanText(text, tokens, sighting.run)))];
  const handles = [...new Set(group.handles.map((handle) => text.slice(handle.start, handle.end)))];
  const [name = handles[0]!, ...others] = spellings.sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length);
  return { name, aliases: [...others, ...handles], handles };
}

/**
 * Mentions are found the way known people's are: a matcher over the candidates' own spellings
 * finds a surname alone ("Bárcena promised…") and misspellings too, and gives each stretch of
 * text to one candidate only.
 */
function toCandidates(text: string, tokens: readonly Token[], groups: readonly Group[], isKnown: Uint8Array): Candidate[] {
  if (groups.length === 0) return [];
  const names = groups.map((group) => namesOf(text, tokens, group));
  const mentions = groups.map((): Span[] => []);
  const own = buildMatcher(names.map((name, id) => ({ id, name: name.name, aliases: name.aliases })));
  for (const mention of own.findKnown(text, tokens)) {
    if (!overlaps(isKnown, mention.start, mention.end)) mentions[mention.officialId as number]!.push(spanAt(text, mention));
  }
  return groups.flatMap((group, id) => {
    if (mentions[id]!.length === 0) return [];
    const titled = group.sightings.filter((sighting) => sighting.title !== undefined).sort((a, b) => a.run.first - b.run.first)[0];
    const candidate: Candidate = { name: names[id]!.name, handles: names[id]!.handles, evidence: [...group.evidence], mentions: mentions[id]! };
    if (titled?.title) candidate.title = titled.title;
    return [candidate];
  });
}

function spanText(text: string, tokens: readonly Token[], run: NameRun): string {
  return text.slice(tokens[run.first]!.start, tokens[run.last]!.end).replace(/\s+/g, ' ');
}

/** Only the span: the words around it are read when a suggestion is shown (see mentionContext). */
function spanAt(text: string, span: Pick<Span, 'start' | 'end'>): Span {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}

function spansOf(text: string, mentions: readonly KnownMention[]): Uint8Array {
  const marks = new Uint8Array(text.length);
  for (const mention of mentions) marks.fill(1, mention.start, mention.end);
  return marks;
}

function overlaps(marks: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (marks[i] === 1) return true;
  return false;
}
