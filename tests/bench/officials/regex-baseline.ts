/**
 * The naive alternative the matcher is measured against: one case-insensitive regular expression
 * per registry form, run over every text. It folds no accents, reads no context and ties nothing
 * to a person, so it does less than the matcher; it is what a first version would do.
 */
export function regexBaseline(texts: readonly string[], forms: readonly string[]): { ms: number; matches: number } {
  const patterns = forms.map((form) => new RegExp(form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'));
  const start = performance.now();
  let matches = 0;
  for (const text of texts) {
    for (const pattern of patterns) {
      pattern.lastIndex = 0;
      while (pattern.exec(text) !== null) matches++;
    }
  }
  return { ms: performance.now() - start, matches };
}
