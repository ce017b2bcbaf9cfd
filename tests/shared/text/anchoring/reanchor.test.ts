import { describe, expect, it } from 'vitest';
import { describeRange, reanchor, reanchorAll, type Selectors } from '../../../../shared/text/anchoring';

/** Paragraphs from a sample article, glued words and all, as PDF and web imports leave them. */
const ARTICLE = [
  'US advance prepares details in the SRE for high-level meeting with AMLO on migration.',
  'An advance of US officials met this Tuesday with personnel from the Secretary of Foreign Relations (SRE) to prepare the high level meeting that the president will hold with several secretaries of state.',
  'The meeting will take place this December 27and it comes after President López Obrador and his American counterpart had a telephone conversation last Thursday to discuss the immigration issue.',
  'A day later, the president detailed that Biden told him that he should reinforce the containment of the migratory flow on the southern border of Mexico.',
  'Among the most important are the border crossing closuresboth vehicular and for trainswhich have impacted the border economic activityby paralyzing the crossing of merchandise.',
  'Added to this are anti-immigrant laws passed in states governed by Republicansas Texasarguing that irregular migration puts their territory at risk.',
].join('\n\n');

function select(text: string, exact: string, occurrence = 0): Selectors {
  let start = -1;
  for (let seen = 0; seen <= occurrence && (seen === 0 || start >= 0); seen++) start = text.indexOf(exact, start + 1);
  if (start < 0) throw new Error(`"${exact}" is not in the text`);
  return describeRange(text, start, start + exact.length);
}

function found(text: string, result: { start: number; end: number }): string {
  return text.slice(result.start, result.end);
}

/** As the core stores them after an edit: quote and context refreshed, an orphan kept as it was. */
function followed(oldText: string, newText: string, annotations: readonly Selectors[]): Selectors[] {
  return reanchorAll(oldText, newText, annotations).map((result, index) =>
    result.state === 'orphaned' ? annotations[index]! : describeRange(newText, result.start, result.end),
  );
}

/** An article that quotes a statement twice, word for word, as articles quoting a tweet do. */
const STATEMENT = 'Officials met again in Tijuana. Neither side offered figures, but aides described the conversation about watertreaties as frank, detailed and constructive.';
const QUOTING = [ARTICLE, `The ministry said: ${STATEMENT}`, ARTICLE.split('\n\n')[3], `In full: ${STATEMENT}`, ARTICLE.split('\n\n')[5]].join('\n\n');
const SPLIT_QUOTE = 'but aides described the conversation about watertreaties';

describe('reanchorAll', () => {
  it('keeps every annotation where it was when the text did not change', () => {
    const annotations = [select(ARTICLE, 'US advance'), select(ARTICLE, 'the border', 1), select(ARTICLE, 'at risk.')];
    expect(reanchorAll(ARTICLE, ARTICLE, annotations)).toEqual(annotations.map(({ start, end }) => ({ state: 'anchored', start, end })));
  });

  it('shifts annotations after an earlier edit, keeping them anchored', () => {
    const annotation = select(ARTICLE, 'the containment of the migratory flow');
    const edited = ARTICLE.replace('this Tuesday', 'on Tuesday, December 19,');
    const [result] = reanchorAll(ARTICLE, edited, [annotation]);
    expect(result).toEqual({ state: 'anchored', start: annotation.start + 12, end: annotation.end + 12 });
    expect(found(edited, result!)).toBe(annotation.exact);
  });

  it('splits glued words: the annotation across the fix is changed, its neighbours stay on their words', () => {
    const fixed = ARTICLE.replace('closuresboth', 'closures both');
    const before = select(ARTICLE, 'the border crossing');
    const ending = select(ARTICLE, 'border crossing closures');
    const across = select(ARTICLE, 'closuresboth vehicular');
    const starting = select(ARTICLE, 'both vehicular and for trains');
    const later = select(ARTICLE, 'anti-immigrant laws');
    const [b, e, a, s, l] = reanchorAll(ARTICLE, fixed, [before, ending, across, starting, later]);
    expect(b).toEqual({ state: 'anchored', start: before.start, end: before.end });
    expect(e).toEqual({ state: 'anchored', start: ending.start, end: ending.end });
    expect(a).toMatchObject({ state: 'changed', start: across.start });
    expect(found(fixed, a!)).toBe('closures both vehicular');
    expect(describeRange(fixed, a!.start, a!.end).exact).toBe('closures both vehicular');
    expect(s).toEqual({ state: 'anchored', start: starting.start + 1, end: starting.end + 1 });
    expect(l).toEqual({ state: 'anchored', start: later.start + 1, end: later.end + 1 });
  });

  it('marks an annotation changed when a typo inside it is fixed', () => {
    const annotation = select(ARTICLE, 'laws passed in states governed by Republicansas Texasarguing');
    const fixed = ARTICLE.replace('Republicansas Texasarguing', 'Republicans, as Texas, arguing');
    const [result] = reanchorAll(ARTICLE, fixed, [annotation]);
    expect(result?.state).toBe('changed');
    expect(found(fixed, result!)).toBe('laws passed in states governed by Republicans, as Texas, arguing');
  });

  it('keeps an annotation on its own copy of a repeated sentence when an edit inside it changes it', () => {
    const first = select(QUOTING, SPLIT_QUOTE);
    const second = select(QUOTING, SPLIT_QUOTE, 1);
    // Both copies have the same context; only the first is edited.
    expect([first.prefix, first.suffix]).toEqual([second.prefix, second.suffix]);
    const fixed = QUOTING.slice(0, first.end - 8) + ' ' + QUOTING.slice(first.end - 8);
    const [own, other] = reanchorAll(QUOTING, fixed, [first, second]);
    expect(own).toEqual({ state: 'changed', start: first.start, end: first.end + 1 });
    expect(found(fixed, own!)).toBe('but aides described the conversation about water treaties');
    expect(other).toEqual({ state: 'anchored', start: second.start + 1, end: second.end + 1 });
  });

  it('keeps an annotation on its own copy when a typo at its first word is fixed', () => {
    const text = QUOTING.replaceAll('but aides', 'btu aides');
    const first = select(text, 'btu aides described the conversation');
    const second = select(text, 'btu aides described the conversation', 1);
    const fixed = text.replace('btu aides', 'but aides');
    const [own, other] = reanchorAll(text, fixed, [first, second]);
    expect(own).toMatchObject({ state: 'changed', start: first.start });
    expect(found(fixed, own!)).toBe('but aides described the conversation');
    expect(other).toEqual({ state: 'anchored', start: second.start, end: second.end });
  });

  it('keeps an annotation on its own copy when most of its inside is rewritten', () => {
    const first = select(QUOTING, SPLIT_QUOTE);
    const edited = QUOTING.replace('described the conversation about', 'said little of');
    const [own] = reanchorAll(QUOTING, edited, [first]);
    expect(own).toEqual({ state: 'changed', start: first.start, end: first.end - 18 });
    expect(found(edited, own!)).toBe('but aides said little of watertreaties');
  });

  it('puts every annotation back where it was when an edit inside a repeated sentence is undone', () => {
    const annotations = [select(QUOTING, SPLIT_QUOTE), select(QUOTING, SPLIT_QUOTE, 1), select(QUOTING, 'aides described'), select(QUOTING, 'watertreaties as frank', 1)];
    // Splitting the first copy's glued word changes one annotation; the second copy's, two.
    for (const [at, changed] of [
      [QUOTING.indexOf('watertreaties') + 5, 1],
      [QUOTING.lastIndexOf('watertreaties') + 5, 2],
    ] as const) {
      const fixed = `${QUOTING.slice(0, at)} ${QUOTING.slice(at)}`;
      const after = followed(QUOTING, fixed, annotations);
      expect(after.filter((annotation) => annotation.exact.includes('water treaties'))).toHaveLength(changed);
      const back = reanchorAll(fixed, QUOTING, after);
      expect(back.map(({ start, end }) => ({ start, end }))).toEqual(annotations.map(({ start, end }) => ({ start, end })));
      for (const result of back) expect(['anchored', 'changed']).toContain(result.state);
    }
  });

  it('follows a repeated sentence cut and pasted elsewhere, rather than keep it on what took its place', () => {
    const paragraphs = QUOTING.split('\n\n');
    const annotation = select(QUOTING, SPLIT_QUOTE);
    const moved = paragraphs.filter((paragraph) => !paragraph.startsWith('The ministry said')).concat(paragraphs.find((paragraph) => paragraph.startsWith('The ministry said'))!);
    const edited = moved.join('\n\n');
    const [result] = reanchorAll(QUOTING, edited, [annotation]);
    expect(result).toEqual({ state: 'moved', start: edited.lastIndexOf(SPLIT_QUOTE), end: edited.lastIndexOf(SPLIT_QUOTE) + SPLIT_QUOTE.length });
  });

  it('does not let a copy of the quote elsewhere take the anchor', () => {
    const text = `${ARTICLE}\n\nThe council approved the budget on Monday.\n\nLater the mayor praised the budget in a statement.`;
    const second = select(text, 'the budget', 1);
    // An edit before both copies, one between them, and one right after the annotated copy.
    const edited = text.replace('US advance', 'A US advance').replace('on Monday', 'on Monday night').replace('in a statement', 'in his statement');
    const [result] = reanchorAll(text, edited, [second]);
    expect(result).toEqual({ state: 'anchored', start: edited.lastIndexOf('the budget'), end: edited.lastIndexOf('the budget') + 10 });
  });

  it('follows a passage moved far away, rather than a copy of its quote nearer its old place', () => {
    const paragraphs = ARTICLE.split('\n\n');
    const moved = 'The council voted on the budget late in the evening.';
    const text = [paragraphs[0], moved, ...paragraphs.slice(1), 'Residents said the budget was late.'].join('\n\n');
    const annotation = select(text, 'the budget');
    const edited = [paragraphs[0], ...paragraphs.slice(1), 'Residents said the budget was late.', moved].join('\n\n');
    const [result] = reanchorAll(text, edited, [annotation]);
    expect(result).toEqual({ state: 'moved', start: edited.lastIndexOf('the budget'), end: edited.lastIndexOf('the budget') + 10 });
    expect(edited.lastIndexOf('the budget') - annotation.start).toBeGreaterThan(700);
  });

  it('follows a passage moved far away and edited on the way', () => {
    const filler = Array.from({ length: 40 }, (_, index) => `Item ${index} was tabled without discussion by the members present.`).join('\n\n');
    const paragraphs = ARTICLE.split('\n\n');
    const text = [paragraphs[4], filler, paragraphs[5]].join('\n\n');
    const annotation = select(text, 'the border crossing closuresboth vehicular');
    const edited = [filler, paragraphs[5], paragraphs[4]!.replace('closuresboth', 'closures both')].join('\n\n');
    const [result] = reanchorAll(text, edited, [annotation]);
    expect(result?.state).toBe('changed');
    expect(found(edited, result!)).toBe('the border crossing closures both vehicular');
    expect(result!.start - annotation.start).toBeGreaterThan(2500);
  });

  it('orphans an annotation whose passage was deleted, keeping its old offsets', () => {
    const sentence = ARTICLE.split('\n\n')[4]!;
    const annotation = select(ARTICLE, 'paralyzing the crossing of merchandise');
    const kept = select(ARTICLE, 'anti-immigrant laws');
    const edited = ARTICLE.replace(sentence, 'The crossings were closed.');
    const [lost, still] = reanchorAll(ARTICLE, edited, [annotation, kept]);
    expect(lost).toEqual({ state: 'orphaned', start: annotation.start, end: annotation.end });
    expect(still?.state).toBe('anchored');
    expect(found(edited, still!)).toBe('anti-immigrant laws');
  });

  it('orphans a short quote whose passage was deleted rather than pin it on the same word elsewhere', () => {
    const annotation = select(ARTICLE, 'migration', 2);
    const edited = ARTICLE.slice(0, ARTICLE.lastIndexOf('\n\nAdded to this'));
    expect(edited.match(/migration/g)).toHaveLength(2);
    expect(reanchorAll(ARTICLE, edited, [annotation])).toEqual([{ state: 'orphaned', start: annotation.start, end: annotation.end }]);
  });

  it('does not move a deleted word to the same word nearby whose surroundings merely resemble its own', () => {
    const text = [
      '“In the work meeting with Alejandro Mayorkas and his team, ambassadors Ken Salazar from the US and Esteban Moctezuma from Mexico as well as Roberto Velasco. Good meeting, we are moving forward ”, he assured.',
      'At the work meeting with Alejandro Mayorkas and his team, ambassadors Ken Salazar from the US and Esteban Moctezuma from Mexico as well as Roberto Velasco. Good meeting, let’s move on.',
      'For his part Roberto Velasco Álvarez, Head of the North American Unit of the Mexican Foreign Ministry, assured that the meeting with Alejandro Mayorkas was “excellent”.',
    ].join('\n\n');
    const annotation = select(text, 'assured');
    const deleted = text.slice(text.indexOf('Good meeting, we'), text.indexOf('Good meeting, let’s'));
    const edited = text.replace(deleted, '');
    expect(reanchorAll(text, edited, [annotation])).toEqual([{ state: 'orphaned', start: annotation.start, end: annotation.end }]);
  });

  it('finds a long quote moved whole, even with new text on both sides', () => {
    const paragraphs = ARTICLE.split('\n\n');
    const annotation = select(ARTICLE, paragraphs[3]!);
    const edited = [paragraphs[0], paragraphs[1], paragraphs[2], paragraphs[4], paragraphs[5], `Update: ${paragraphs[3]} More soon.`].join('\n\n');
    const [result] = reanchorAll(ARTICLE, edited, [annotation]);
    expect(result?.state).toBe('moved');
    expect(found(edited, result!)).toBe(paragraphs[3]);
  });

  it('never cuts an astral character in two when it re-anchors a changed quote', () => {
    const text = 'The 𝔄lcalde 𝔅oard met on Tuesday to hear the residents.';
    const annotation = select(text, '𝔄lcalde 𝔅oard met');
    const edited = text.replace('𝔄lcalde 𝔅oard', '𝔄lcaldes 𝔅oard');
    const [result] = reanchorAll(text, edited, [annotation]);
    expect(result?.state).toBe('changed');
    expect(found(edited, result!)).toBe('𝔄lcaldes 𝔅oard met');
  });

  it('keeps offsets that no longer fit the old text from throwing', () => {
    const annotation = { ...select(ARTICLE, 'at risk.'), start: ARTICLE.length + 5, end: ARTICLE.length + 13 };
    const [result] = reanchorAll(ARTICLE, `${ARTICLE} Really.`, [annotation]);
    expect(result?.state).toBe('moved');
    expect(found(`${ARTICLE} Really.`, result!)).toBe('at risk.');
  });
});

describe('reanchor', () => {
  it('anchors a quote that is still at the hint, or at its old offsets without one', () => {
    const annotation = select(ARTICLE, 'southern border');
    expect(reanchor(annotation, ARTICLE)).toEqual({ state: 'anchored', start: annotation.start, end: annotation.end });
    const shifted = `Breaking. ${ARTICLE}`;
    expect(reanchor(annotation, shifted, annotation.start + 10)).toEqual({ state: 'anchored', start: annotation.start + 10, end: annotation.end + 10 });
  });

  it('prefers the copy whose context matches over a nearer one', () => {
    const text = 'Later the council approved the budget for the coming fiscal year on Monday. Residents asked about the budget for the coming fiscal year again.';
    const annotation = select(text, 'the budget for the coming fiscal year');
    const [first, second] = text.split('. ');
    const edited = `${second!.replace(/\.$/, '')}. ${first}.`;
    const result = reanchor(annotation, edited, annotation.start);
    expect(result).toEqual({ state: 'moved', start: edited.lastIndexOf(annotation.exact), end: edited.lastIndexOf(annotation.exact) + annotation.exact.length });
    expect(Math.abs(edited.indexOf(annotation.exact) - annotation.start)).toBeLessThan(Math.abs(result.start - annotation.start));
  });

  it('finds an edited quote at the hint even with a verbatim copy, out of context, nearby', () => {
    const text = 'Later the council approved the budget on Monday. Residents asked about the budget again.';
    const annotation = select(text, 'the budget');
    const edited = text.replace('approved the budget', 'approved the Budget');
    expect(reanchor(annotation, edited, annotation.start)).toEqual({ state: 'changed', start: annotation.start, end: annotation.end });
  });

  it('orphans an empty quote', () => {
    expect(reanchor({ exact: '', prefix: '', suffix: '', start: 2, end: 2 }, ARTICLE)).toEqual({ state: 'orphaned', start: 2, end: 2 });
  });
});
