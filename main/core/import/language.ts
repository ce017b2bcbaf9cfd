const STOPWORDS: Record<string, ReadonlySet<string>> = {
  en: new Set('the of and to in is that for with on was as by at from it his her this be are were have has an which'.split(' ')),
  es: new Set('el la los las de del y en que por con para una un es se su al lo como más pero sus le ya fue este esta'.split(' ')),
};

/**
 * The main language of a text by stopword counts: enough for en/es news, which is what Dossier's
 * researchers collect; a text with too few signals gets no language rather than a guess.
 */
export function detectLanguage(text: string): string | null {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const scores = Object.entries(STOPWORDS).map(([code, stopwords]) => ({
    code,
    hits: words.reduce((n, word) => (stopwords.has(word) ? n + 1 : n), 0),
  }));
  scores.sort((a, b) => b.hits - a.hits);
  const [best, second] = scores;
  if (!best || best.hits < 3) return null;
  return second && second.hits === best.hits ? null : best.code;
}
