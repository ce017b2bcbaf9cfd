/** Rows of the dynamic programme, reused: a registry whose names share words runs it hundreds of times per document. */
let rows = [new Int32Array(0), new Int32Array(0), new Int32Array(0)] as const;

/**
 * Edits between two words, counting a swap of neighbours as one ("Blinken"/"Bilnken"), or
 * `max + 1` as soon as it is clear the answer is larger. A plain dynamic programme over rows
 * kept between calls.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const width = b.length + 1;
  if (rows[0].length < width) rows = [new Int32Array(width), new Int32Array(width), new Int32Array(width)];
  let [before, previous, current] = rows;
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    const oldest = before;
    before = previous;
    previous = current;
    current = oldest;
  }
  return Math.min(previous[b.length]!, max + 1);
}

/**
 * Whether two different words are one insertion, deletion, substitution or swap of neighbours
 * apart: the check every document word near a name goes through, so no table and no allocation.
 */
export function isOneEdit(first: string, second: string): boolean {
  const a = first.length < second.length ? second : first;
  const b = a === first ? second : first;
  const diff = a.length - b.length;
  if (diff > 1) return false;
  let i = 0;
  while (i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === b.length) return diff === 1;
  if (diff === 1) return endsAlike(a, i + 1, b, i);
  if (endsAlike(a, i + 1, b, i + 1)) return true;
  return a.charCodeAt(i) === b.charCodeAt(i + 1) && a.charCodeAt(i + 1) === b.charCodeAt(i) && endsAlike(a, i + 2, b, i + 2);
}

/** Whether a from `i` on and b from `j` on, as long as each other, are the same. */
function endsAlike(a: string, i: number, b: string, j: number): boolean {
  for (; i < a.length; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

/** Longer words are no one's name; the typo rules skip them. */
export const MAX_TYPO_LETTERS = 40;
const BASE = 0x01000193;
const suffix = new Uint32Array(MAX_TYPO_LETTERS + 1);
const powers = new Uint32Array(MAX_TYPO_LETTERS + 1);
powers[0] = 1;
for (let k = 1; k <= MAX_TYPO_LETTERS; k++) powers[k] = Math.imul(powers[k - 1]!, BASE) >>> 0;

/**
 * Writes into `out` the hash of the word and of the word with each letter left out, and returns
 * how many there are (a run of one letter gives one deletion). Two words within one edit share
 * one of these, so a symmetric-delete dictionary keyed by them needs one lookup per hash and no
 * string is built; the few words a collision lets through are checked with isOneEdit.
 */
export function deletionHashes(word: string, out: Uint32Array): number {
  const length = word.length;
  if (length > MAX_TYPO_LETTERS) return 0;
  suffix[length] = 0;
  for (let k = length - 1; k >= 0; k--) suffix[k] = (suffix[k + 1]! + Math.imul(word.charCodeAt(k), powers[length - 1 - k]!)) >>> 0;
  out[0] = suffix[0]!;
  let count = 1;
  let prefix = 0;
  for (let i = 0; i < length; i++) {
    if (i === 0 || word.charCodeAt(i) !== word.charCodeAt(i - 1)) out[count++] = (Math.imul(prefix, powers[length - 1 - i]!) + suffix[i + 1]!) >>> 0;
    prefix = (Math.imul(prefix, BASE) + word.charCodeAt(i)) >>> 0;
  }
  return count;
}
