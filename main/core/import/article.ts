import { joinParagraphs, normalizeText } from '../../../shared/text/normalize';
import { removeFurniture } from './furniture';
import { findTitleLine, splitOutletSuffix } from './title';

/** What an importer makes of a file, before the notebook gives it an identity. */
export interface ParsedArticle {
  title: string;
  outlet: string | null;
  /** The article body in normalised form, without the title line and page furniture. */
  text: string;
  /** The cleaned article including its title: what a duplicate is recognised by. */
  content: string;
}

/**
 * Turns lines of an article into a ParsedArticle: furniture out, the title found (or taken from
 * `markedTitle` when the format marks one) and split from a site-name suffix, the rest the body.
 */
export function articleFromLines(rawLines: readonly string[], fallbackTitle: string, markedTitle?: string): ParsedArticle {
  const kept = removeFurniture(normalizeText(rawLines.join('\n')).split('\n'));
  const found = (markedTitle === undefined ? undefined : findLine(kept, normalizeText(markedTitle))) ?? findTitleLine(kept);
  if (found && found.line.length > MAX_TITLE_LENGTH) {
    return { title: shorten(found.line), outlet: null, text: joinParagraphs(kept), content: joinParagraphs(kept) };
  }
  const body = found ? kept.filter((_, index) => index !== found.index) : kept;
  const { title, outlet } = found ? splitOutletSuffix(found.line) : { title: fallbackTitle, outlet: undefined };
  return {
    title,
    outlet: outlet ?? null,
    text: joinParagraphs(body),
    content: joinParagraphs(kept),
  };
}

/** A first line this long is a paragraph, not a headline: it stays in the text. */
const MAX_TITLE_LENGTH = 300;

function shorten(line: string): string {
  const cut = line.slice(0, 120);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60)).trimEnd()}…`;
}

function findLine(lines: readonly string[], wanted: string): { index: number; line: string } | undefined {
  const index = lines.indexOf(wanted);
  return index >= 0 ? { index, line: wanted } : undefined;
}
