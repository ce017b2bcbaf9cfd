export interface NumberedLine {
  /** 1-based line number in the text as given. */
  number: number;
  text: string;
}

/** Where the title is looked for; further down, the given title is a heading in the body. */
const TITLE_SEARCH_LINES = 10;
/** Subtitle, byline and dateline lines that follow a title. */
const LINES_AFTER_TITLE = 2;
/** Without a known title: a date line, the title, a subtitle and a byline or dateline. */
const LEAD_LINES = 4;

// "— Marcelo Ebrard C. (@m_ebrard) May 3, 2022": an embedded post's signature dates the post.
const POST_SIGNATURE = /\(@\w+\)/;

const comparable = (line: string): string =>
  line.replace(/^#+\s*/, '').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The header of an article: the lines where outlets put the publication date. These are the
 * non-empty lines before the title and the two after it; the title line itself is left out, as a
 * date in a headline is the news (“Ebrard to meet Blinken on May 3”), not the publication.
 * The title line may carry a suffix such as the outlet's name, so it need only start with `title`.
 */
export function headerLines(text: string, title?: string): NumberedLine[] {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line, index) => ({ number: index + 1, text: line.trim() }))
    .filter((line) => line.text !== '');
  const wanted = title === undefined ? '' : comparable(title);
  const titleAt =
    wanted === '' ? -1 : lines.slice(0, TITLE_SEARCH_LINES).findIndex((line) => comparable(line.text).startsWith(wanted));
  const header =
    titleAt === -1
      ? lines.slice(0, LEAD_LINES)
      : [...lines.slice(0, titleAt), ...lines.slice(titleAt + 1, titleAt + 1 + LINES_AFTER_TITLE)];
  return header.filter((line) => !POST_SIGNATURE.test(line.text));
}
