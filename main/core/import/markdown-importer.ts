import type { Nodes, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { articleFromLines } from './article';
import type { Importer, Stated } from './importer';
import { decodeUtf8 } from './utf8';

const FRONT_MATTER = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/;

/**
 * Markdown becomes plain paragraphs: the reader shows text, never markup, and a link keeps only
 * its words. The first level-1 heading is the title when there is one.
 */
export const markdownImporter: Importer = {
  format: 'md',
  extensions: ['.md', '.markdown'],
  parse(file, fallbackTitle) {
    const source = decodeUtf8(file);
    const frontMatter = FRONT_MATTER.exec(source)?.[0] ?? '';
    const linesBefore = frontMatter.split('\n').length - 1;
    const tree = fromMarkdown(source.slice(frontMatter.length));
    const lines: string[] = [];
    const fileLines: number[] = [];
    let title: Stated | undefined;
    for (const block of tree.children) {
      const text = blockText(block);
      const firstLine = linesBefore + (block.position?.start.line ?? 1);
      if (title === undefined && block.type === 'heading' && block.depth === 1) title = { value: text, source: `line ${firstLine}` };
      if (text === '') continue;
      for (const [offset, line] of text.split('\n').entries()) {
        lines.push(line);
        fileLines.push(firstLine + offset);
      }
      lines.push('');
      fileLines.push(firstLine);
    }
    return articleFromLines(lines, fallbackTitle, { knownTitle: title, lineSource: (index) => `line ${fileLines[index]}` });
  },
};

function blockText(block: RootContent): string {
  switch (block.type) {
    case 'html':
    case 'thematicBreak':
    case 'definition':
    case 'footnoteDefinition':
    case 'yaml':
      return '';
    case 'code':
      return block.value;
    case 'list':
      return block.children.map((item) => `• ${childrenText(item).replace(/\n\n/g, '\n')}`).join('\n');
    case 'blockquote':
      return childrenText(block);
    case 'table':
      return block.children.map((row) => row.children.map((cell) => toString(cell)).join('\t')).join('\n');
    default:
      return toString(block);
  }
}

function childrenText(node: Nodes & { children: RootContent[] }): string {
  return node.children
    .map((child) => blockText(child))
    .filter((text) => text !== '')
    .join('\n\n');
}
