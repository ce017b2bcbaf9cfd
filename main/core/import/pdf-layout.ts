/**
 * Reading order and paragraphs for a PDF's text, which is only positioned pieces of text: lines are
 * rebuilt from baselines, two columns are read left then right when a clear gutter divides them,
 * paragraphs start where the line gap grows, the font size changes or a line is indented, and
 * running heads, footers and page numbers are dropped.
 */

/** A piece of text as pdf.js places it: x from the left, y the baseline from the bottom. */
export interface TextPiece {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Paragraphs, one line each with blank lines between, and where each one starts ('page 2, line 5'). */
export interface LaidOutText {
  lines: string[];
  sources: string[];
}

interface Line {
  text: string;
  x: number;
  end: number;
  y: number;
  height: number;
  column: 'left' | 'right' | 'full';
}

export function layOutPages(pages: ReadonlyArray<readonly TextPiece[]>): LaidOutText {
  const pageLines = pages.map((pieces) => orderLines(piecesToLines(pieces)));
  const repeated = repeatedEdgeLines(pageLines);
  const out: LaidOutText = { lines: [], sources: [] };
  let paragraph: { text: string; source: string } | undefined;
  const endParagraph = () => {
    if (!paragraph) return;
    out.lines.push(paragraph.text, '');
    out.sources.push(paragraph.source, paragraph.source);
    paragraph = undefined;
  };
  for (const [pageIndex, lines] of pageLines.entries()) {
    const edges = new Set(edgeLines(lines));
    const kept = lines.filter((line) => !(edges.has(line) && (repeated.has(edgeKey(line.text)) || PAGE_NUMBER.test(line.text))));
    const gap = typicalLineGap(kept);
    for (const [index, line] of kept.entries()) {
      const previous = kept[index - 1];
      const continues = paragraph !== undefined && (previous ? continuesParagraph(previous, line, gap) : carriesOver(paragraph.text));
      if (!continues) endParagraph();
      const source = `page ${pageIndex + 1}, line ${index + 1}`;
      paragraph = paragraph ? { text: joinLines(paragraph.text, line.text), source: paragraph.source } : { text: line.text, source };
    }
  }
  endParagraph();
  return out;
}

/** Joins a paragraph's lines, undoing hyphenation at a line end ("migra-" + "tion") but not a real hyphen ("Sherwood-" + "Randall"). */
export function joinLines(before: string, after: string): string {
  if (/\p{L}[-\u00AD]$/u.test(before) && /^\p{Ll}/u.test(after)) return before.slice(0, -1) + after;
  if (/\p{L}-$/u.test(before)) return before + after;
  return `${before.replace(/\u00AD$/, '')} ${after}`;
}

/** Pieces on one baseline become a line; a wide horizontal gap (a column gutter) splits it. */
function piecesToLines(pieces: readonly TextPiece[]): Line[] {
  const sorted = pieces.filter((piece) => piece.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: TextPiece[][] = [];
  for (const piece of sorted) {
    const row = rows.find((candidate) => Math.abs(candidate[0]!.y - piece.y) < Math.max(piece.height, candidate[0]!.height) * 0.5);
    if (row) row.push(piece);
    else rows.push([piece]);
  }
  const lines: Line[] = [];
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let current: Line | undefined;
    for (const piece of row) {
      const gap = current ? piece.x - current.end : 0;
      if (current && gap < piece.height * GUTTER_IN_EMS) {
        const space = gap > piece.height * 0.15 && !current.text.endsWith(' ') && !piece.text.startsWith(' ') ? ' ' : '';
        current.text += space + piece.text;
        current.end = Math.max(current.end, piece.x + piece.width);
        continue;
      }
      current = { text: piece.text, x: piece.x, end: piece.x + piece.width, y: row[0]!.y, height: piece.height, column: 'full' };
      lines.push(current);
    }
  }
  for (const line of lines) line.text = line.text.replace(/\s+/g, ' ').trim();
  return lines;
}

/** Two pieces further apart than this (in font heights) on one baseline are not one line. */
const GUTTER_IN_EMS = 1.5;

/** Top to bottom; with two columns, each stretch between full-width lines is read left column first. */
function orderLines(lines: Line[]): Line[] {
  const gutter = findGutter(lines);
  const byHeight = [...lines].sort((a, b) => b.y - a.y || a.x - b.x);
  if (!gutter) return byHeight;
  for (const line of lines) line.column = line.end <= gutter.from ? 'left' : line.x >= gutter.to ? 'right' : 'full';
  const ordered: Line[] = [];
  let left: Line[] = [];
  let right: Line[] = [];
  const flush = () => {
    ordered.push(...left, ...right);
    left = [];
    right = [];
  };
  for (const line of byHeight) {
    if (line.column === 'left') left.push(line);
    else if (line.column === 'right') right.push(line);
    else {
      flush();
      ordered.push(line);
    }
  }
  flush();
  return ordered;
}

/**
 * A vertical strip in the middle of the text that almost no line crosses, with several lines on
 * each side of it: the space between two columns.
 */
function findGutter(lines: readonly Line[]): { from: number; to: number } | undefined {
  if (lines.length < 6) return undefined;
  const left = Math.min(...lines.map((line) => line.x));
  const right = Math.max(...lines.map((line) => line.end));
  const crossing = (x: number) => lines.filter((line) => line.x < x && line.end > x).length;
  let best: { from: number; to: number } | undefined;
  let start: number | undefined;
  for (let x = left + (right - left) * 0.25; x <= left + (right - left) * 0.75; x += 1) {
    const clear = crossing(x) <= lines.length * 0.1;
    if (clear && start === undefined) start = x;
    if ((!clear || x + 1 > left + (right - left) * 0.75) && start !== undefined) {
      if (!best || x - start > best.to - best.from) best = { from: start, to: x };
      start = undefined;
    }
  }
  if (!best || best.to - best.from < 6) return undefined;
  const leftLines = lines.filter((line) => line.end <= best.from + 1).length;
  const rightLines = lines.filter((line) => line.x >= best.to - 1).length;
  return leftLines >= 3 && rightLines >= 3 ? { from: best.from + 1, to: best.to - 1 } : undefined;
}

/** The usual distance between baselines on a page, to tell a paragraph break from a line break. */
function typicalLineGap(lines: readonly Line[]): number {
  const gaps = lines
    .slice(1)
    .map((line, index) => ({ gap: lines[index]!.y - line.y, same: lines[index]!.column === line.column }))
    .filter(({ gap, same }) => same && gap > 0)
    .map(({ gap }) => gap)
    .sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? 0;
}

function continuesParagraph(previous: Line, line: Line, typicalGap: number): boolean {
  if (Math.abs(previous.height - line.height) > previous.height * 0.2) return false;
  // Reading moved up the page: the next column begins.
  if (line.y > previous.y) return carriesOver(previous.text);
  const gap = previous.y - line.y;
  if (gap > Math.max(typicalGap, previous.height * 1.1) * 1.4) return false;
  const indented = line.x - previous.x > line.height * 0.8;
  return !indented;
}

/** Across a column or page break, a paragraph goes on unless its last line ended a sentence. */
function carriesOver(text: string): boolean {
  return !/[.!?:”"’)]$/.test(text);
}

const PAGE_NUMBER = /^((page|página|pág\.?|p\.)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(\s*(of|de|\/)\s*\d{1,4})?$/i;
const EDGE_LINES = 2;

function edgeKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#');
}

/** The lines nearest the top and the bottom of a page, where running heads, footers and page numbers sit. */
function edgeLines(lines: readonly Line[]): Line[] {
  const byPosition = [...lines].sort((a, b) => b.y - a.y);
  return [...byPosition.slice(0, EDGE_LINES), ...byPosition.slice(-EDGE_LINES)];
}

/** Edge lines found on at least half the pages (two or more): running heads and footers. */
function repeatedEdgeLines(pages: ReadonlyArray<readonly Line[]>): Set<string> {
  const counts = new Map<string, number>();
  for (const lines of pages) {
    for (const key of new Set(edgeLines(lines).map((line) => edgeKey(line.text)))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  return new Set([...counts].filter(([, count]) => count >= needed).map(([key]) => key));
}
