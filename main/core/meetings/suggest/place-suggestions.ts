import type { PlaceSuggestion } from '../../../../shared/model/meeting-suggestion';
import { GAZETTEER, type GazetteerPlace } from './gazetteer';
import { asSentence, cueWeight, gapToCue, NEAR, rankOccurrences, type DocumentInput, type Occurrence, type ReadSentence } from './reading';

const escape = (form: string): string => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

const PLACE_OF = new Map<string, GazetteerPlace>(GAZETTEER.flatMap((place) => place.forms.map((form) => [form.toLowerCase(), place] as const)));

// Case-sensitive on purpose: place names are capitalised, "the white house" in lower case is not one.
const KNOWN_PLACE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...GAZETTEER.flatMap((place) => place.forms)].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

// "White House National Security Advisor", "Foreign Ministry spokesperson": the place names an office.
const OFFICE_AFTER = /^\s*(?:National Security|Council|Advis[eo]r|official|spokes|press|chief|staff|counsel)/;

// "in Washington", "at the White House", "en Palacio Nacional", "inside the SRE".
const LOCATIVE_BEFORE = /(?:^|[^\p{L}])(?:in|at|inside|to|en|a)\s+(?:the\s+|el\s+|la\s+)?$/iu;

// A capitalised name after "in", "at" or "en", up to four words ("in Central America", "en San Jerónimo").
const NAMED_AFTER_PREPOSITION = /(?<![\p{L}])(?:[Ii]n|[Aa]t|[Ee]n)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:de\s+(?:la\s+|los\s+)?|del\s+)?\p{Lu}[\p{L}'’-]*){0,3})/gu;

const NOT_PLACES = new Set(
  [
    'January February March April May June July August September October November December',
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday',
    'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
    'lunes martes miércoles jueves viernes sábado domingo The This That His Her Its Their Our',
  ]
    .join(' ')
    .toLowerCase()
    .split(' '),
);

type Found = Omit<PlaceSuggestion, 'score' | 'occurrences' | 'sentence'>;

function knownPlaces(sentence: ReadSentence): Found[] {
  return [...sentence.text.matchAll(KNOWN_PLACE)].flatMap((match) => {
    const end = match.index + match[0].length;
    if (OFFICE_AFTER.test(sentence.text.slice(end))) return [];
    const place = PLACE_OF.get(match[0].replace(/\s+/g, ' ').toLowerCase())!;
    return [{ name: place.name, city: place.city, kind: place.kind, start: sentence.start + match.index, end: sentence.start + end, text: match[0] }];
  });
}

/** Capitalised names after a preposition, in sentences about a meeting only: elsewhere they are too often not places. */
function namedPlaces(sentence: ReadSentence, taken: readonly Found[], people: DocumentInput['mentions']): Found[] {
  if (sentence.cues.length === 0) return [];
  return [...sentence.text.matchAll(NAMED_AFTER_PREPOSITION)].flatMap((match) => {
    const name = match[1]!;
    const start = sentence.start + match.index + match[0].length - name.length;
    const end = start + name.length;
    const overlaps = (span: { start: number; end: number }) => span.start < end && start < span.end;
    if (NOT_PLACES.has(name.split(/\s+/)[0]!.toLowerCase()) || taken.some(overlaps) || people.some(overlaps)) return [];
    return [{ name, city: null, kind: 'other' as const, start, end, text: name }];
  });
}

/**
 * The places a document suggests for its meeting, likeliest first: places of the gazetteer, and
 * capitalised names after "in", "at" or "en" in sentences about a meeting. Each mention scores for
 * the meeting words of its sentence, for one close by and for a preposition of place before it;
 * a place scores the sum of its mentions, so the place the report keeps coming back to wins.
 */
export function suggestPlaces(document: DocumentInput, sentences: readonly ReadSentence[]): PlaceSuggestion[] {
  const occurrences: Occurrence<Omit<PlaceSuggestion, 'score' | 'occurrences'>>[] = [];
  for (const sentence of sentences) {
    const known = knownPlaces(sentence);
    const best = new Map<string, Occurrence<Omit<PlaceSuggestion, 'score' | 'occurrences'>>>();
    for (const found of [...known, ...namedPlaces(sentence, known, document.mentions)]) {
      const locative = LOCATIVE_BEFORE.test(document.text.slice(Math.max(sentence.start, found.start - 16), found.start));
      const score = cueWeight(sentence) + (gapToCue(found, sentence) <= NEAR ? 1 : 0) + (locative ? 2 : 0);
      // A place named twice in one sentence ("Secretary of Foreign Relations (SRE)") counts once, at its best.
      const other = best.get(found.name);
      if (!other || score > other.score) best.set(found.name, { key: found.name, score, start: found.start, value: { ...found, sentence: asSentence(sentence) } });
    }
    occurrences.push(...best.values());
  }
  return rankOccurrences(occurrences, 'sum')
    .filter(({ score }) => score > 0)
    .map(({ value, score, occurrences: count }) => ({ ...value, score, occurrences: count }));
}
