/**
 * Page furniture: lines that a web page wraps around an article (skip links, comment forms,
 * "related" lists, photo credits). They are kept out of the text a researcher reads; the original
 * bytes are stored separately, so nothing is lost.
 */
const FURNITURE_LINE = [
  /^press ["“”]?enter["“”]? to skip to content$/i,
  /^skip to (main )?content$/i,
  /^your email address will not be published\b/i,
  /^required fields are marked\b/i,
  /^see also\b/i,
  /^(related|read also|read more|te puede interesar|lee también|ver también)\s*:?$/i,
  /^(photo|photos|foto|fotos|image|imagen)( credit)?\s*:/i,
];

/** A comment form ends the article: nothing after it belongs to the text. */
const END_OF_ARTICLE = [/^leave a (reply|comment)$/i, /^(deja un comentario|deja una respuesta)$/i];

/** A heading that introduces a list of links to other articles. */
const RELATED_LIST = /^(it may interest you|you may also be interested in|you may also like|related articles?|le puede interesar|también te puede interesar)\s*:?$/i;
const LIST_ITEM = /^[–—•*-]\s*\S/;

export function isFurnitureLine(line: string): boolean {
  return FURNITURE_LINE.some((pattern) => pattern.test(line)) || END_OF_ARTICLE.some((p) => p.test(line)) || RELATED_LIST.test(line);
}

/** The indices of the trimmed lines that are not page furniture, in order (blank lines stay as paragraph breaks). */
export function articleLineIndices(lines: readonly string[]): number[] {
  const kept: number[] = [];
  let inRelatedList = false;
  for (const [index, line] of lines.entries()) {
    if (END_OF_ARTICLE.some((pattern) => pattern.test(line))) break;
    if (RELATED_LIST.test(line)) {
      inRelatedList = true;
      continue;
    }
    if (inRelatedList) {
      if (line === '' || LIST_ITEM.test(line)) continue;
      inRelatedList = false;
    }
    if (FURNITURE_LINE.some((pattern) => pattern.test(line))) continue;
    kept.push(index);
  }
  return kept;
}
