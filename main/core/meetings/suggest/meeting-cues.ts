/**
 * The words that say a meeting happened (verbs) or is being talked about (nouns), in English and
 * Spanish. A verb is the stronger sign: "met at the White House" states a meeting, "the meeting"
 * may be one announced, recalled or merely planned.
 */
const VERBS = [
  // English
  'meet', 'meets', 'met', 'meeting with', 'hold', 'holds', 'held', 'holding', 'host', 'hosts', 'hosted', 'hosting',
  'receive', 'receives', 'received', 'receiving', 'visits', 'visited', 'visiting', 'welcome', 'welcomes',
  'welcomed', 'take place', 'takes place', 'took place', 'taking place', 'attend', 'attends', 'attended', 'participated',
  'participating', 'accompanied', 'sat down with', 'gathered', 'convened', 'lead a meeting', 'led a meeting', 'headed a meeting',
  // Spanish
  'se reunió', 'se reunieron', 'se reúne', 'se reúnen', 'se reunirá', 'se reunirán', 'reunirse', 'se encontró',
  'se encontraron', 'sostuvo', 'sostuvieron', 'sostendrá', 'sostendrán', 'recibió', 'recibieron', 'recibe', 'recibirá',
  'visitó', 'visitaron', 'visitará', 'celebró', 'celebraron', 'celebrará', 'encabezó', 'encabezaron',
  'tendrá lugar', 'tuvo lugar', 'se llevó a cabo', 'se llevará a cabo', 'se realizó', 'se realizará', 'participaron',
  'asistieron', 'participó', 'acompañado', 'acompañada', 'acompañaron', 'dio la bienvenida',
];

const NOUNS = [
  'meeting', 'meetings', 'talks', 'summit', 'visit', 'encounter', 'conversation', 'delegation', 'delegations',
  'reunión', 'reuniones', 'encuentro', 'encuentros', 'cumbre', 'visita', 'delegación', 'delegaciones',
];

/** Words that say one meeting prepares another, and words that say one follows another up. */
const PREPARES = [
  'to prepare', 'preparing', 'prepares', 'preparation', 'preparatory', 'advance team', 'advance of', 'advance party',
  'in advance of', 'ahead of the', 'preparar', 'prepara', 'preparan', 'preparativos', 'preparatoria', 'preparatorio',
  'equipo de avanzada', 'avanzada',
];

const FOLLOWS_UP = [
  'follow-up', 'follow up', 'followed up', 'following up', 'as a follow-up', 'en seguimiento a', 'en seguimiento de',
  'dar seguimiento', 'dio seguimiento', 'seguimiento a', 'seguimiento de',
];

export type CueKind = 'verb' | 'noun';
export type LinkCueKind = 'prepares' | 'follows-up';

export interface Cue<K extends string> {
  kind: K;
  /** Offsets in the text searched. */
  start: number;
  end: number;
  text: string;
}

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

// Longest first, so that "se reunió" wins over a shorter form starting at the same place.
function lexicon<K extends string>(groups: Record<K, readonly string[]>): { pattern: RegExp; kindOf: Map<string, K> } {
  const kindOf = new Map<string, K>();
  for (const [kind, words] of Object.entries(groups) as [K, readonly string[]][]) {
    for (const word of words) if (!kindOf.has(word)) kindOf.set(word, kind);
  }
  const alternatives = [...kindOf.keys()].sort((a, b) => b.length - a.length).map(escape);
  // \p{L} boundaries rather than \b, which treats "reunió" as ending before the "ó".
  return { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu'), kindOf };
}

const MEETING = lexicon<CueKind>({ verb: VERBS, noun: NOUNS });
const LINKS = lexicon<LinkCueKind>({ prepares: PREPARES, 'follows-up': FOLLOWS_UP });

function findIn<K extends string>(words: { pattern: RegExp; kindOf: Map<string, K> }, text: string, offset: number): Cue<K>[] {
  return [...text.matchAll(words.pattern)].map((match) => ({
    kind: words.kindOf.get(match[0].toLowerCase().replace(/\s+/g, ' '))!,
    start: offset + match.index,
    end: offset + match.index + match[0].length,
    text: match[0],
  }));
}

/** Meeting verbs and nouns in `text`; offsets are shifted by `offset` (where `text` starts in its document). */
export function findMeetingCues(text: string, offset = 0): Cue<CueKind>[] {
  return findIn(MEETING, text, offset);
}

/** "to prepare", "advance team", "follow-up", "en seguimiento a" and their kin in `text`. */
export function findLinkCues(text: string, offset = 0): Cue<LinkCueKind>[] {
  return findIn(LINKS, text, offset);
}

/** Characters between two spans; 0 when they touch or overlap. */
export function gapBetween(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, a.start - b.end, b.start - a.end);
}
