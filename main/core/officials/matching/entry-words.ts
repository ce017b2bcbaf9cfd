import { PARTICLES } from './lexicon';

/**
 * The words of a name index's entries as numbers, laid out flat: a scan compares numbers in a few
 * arrays instead of visiting entry objects, which for a registry of thousands of forms lie all over
 * the heap and cost a cache miss each.
 */
export interface EntryWords {
  /** Every folded word of every entry, numbered from 0… */
  numbers: Map<string, number>;
  /** …and by number. */
  texts: string[];
  /** By word number, 1 for a particle ("de", "la"): no typo or glued word stands for one. */
  particle: Uint8Array;
  /** Entry e's words are words[from[e]] up to words[from[e + 1]]. */
  words: Int32Array;
  from: Int32Array;
  /** By entry, its words that are not particles: how much of a name a misspelt word leaves. */
  nameWords: Uint8Array;
  /** 1 where a word leads to its entry (not a particle or an initial). */
  anchored: Uint8Array;
  /** Word number w leads to (postingEntry[p], postingPosition[p]) for p from postingsFrom[w] up to postingsFrom[w + 1]. */
  postingsFrom: Int32Array;
  postingEntry: Int32Array;
  postingPosition: Int32Array;
}

export function entryWords(entries: ReadonlyArray<{ tokens: readonly string[]; anchored: readonly boolean[] }>): EntryWords {
  const numbers = new Map<string, number>();
  const texts: string[] = [];
  const from = new Int32Array(entries.length + 1);
  let total = 0;
  for (let e = 0; e < entries.length; e++) {
    from[e] = total;
    total += entries[e]!.tokens.length;
  }
  from[entries.length] = total;
  const words = new Int32Array(total);
  const anchored = new Uint8Array(total);
  const postingCounts: number[] = [];
  entries.forEach((entry, e) => {
    entry.tokens.forEach((token, position) => {
      let number = numbers.get(token);
      if (number === undefined) {
        number = texts.length;
        numbers.set(token, number);
        texts.push(token);
        postingCounts.push(0);
      }
      words[from[e]! + position] = number;
      if (!entry.anchored[position]) return;
      anchored[from[e]! + position] = 1;
      postingCounts[number]! += 1;
    });
  });
  const postingsFrom = new Int32Array(texts.length + 1);
  for (let number = 0; number < texts.length; number++) postingsFrom[number + 1] = postingsFrom[number]! + postingCounts[number]!;
  const next = postingsFrom.slice(0, texts.length);
  const postingEntry = new Int32Array(postingsFrom[texts.length]!);
  const postingPosition = new Int32Array(postingEntry.length);
  for (let e = 0; e < entries.length; e++) {
    for (let at = from[e]!; at < from[e + 1]!; at++) {
      if (anchored[at] !== 1) continue;
      const p = next[words[at]!]!++;
      postingEntry[p] = e;
      postingPosition[p] = at - from[e]!;
    }
  }
  const particle = Uint8Array.from(texts, (word) => (PARTICLES.has(word) ? 1 : 0));
  const nameWords = new Uint8Array(entries.length);
  for (let e = 0; e < entries.length; e++) for (let at = from[e]!; at < from[e + 1]!; at++) nameWords[e]! += 1 - particle[words[at]!]!;
  return { numbers, texts, particle, words, from, nameWords, anchored, postingsFrom, postingEntry, postingPosition };
}
