import { describe, expect, it } from 'vitest';
import { highlightTerms } from '../../../main/core/search/query-parser';
import { makeSnippet } from '../../../main/core/search/snippet';

const marked = (text: string, query: string) => {
  const { snippet, highlights } = makeSnippet(text, highlightTerms(query));
  return { snippet, words: highlights.map(([start, end]) => snippet.slice(start, end)) };
};

describe('snippets', () => {
  const text = `${'Opening words of a long report. '.repeat(20)}La canciller Alicia Bárcena recibió al secretario Mayorkas.\n\nThe talks ended. ${'Closing words. '.repeat(20)}`;

  it('shows the passage with the matches, accent-insensitively, with offsets into the snippet', () => {
    const { snippet, words } = marked(text, 'barcena mayorkas');
    expect(words).toEqual(['Bárcena', 'Mayorkas']);
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet).not.toContain('\n');
  });

  it('marks prefixes and the words of phrases, never excluded words', () => {
    expect(marked(text, 'Mayor* "Alicia Bárcena" -talks').words).toEqual(['Alicia', 'Bárcena', 'Mayorkas']);
  });

  it('prefers the window holding the most distinct query words', () => {
    const spread = `Mayorkas spoke first. ${'Filler words here. '.repeat(30)}Bárcena and Mayorkas then signed.`;
    expect(marked(spread, 'mayorkas barcena').words).toEqual(['Bárcena', 'Mayorkas']);
  });

  it('opens the text when only the title matched', () => {
    const { snippet, words } = marked('First words of the body, and more of them.', 'title-only');
    expect(words).toEqual([]);
    expect(snippet).toBe('First words of the body, and more of them.');
  });
});
