import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNotebook } from '../../../main/core/db/open';
import { insertDocument } from '../../../main/core/documents/repository';
import { toFtsQuery } from '../../../main/core/search/query-parser';
import { search } from '../../../main/core/search/service';
import { tempDir } from '../../helpers/notebook';

const WORDS = ['sum', 'migra', 'summit', 'of', 'the', 'Américas', 'americas', 'de', 'armas', 'tráfico', 'border', 'migración', 'la'];

const word = fc.constantFrom(...WORDS);
const term = fc.oneof(
  word,
  word.map((text) => `${text.slice(0, 3)}*`),
  fc.array(word, { minLength: 2, maxLength: 4 }).map((words) => `"${words.join(' ')}"`),
  fc.array(word, { minLength: 2, maxLength: 3 }).map((words) => `"${words.join(' ')}"*`),
);
const query = fc
  .tuple(fc.array(term, { minLength: 1, maxLength: 3 }), fc.boolean(), fc.option(term, { nil: undefined }))
  .map(([terms, or, excluded]) => `${terms.join(or ? ' OR ' : ' ')}${excluded ? ` -${excluded}` : ''}`);

describe('ranking phrases by their content words', () => {
  it('finds exactly the documents the query matches, whatever it ranks them by', () => {
    const db = openNotebook(join(tempDir(), 'notebook.sqlite'));
    const texts = fc.sample(fc.array(word, { minLength: 3, maxLength: 14 }), { numRuns: 60, seed: 11 });
    texts.forEach((words, index) =>
      insertDocument(db, {
        uid: `01J00000000000000000000${String(index).padStart(3, '0')}`,
        title: `Document ${index}`,
        outlet: null,
        author: null,
        url: null,
        published: null,
        publishedPrecision: 'unknown',
        language: null,
        text: words.join(' '),
        words: words.length,
        contentHash: `hash-${index}`,
        sourceName: `${index}.txt`,
        sourceFormat: 'txt',
        sourceBytes: new Uint8Array(),
        importedAt: '2026-01-01T00:00:00.000Z',
        provenance: {},
      }),
    );
    const matching = db.prepare('SELECT d.uid FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid WHERE documents_fts MATCH ?').pluck();
    fc.assert(
      fc.property(query, (typed) => {
        const found = search(db, typed, {}, 100).results.map((result) => result.uid);
        expect(found.sort()).toEqual((matching.all(toFtsQuery(typed)) as string[]).sort());
      }),
      { numRuns: 300, seed: 5 },
    );
    db.close();
  });
});
