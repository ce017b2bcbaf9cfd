import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusFiles } from '../../../helpers/corpus';
import { openTestNotebook, type TestNotebook } from '../../../helpers/notebook';

const registry = JSON.parse(readFileSync(join(__dirname, '../../../fixtures/officials/registry.json'), 'utf8')) as {
  people: Array<{ name: string; aliases?: string[] }>;
};

/**
 * The sample corpus as a researcher leaves it after reviewing officials: imported, the registry of
 * the corpus entered, and every suggested mention of a registered person confirmed. `docs` maps a
 * corpus prefix ('004') to its document uid.
 */
export async function reviewedCorpus(path?: string): Promise<{ notebook: TestNotebook; docs: Record<string, string> }> {
  const notebook = openTestNotebook(path);
  const { imported } = await notebook.importPaths(...corpusFiles);
  const docs = Object.fromEntries(imported.map((item) => [item.file.split(/[\\/]/).at(-1)!.slice(0, 3), item.uid]));
  const uids: string[] = [];
  for (const person of registry.people) uids.push((await notebook.call('officials.create', { name: person.name, aliases: person.aliases ?? [] })).uid);
  for (const officialUid of uids) await notebook.call('mentions.confirmAllOf', { officialUid });
  return { notebook, docs };
}
