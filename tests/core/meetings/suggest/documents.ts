import type { DocumentInput } from '../../../../main/core/meetings/suggest/reading';

export const officialUid = (name: string): string => `official:${name}`;

/**
 * A document for the suggestion rules: every occurrence of each name in `officials` is a
 * confirmed mention of that person.
 */
export function documentOf(
  text: string,
  options: { uid?: string; title?: string; published?: string | null; language?: 'en' | 'es'; officials?: string[] } = {},
): DocumentInput {
  const mentions = (options.officials ?? []).flatMap((name) => {
    const found = [];
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
      found.push({ officialUid: officialUid(name), name, start: at, end: at + name.length });
    }
    if (found.length === 0) throw new Error(`“${name}” is not in the text`);
    return found;
  });
  return {
    uid: options.uid ?? 'document',
    title: options.title ?? 'A report',
    text,
    published: options.published ?? null,
    language: options.language ?? 'en',
    mentions: mentions.sort((a, b) => a.start - b.start),
  };
}
