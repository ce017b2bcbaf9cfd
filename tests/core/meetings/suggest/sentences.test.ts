import { describe, expect, it } from 'vitest';
import { sentenceAt, splitSentences } from '../../../../main/core/meetings/suggest/sentences';

describe('splitting a document into sentences', () => {
  it('ends sentences at end punctuation and at line ends, with offsets into the text', () => {
    const text = 'Ebrard met Blinken. “Good meeting,” he said!\n\nLater, they left? Yes.';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['Ebrard met Blinken.', '“Good meeting,” he said!', 'Later, they left?', 'Yes.']);
    for (const sentence of sentences) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('does not end a sentence after an abbreviation or an initial', () => {
    const text = 'Funcionarios de EE.UU. y México se reúnen. Sr. Ebrard met the U.S. team. Marcelo Ebrard C. (@m_ebrard) said so.';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Funcionarios de EE.UU. y México se reúnen.',
      'Sr. Ebrard met the U.S. team.',
      'Marcelo Ebrard C. (@m_ebrard) said so.',
    ]);
  });

  it('finds the sentence holding an offset, and none between sentences', () => {
    const text = 'One. Two three.';
    const sentences = splitSentences(text);
    expect(sentenceAt(sentences, text.indexOf('three'))?.text).toBe('Two three.');
    expect(sentenceAt(sentences, text.indexOf(' Two'))).toBeUndefined();
  });
});
