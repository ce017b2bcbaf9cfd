import Database from 'better-sqlite3';
import type { ChannelName } from '../../../shared/contract/channels';
import type { Country } from '../../../shared/model/official';
import { corpusFile } from '../../helpers/corpus';
import { openTestNotebook, type TestNotebook } from '../../helpers/notebook';

/** A notebook with sample articles imported, by corpus prefix ('000' → its document uid). */
export async function notebookWith(...prefixes: string[]): Promise<{ notebook: TestNotebook; docs: Record<string, string> }> {
  const notebook = openTestNotebook();
  const docs: Record<string, string> = {};
  for (const prefix of prefixes) docs[prefix] = (await notebook.importPaths(corpusFile(prefix))).imported[0]!.uid;
  return { notebook, docs };
}

export async function official(notebook: TestNotebook, name: string, country: Country | null = null): Promise<string> {
  return (await notebook.call('officials.create', { name, country })).uid;
}

/** Highlights the first place the words are written in a document; returns the annotation's uid. */
export async function passage(notebook: TestNotebook, documentUid: string, words: string): Promise<string> {
  const { text } = await notebook.call('documents.get', { uid: documentUid });
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in ${documentUid}`);
  return (await notebook.call('annotations.create', { documentUid, selection: { start, end: start + words.length, exact: words } })).uid;
}

export async function meeting(notebook: TestNotebook, title: string, start: string | null = null): Promise<string> {
  return (await notebook.call('meetings.create', { title, start })).uid;
}

export async function errorOf(notebook: TestNotebook, channel: ChannelName, input: unknown) {
  const envelope = await notebook.core.invoke(channel, input);
  return envelope.ok ? null : envelope.error;
}

export const MEETING_TABLES = [
  'meetings',
  'meeting_topics',
  'meeting_participants',
  'meeting_sources',
  'meeting_evidence',
  'meeting_links',
  'meeting_merges',
  'meeting_merge_additions',
  'meeting_merge_fills',
];

/** Every stored row of the tables: what "nothing changed" and "exactly as before" mean. */
export function snapshot(notebook: TestNotebook, tables = MEETING_TABLES, except: string[] = []): Record<string, unknown[]> {
  const db = new Database(notebook.path, { readonly: true });
  try {
    return Object.fromEntries(
      tables.map((table) => [
        table,
        db
          .prepare(`SELECT * FROM ${table} ORDER BY 1, 2`)
          .all()
          .map((row) => Object.fromEntries(Object.entries(row as object).filter(([column]) => !except.includes(column)))),
      ]),
    );
  } finally {
    db.close();
  }
}
