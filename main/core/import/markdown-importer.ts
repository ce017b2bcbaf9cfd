import type { Nodes, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { articleFromLines } from './article';
import type { Importer } from './importer';

const FRONT_MATTER = /^\uFEFF?---\r?\n[\s\S]*?\r?\n---\r?\n/;

/**
 * Markdown becomes plain paragraphs: the reader shows text, never markup, and a link keeps only
 * its words. The first level-1 heading is the title when there is one.
 */
export const markdownImporter: Importer = {
  format: 'md',
  extensions: ['.md', '.markdown'],
  parse(source, fallbackTitle) {
    const tree = fromMarkdown(source.replace(FRONT_MATTER, ''));
    const lines: string[] = [];
    let title: string | undefined;
    for (const block of tree.children) {
      const text = blockText(block);
      if (title === undefined && block.type === 'heading' && block.depth === 1) title = text;
      if (text === '') continue;
      lines.push(...text.split('\n'), '');
    }
    return articleFromLines(lines, fallbackTitle, title);
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
