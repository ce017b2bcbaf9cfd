import { afterEach, describe, expect, it } from 'vitest';
import { openNotebook, type Db } from '../../../../main/core/db/open';
import { documentReadings } from '../../../../main/core/meetings/suggest/document-readings';
import type { TestNotebook } from '../../../helpers/notebook';
import { notebookWith, official } from '../fixture';

const connections: Db[] = [];
afterEach(() => {
  for (const db of connections.splice(0)) db.close();
});

/** A second connection: its cache sees the core's writes only through the database, as any writer's would be. */
function connect(notebook: TestNotebook): Db {
  const db = openNotebook(notebook.path);
  connections.push(db);
  return db;
}

/** What a connection with no cache reads: the reference every cached reading must equal. */
function freshReadings(notebook: TestNotebook) {
  const db = openNotebook(notebook.path);
  try {
    return documentReadings(db);
  } finally {
    db.close();
  }
}

describe('meeting readings of documents, kept between calls', () => {
  it('reads each text once, and again only the document whose text, title, date, language or confirmed officials changed', async () => {
    const { notebook, docs } = await notebookWith('000', '004');
    const db = connect(notebook);
    const first = documentReadings(db);
    const again = documentReadings(db);
    expect(again.get(docs['000']!)).toBe(first.get(docs['000']!));
    expect(again.get(docs['004']!)).toBe(first.get(docs['004']!));

    const changes: Array<[string, () => Promise<unknown>]> = [
      ['published date', () => notebook.call('documents.update', { uid: docs['004']!, patch: { published: '2023-12-26' } })],
      ['language', () => notebook.call('documents.update', { uid: docs['004']!, patch: { language: 'es' } })],
      ['title', () => notebook.call('documents.update', { uid: docs['004']!, patch: { title: 'Advance team at the SRE' } })],
      ['text', async () => {
        const { text } = await notebook.call('documents.get', { uid: docs['004']! });
        return notebook.call('documents.editText', { uid: docs['004']!, text: `${text}\n\nThe ministers met on May 3, 2022.` });
      }],
      ['confirmed officials', async () => notebook.call('mentions.confirmAllOf', { officialUid: await official(notebook, 'Elizabeth Sherwood-Randall') })],
    ];
    let before = again;
    for (const [what, change] of changes) {
      await change();
      const after = documentReadings(db);
      expect(after.get(docs['004']!), what).not.toBe(before.get(docs['004']!));
      expect(after.get(docs['000']!), what).toBe(first.get(docs['000']!));
      expect(after, what).toEqual(freshReadings(notebook));
      before = after;
    }
  });

  it('keeps a reading when a decision elsewhere leaves its officials as they were, and drops a trashed document', async () => {
    const { notebook, docs } = await notebookWith('000', '004');
    const db = connect(notebook);
    const first = documentReadings(db);
    await notebook.call('mentions.confirmAllOf', { officialUid: await official(notebook, 'Marcelo Ebrard') });
    const after = documentReadings(db);
    expect(after.get(docs['004']!)).toBe(first.get(docs['004']!));
    expect(after.get(docs['000']!)).not.toBe(first.get(docs['000']!));

    await notebook.call('documents.trash', { uids: [docs['000']!] });
    expect([...documentReadings(db).keys()]).toEqual([docs['004']]);
    expect(documentReadings(db)).toEqual(freshReadings(notebook));
  });
});
