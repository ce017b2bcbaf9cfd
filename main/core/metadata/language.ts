import { forEachRun } from '../../../shared/text/word-chars';

const STOPWORDS = {
  en: 'the of and to in is that for with on was as by at from it its his her this be are were have has had an which who they their he she but not or will would been said after about do no a',
  es: 'el los las del y en que por con para una un es se su sus al lo como más pero le ya fue este esta entre sobre también muy ha han dijo cuando donde desde porque nos sin no a o de la',
  pt: 'o os as do da dos das em no na nos nas um uma é não com para por que se mais mas foi são ao também pelo pela seu sua sobre entre desde este esta porque a de e',
  fr: 'le les des du et est une pour dans qui pas sur au avec ce il elle sont ont été par plus ne à la en un que se de',
} as const;

type Language = keyof typeof STOPWORDS;

const NAMES: Record<Language, string> = { en: 'English', es: 'Spanish', pt: 'Portuguese', fr: 'French' };

// A word in two lists ("de", "que", "a", "no", "as") says nothing about which language it is,
// so each word counts only for the one language whose list is the only one to have it.
const OWNER = new Map<string, Language | null>();
for (const [language, words] of Object.entries(STOPWORDS) as [Language, string][]) {
  for (const word of words.split(' ')) OWNER.set(word, OWNER.has(word) && OWNER.get(word) !== language ? null : language);
}

const LONGEST_STOPWORD = Math.max(...[...OWNER.keys()].map((word) => word.length));

/** Below this many telling words a text is too short to name its language. */
const MIN_HITS = 5;

/**
 * The main language of a text by the share of its stopwords: the language with more than half of
 * them wins, so a few quoted lines in another language do not change the answer; a text too
 * short or too mixed to tell gets null rather than a guess.
 */
export function detectLanguage(text: string): { value: string; source: string } | null {
  const hits: Record<Language, number> = { en: 0, es: 0, pt: 0, fr: 0 };
  // Lower-casing once is cheaper than per word, where it keeps offsets (it does, but for "İ").
  const lower = text.toLowerCase();
  const sameOffsets = lower.length === text.length;
  forEachRun(text, (start, end) => {
    if (end - start > LONGEST_STOPWORD) return;
    const owner = OWNER.get(sameOffsets ? lower.slice(start, end) : text.slice(start, end).toLowerCase());
    if (owner) hits[owner] += 1;
  });
  const total = Object.values(hits).reduce((sum, n) => sum + n, 0);
  const [best, count] = (Object.entries(hits) as [Language, number][]).reduce((a, b) => (b[1] > a[1] ? b : a));
  if (count < MIN_HITS || count * 2 <= total) return null;
  return { value: best, source: `text: ${Math.round((count / total) * 100)}% ${NAMES[best]} stopwords` };
}
