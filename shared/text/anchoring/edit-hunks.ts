import { diffArrays, diffChars, type Change } from 'diff';
import { splitsPair } from './surrogates';

/** One change: `old[oldStart, oldEnd)` became `new[newStart, newEnd)`; either side may be empty. */
export interface Hunk {
  readonly oldStart: number;
  readonly oldEnd: number;
  readonly newStart: number;
  readonly newEnd: number;
  /**
   * How far the hunk could move left or right and still turn the old text into the new. An edit
   * beside text that repeats it has no one place: deleting either "the " of "the the cat" gives
   * "the cat", and the diff's choice may cut into a quote the researcher's edit left alone.
   */
  readonly slideLeft: number;
  readonly slideRight: number;
}

type Span = { oldStart: number; oldEnd: number; newStart: number; newEnd: number };

/**
 * jsdiff's Myers diff costs about (old + new length in tokens) × edit length; sixteen million
 * steps take some 40 ms. Past this budget, what is left to diff counts as replaced whole, which
 * only costs precision inside it: passages there are searched for instead of mapped.
 */
const DIFF_BUDGET = 16_000_000;

/**
 * Changed stretches up to this long on each side have their characters diffed directly. Longer
 * ones, where many edits run together, have their words diffed first: cheaper, but less exact,
 * since a common word such as "the" can be paired with the wrong copy of itself.
 */
const MAX_CHARACTER_DIFF = 20_000;

/** A line with the blank lines after it, so that paragraph breaks never pair unrelated paragraphs. */
const LINES = /[^\n]+\n*|\n+/g;
/** Runs of white space and runs of anything else. */
const WORDS = /\s+|\S+/g;

/** The changes between two texts, in order, with at least one unchanged character between two. */
export function editHunks(oldText: string, newText: string): Hunk[] {
  const spans = refine(oldText, newText, LINES, { left: DIFF_BUDGET });
  return spans.map((span, index) => withSlides(span, spans[index - 1]?.oldEnd ?? 0, spans[index + 1]?.oldStart ?? oldText.length, oldText, newText));
}

/**
 * The changes between two parts of the texts. The lines that changed are found first and their
 * characters diffed next, so that typo fixes all through a long text cost little. Each part is
 * first trimmed of what it starts and ends with unchanged, as a single edit is best found that
 * way: Myers' diff would as soon keep the "e" of "lde" as that of "the" when "lde, th" went.
 */
function refine(oldPart: string, newPart: string, tokens: RegExp | null, budget: { left: number }): Span[] {
  const shorter = Math.min(oldPart.length, newPart.length);
  let head = 0;
  while (head < shorter && oldPart.charCodeAt(head) === newPart.charCodeAt(head)) head++;
  // 𝔇 and 𝔛 share their first half; a change cut between halves is one jsdiff cannot see into.
  if (splitsPair(oldPart, head) || splitsPair(newPart, head)) head--;
  let tail = 0;
  while (tail < shorter - head && oldPart.charCodeAt(oldPart.length - 1 - tail) === newPart.charCodeAt(newPart.length - 1 - tail)) tail++;
  if (splitsPair(oldPart, oldPart.length - tail) || splitsPair(newPart, newPart.length - tail)) tail--;
  const oldMiddle = oldPart.slice(head, oldPart.length - tail);
  const newMiddle = newPart.slice(head, newPart.length - tail);
  if (oldMiddle === '' && newMiddle === '') return [];
  return middleSpans(oldMiddle, newMiddle, tokens, budget).map((span) => shifted(span, head, head));
}

function middleSpans(oldMiddle: string, newMiddle: string, tokens: RegExp | null, budget: { left: number }): Span[] {
  if (oldMiddle === '' || newMiddle === '') return [whole(oldMiddle, newMiddle)];
  const small = oldMiddle.length <= MAX_CHARACTER_DIFF && newMiddle.length <= MAX_CHARACTER_DIFF;
  const level = tokens === WORDS && small ? null : tokens;
  if (!level) {
    const runs = diffWithin(budget, oldMiddle.length + newMiddle.length, (maxEditLength) => diffChars(oldMiddle, newMiddle, { maxEditLength }));
    return runs ? spansOf(runs) : [whole(oldMiddle, newMiddle)];
  }
  const oldTokens = oldMiddle.match(level) ?? [];
  const newTokens = newMiddle.match(level) ?? [];
  const runs = diffWithin(budget, oldTokens.length + newTokens.length, (maxEditLength) =>
    diffArrays(oldTokens, newTokens, { maxEditLength })?.map((change) => ({ ...change, value: change.value.join('') })),
  );
  if (!runs) return [whole(oldMiddle, newMiddle)];
  const finer = level === LINES ? WORDS : null;
  return joinedAcrossSpace(spansOf(runs), oldMiddle).flatMap((block) =>
    refine(oldMiddle.slice(block.oldStart, block.oldEnd), newMiddle.slice(block.newStart, block.newEnd), finer, budget).map((span) =>
      shifted(span, block.oldStart, block.newStart),
    ),
  );
}

/**
 * Changed blocks with only white space between them, as one. Tokens that tie let a diff pair the
 * space of "National López" with the one after "NationalZZpez" and delete "López " whole, cutting
 * into a quote that begins at "ez"; diffing the characters of the joined block finds the true edit.
 */
function joinedAcrossSpace(blocks: readonly Span[], oldPart: string): Span[] {
  const joined: Span[] = [];
  for (const block of blocks) {
    const last = joined.at(-1);
    if (last && /^\s*$/.test(oldPart.slice(last.oldEnd, block.oldStart))) joined[joined.length - 1] = { ...last, oldEnd: block.oldEnd, newEnd: block.newEnd };
    else joined.push(block);
  }
  return joined;
}

type Run = Pick<Change, 'added' | 'removed' | 'count' | 'value'>;

/** Runs a diff of `size` tokens if the budget allows, and charges it for the work done. */
function diffWithin(budget: { left: number }, size: number, diff: (maxEditLength: number) => Run[] | undefined): Run[] | undefined {
  const maxEditLength = Math.floor(budget.left / size);
  if (maxEditLength < 1) return undefined;
  const runs = diff(maxEditLength);
  const edits = runs ? runs.reduce((sum, run) => (run.added || run.removed ? sum + run.count : sum), 0) : maxEditLength;
  budget.left -= size * edits;
  return runs;
}

/** Runs of removed and added text, in code units: jsdiff counts tokens or code points. */
function spansOf(runs: readonly Run[]): Span[] {
  const spans: Span[] = [];
  let open: Span | null = null;
  let oldAt = 0;
  let newAt = 0;
  for (const run of runs) {
    const length = run.value.length;
    if (!run.added && !run.removed) {
      if (open) spans.push(open);
      open = null;
      oldAt += length;
      newAt += length;
      continue;
    }
    open ??= { oldStart: oldAt, oldEnd: oldAt, newStart: newAt, newEnd: newAt };
    if (run.removed) oldAt += length;
    else newAt += length;
    open.oldEnd = oldAt;
    open.newEnd = newAt;
  }
  if (open) spans.push(open);
  return spans;
}

function whole(oldPart: string, newPart: string): Span {
  return { oldStart: 0, oldEnd: oldPart.length, newStart: 0, newEnd: newPart.length };
}

function shifted(span: Span, oldBy: number, newBy: number): Span {
  return { oldStart: span.oldStart + oldBy, oldEnd: span.oldEnd + oldBy, newStart: span.newStart + newBy, newEnd: span.newEnd + newBy };
}

/** Slides stop at the neighbouring hunks, so that each may slide without crossing another. */
function withSlides(span: Span, floor: number, ceiling: number, oldText: string, newText: string): Hunk {
  let slideLeft = 0;
  while (span.oldStart - slideLeft > floor && oldText.charCodeAt(span.oldEnd - 1 - slideLeft) === newText.charCodeAt(span.newEnd - 1 - slideLeft)) slideLeft++;
  let slideRight = 0;
  while (span.oldEnd + slideRight < ceiling && oldText.charCodeAt(span.oldStart + slideRight) === newText.charCodeAt(span.newStart + slideRight)) slideRight++;
  return { ...span, slideLeft, slideRight };
}
