import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { POOL_THRESHOLD } from '../../../main/core/import/parse-pool';
import { bundleNodeEntries } from '../../helpers/bundle';
import { writeDocx } from '../../helpers/docx-writer';
import { writePdf } from '../../helpers/pdf-writer';
import { openTestNotebook, tempDir } from '../../helpers/notebook';

let parseWorker: string;
beforeAll(async () => {
  parseWorker = (await bundleNodeEntries()).parseWorker;
});

/** A folder of articles with a few bad files among them, enough to start the parse workers. */
function mixedFolder(count: number): string {
  const folder = join(tempDir(), 'clippings');
  mkdirSync(folder);
  for (let i = 0; i < count; i++) {
    const name = `clip-${String(i).padStart(4, '0')}`;
    if (i % 25 === 7) writeFileSync(join(folder, `${name}.txt`), Buffer.from([0, 1, 2, 0xff, 0xfe, 0]));
    else if (i % 25 === 13) writeFileSync(join(folder, `${name}.html`), '');
    else writeFileSync(join(folder, `${name}.txt`), `Report number ${i} on the border talks\n\nLa canciller Bárcena met the delegation (${i}).\n`);
  }
  return folder;
}

describe('bulk import through parse workers', () => {
  it('gives the same documents, in the same order, and the same refusals as parsing inline', async () => {
    const folder = mixedFolder(POOL_THRESHOLD * 2);
    const inline = await openTestNotebook().importPaths(folder);
    const pooled = await openTestNotebook(undefined, { parseWorkerScript: parseWorker }).importPaths(folder);
    expect(pooled.imported.map(({ file, title }) => ({ file, title }))).toEqual(inline.imported.map(({ file, title }) => ({ file, title })));
    expect(pooled.failed).toEqual(inline.failed);
    expect(pooled.failed.map((failure) => failure.code).sort()).toEqual([...Array(5).fill('EMPTY'), ...Array(5).fill('UNSUPPORTED_FORMAT')].sort());
    expect(pooled.imported.map((item) => item.uid)).toEqual([...pooled.imported.map((item) => item.uid)].sort());
  });

  it('hands files over in their listed order when a worker finishes them out of order', async () => {
    // PDF and DOCX parse asynchronously, so a worker finishes the text files queued behind them first.
    const folder = join(tempDir(), 'formats');
    mkdirSync(folder);
    for (let i = 0; i < POOL_THRESHOLD + 16; i++) {
      const name = `item-${String(i).padStart(4, '0')}`;
      const line = `Statement ${i} on the border talks in Washington`;
      if (i % 8 === 3) writeFileSync(join(folder, `${name}.pdf`), writePdf([{ runs: [{ text: line, x: 72, y: 700 }, { text: `Meeting ${i} went well.`, x: 72, y: 680 }] }]));
      else if (i % 8 === 5) writeFileSync(join(folder, `${name}.docx`), writeDocx([{ style: 'Title', text: line }, { text: `Meeting ${i} went well.` }]));
      else writeFileSync(join(folder, `${name}.txt`), `${line}\n\nMeeting ${i} went well.\n`);
    }
    const inline = await openTestNotebook().importPaths(folder);
    const pooled = await openTestNotebook(undefined, { parseWorkerScript: parseWorker }).importPaths(folder);
    expect(inline.imported).toHaveLength(POOL_THRESHOLD + 16);
    expect(pooled.failed).toEqual([]);
    expect(pooled.imported.map(({ file, title }) => ({ file, title }))).toEqual(inline.imported.map(({ file, title }) => ({ file, title })));
  });

  it('is searchable and listed as soon as it is done', async () => {
    const notebook = openTestNotebook(undefined, { parseWorkerScript: parseWorker });
    const summary = await notebook.importPaths(mixedFolder(POOL_THRESHOLD + 10));
    const { total } = await notebook.call('search.query', { query: 'barcena' });
    expect(total).toBe(summary.imported.length);
    expect((await notebook.call('documents.list', { limit: 1 })).total).toBe(summary.imported.length);
  });
});
