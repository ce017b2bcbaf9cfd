import { joinParagraphs, normalizeText } from '../../../shared/text/normalize';
import { articleLineIndices } from './furniture';
import type { ParsedArticle, Stated } from './importer';
import { findTitleLine, splitOutletSuffix } from './title';

export interface ArticleOptions {
  /**
   * A title the format marks (a Markdown level-1 heading, a page's og:title): it wins over the
   * first-line rule, and where it also appears as a line of the text it leaves the body.
   */
  knownTitle?: Stated;
  /** Where line `index` of the given lines came from; by default 'line index+1' of the file. */
  lineSource?: (index: number) => string;
  /** False for formats whose titles never carry a site name (a Word document's heading). */
  titleMayNameOutlet?: boolean;
}

interface Line {
  text: string;
  origin: number;
}

/**
 * Turns lines of an article into a ParsedArticle: furniture out, the title found (or taken from a
 * known title) and split from a site-name suffix, the rest the body. Every format ends here, so
 * normalisation and furniture removal are the same for all of them.
 */
export function articleFromLines(rawLines: readonly string[], fallbackTitle: string, options: ArticleOptions = {}): ParsedArticle {
  const describe = options.lineSource ?? ((index: number) => `line ${index + 1}`);
  const split = options.titleMayNameOutlet === false ? (line: string) => ({ title: line, outlet: undefined }) : splitOutletSuffix;
  const kept = keepArticleLines(rawLines);
  const keptText = kept.map((line) => line.text);
  const known = options.knownTitle && { value: normalizeText(options.knownTitle.value).replace(/\s*\n+\s*/g, ' '), source: options.knownTitle.source };
  if (known && known.value !== '') {
    const { title, outlet } = split(known.value);
    const index = keptText.findIndex((line) => line === known.value || line === title);
    const body = index >= 0 ? keptText.filter((_, i) => i !== index) : keptText;
    // A page with a title but no text has nothing to import: the content stays empty.
    const content = index >= 0 || !keptText.some((line) => line !== '') ? keptText : [title, '', ...keptText];
    return article(title, known.source, outlet, body, content);
  }
  const found = findTitleLine(keptText);
  if (!found) return article(fallbackTitle, 'file name', undefined, keptText, keptText);
  const source = describe(kept[found.index]!.origin);
  if (found.line.length > MAX_TITLE_LENGTH) return article(shorten(found.line), `${source} (shortened)`, undefined, keptText, keptText);
  const { title, outlet } = split(found.line);
  return article(title, source, outlet, keptText.filter((_, index) => index !== found.index), keptText);
}

/** A first line this long is a paragraph, not a headline: it stays in the text. */
const MAX_TITLE_LENGTH = 300;

function keepArticleLines(rawLines: readonly string[]): Line[] {
  const lines = rawLines.flatMap((raw, origin) => normalizeText(raw).split('\n').map((text) => ({ text, origin })));
  return articleLineIndices(lines.map((line) => line.text)).map((index) => lines[index]!);
}

function article(title: string, titleSource: string, outlet: string | undefined, body: readonly string[], content: readonly string[]): ParsedArticle {
  return {
    title,
    outlet: outlet ?? null,
    text: joinParagraphs(body),
    content: joinParagraphs(content),
    stated: outlet ? { title: { value: title, source: titleSource }, outlet: { value: outlet, source: 'title suffix' } } : { title: { value: title, source: titleSource } },
  };
}

function shorten(line: string): string {
  const cut = line.slice(0, 120);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60)).trimEnd()}…`;
}
