/** Characters of a note shown in a list row; the row clamps it to two lines anyway. */
const EXCERPT_LENGTH = 240;

const EMPHASIS = /(\*\*|~~|\*|`)(?=\S)([^\n]*?\S)\1/g;
/** Underscores inside a word (snake_case) are not emphasis in Markdown. */
const UNDERSCORES = /(?<!\w)(__|_)(?=\S)([^\n]*?\S)\1(?!\w)/g;

/**
 * A Markdown note as one line of plain text for a list row: the words without the markup, so a row
 * never shows `**`, link targets or heading marks. Rendering the Markdown itself is the Reader's job.
 */
export function noteExcerpt(markdown: string, max = EXCERPT_LENGTH): string {
  const text = markdown
    .replace(/^\s*(```|~~~).*$/gm, '')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-zA-Z][^>\n]*>/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(#{1,6}\s+|>\s?|[-*+]\s+(\[[ xX]\]\s+)?|\d+[.)]\s+)/gm, '')
    .replace(EMPHASIS, '$2')
    .replace(UNDERSCORES, '$2')
    // Twice, for emphasis nested in emphasis ("_very **much** so_").
    .replace(EMPHASIS, '$2')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
