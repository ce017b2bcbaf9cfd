/**
 * Plain lines from HTML: block elements become paragraphs, <br> a line break, list items '• item'
 * lines, table rows tab-separated cells. Only text nodes are read, never an attribute, so nothing
 * of a link target, an event handler or a script can reach the text.
 */

/** The little of a DOM that reading text needs; linkedom's nodes (and any DOM's) have it. */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Page chrome and things that are not text: dropped with everything inside them. */
const DROPPED = new Set(
  'SCRIPT STYLE NOSCRIPT IFRAME FRAME FRAMESET OBJECT EMBED SVG MATH CANVAS TEMPLATE FORM BUTTON INPUT SELECT TEXTAREA NAV ASIDE FOOTER HEAD TITLE META LINK IMG PICTURE VIDEO AUDIO MAP DIALOG'.split(' '),
);
const BLOCKS = new Set(
  'P DIV SECTION ARTICLE MAIN HEADER H1 H2 H3 H4 H5 H6 BLOCKQUOTE PRE ADDRESS FIGURE FIGCAPTION DL DT DD HR CENTER DETAILS SUMMARY BODY HTML'.split(' '),
);

export function htmlToLines(root: DomNode): string[] {
  const reader = new LineReader();
  reader.read(root);
  reader.endBlock();
  return reader.lines;
}

class LineReader {
  readonly lines: string[] = [];
  private inline = '';
  private preformatted = 0;

  read(node: DomNode): void {
    if (node.nodeType === TEXT_NODE) {
      this.inline += this.preformatted > 0 ? (node.textContent ?? '') : (node.textContent ?? '').replace(/[ \t\r\n\f]+/g, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeName !== '#document' && node.nodeName !== '#document-fragment') return;
    const tag = node.nodeName.toUpperCase();
    if (DROPPED.has(tag) || isHidden(node)) return;
    if (tag === 'BR') {
      this.inline += '\n';
      return;
    }
    if (tag === 'LI') return this.listItem(node);
    if (tag === 'TR') return this.tableRow(node);
    const block = BLOCKS.has(tag) || tag === 'UL' || tag === 'OL' || tag === 'TABLE';
    if (block) this.endBlock();
    if (tag === 'PRE') this.preformatted += 1;
    this.readChildren(node);
    if (tag === 'PRE') this.preformatted -= 1;
    if (block) this.endBlock();
  }

  /** Closes the block being read; a blank line separates it from the next. */
  endBlock(): void {
    this.endParagraph();
    if (this.lines.length > 0 && this.lines.at(-1) !== '') this.lines.push('');
  }

  private endParagraph(): void {
    const text = this.takeInline();
    if (text !== '') this.lines.push(...text.split('\n'), '');
  }

  private readChildren(node: DomNode): void {
    for (const child of Array.from(node.childNodes)) this.read(child);
  }

  /** An item is one line; a list nested in it follows as lines of its own. */
  private listItem(node: DomNode): void {
    this.endParagraph();
    const nested = new LineReader();
    nested.readChildren(node);
    nested.endBlock();
    const [first = '', ...rest] = nested.lines.filter((line) => line !== '');
    if (first !== '') this.lines.push(first.startsWith('• ') ? first : `• ${first}`);
    this.lines.push(...rest);
  }

  private tableRow(node: DomNode): void {
    this.endParagraph();
    const cells = Array.from(node.childNodes)
      .filter((cell) => /^T[DH]$/i.test(cell.nodeName))
      .map((cell) => htmlToLines(cell).filter((line) => line !== '').join(' '));
    if (cells.some((cell) => cell !== '')) this.lines.push(cells.join('\t'));
  }

  private takeInline(): string {
    const text = this.inline
      .split('\n')
      .map((line) => line.trim())
      .join('\n')
      .trim();
    this.inline = '';
    return text;
  }
}

function isHidden(node: DomNode): boolean {
  const element = node as Partial<DomElement>;
  return element.hasAttribute?.('hidden') === true || element.getAttribute?.('aria-hidden') === 'true';
}
