/** A sentence of a document's text at [start, end), trimmed of surrounding white space. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

// Words whose final period does not end a sentence: titles and the usual abbreviations of news text.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr gen lt col sen rep gov pres sec amb adm st no jr sr vs etc inc co corp dept ave approx sra sr srta lic ing gral dip mtro'.split(' '),
);

// End punctuation, closing quotes or brackets, white space, then what can open a sentence.
const BOUNDARY = /([.!?…]+)["'”’»)\]]*\s+(?=["'“‘«(¿¡\p{Lu}\d])/gu;

/** True when the word before a period is an abbreviation or an initial ("U.S.", "EE.UU.", "C."), not a sentence end. */
function isAbbreviation(line: string, periodAt: number): boolean {
  const word = /[\p{L}.]*$/u.exec(line.slice(0, periodAt))?.[0] ?? '';
  const bare = word.replace(/\.+$/, '');
  if (bare === '') return false;
  if (/^\p{Lu}$/u.test(bare) || /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(bare)) return true;
  return ABBREVIATIONS.has(bare.toLowerCase());
}

/**
 * The sentences of a text, in order. Line ends always end a sentence: in clippings a line is a
 * title, a caption, a dateline or a paragraph, and none of them runs on into the next.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body !== '') sentences.push({ start: start + lead, end: start + lead + body.length, text: body });
  };
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let from = 0;
    for (const match of line.matchAll(BOUNDARY)) {
      const punctuation = match[1]!;
      if (punctuation === '.' && isAbbreviation(line, match.index)) continue;
      const end = match.index + match[0].trimEnd().length;
      push(lineStart + from, lineStart + end);
      from = end;
    }
    push(lineStart + from, lineStart + line.length);
    lineStart += line.length + 1;
  }
  return sentences;
}

/** The sentence holding offset `at`, found by binary search over sentences in text order. */
export function sentenceAt<S extends Sentence>(sentences: readonly S[], at: number): S | undefined {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle]!;
    if (at < sentence.start) high = middle - 1;
    else if (at >= sentence.end) low = middle + 1;
    else return sentence;
  }
  return undefined;
}
