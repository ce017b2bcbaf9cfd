import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openNotebook, type Db } from '../../../main/core/db/open';
import type { MentionSpan } from '../../../shared/model/suggestion';
import { foldName } from '../../../main/core/officials/matching/tokens';
import { refreshSuggestionIndex } from '../../../main/core/officials/suggestion-index';
import { suggestionQueue } from '../../../main/core/officials/suggestions';
import { corpusFiles } from '../../helpers/corpus';
import { openTestNotebook, type TestNotebook } from '../../helpers/notebook';

const registry = JSON.parse(readFileSync(join(__dirname, '../../fixtures/officials/registry.json'), 'utf8')) as {
  people: Array<{ name: string; aliases?: string[] }>;
};

const connections: Db[] = [];
afterEach(() => {
  for (const db of connections.splice(0)) db.close();
});

/**
 * A second connection to the notebook the core has open: its index sees the core's writes only
 * through the database, which is what makes the invalidation impossible to forget.
 */
function connect(notebook: TestNotebook): Db {
  const db = openNotebook(notebook.path);
  connections.push(db);
  return db;
}

/** The queue as a first call computes it: a new connection has no index yet, so it scans everything. */
function freshPass(notebook: TestNotebook, limit?: number) {
  const db = openNotebook(notebook.path);
  try {
    return suggestionQueue(db, limit);
  } finally {
    db.close();
  }
}

async function withRegistry(files: readonly string[], people = registry.people) {
  const notebook = openTestNotebook();
  const { imported } = await notebook.importPaths(...files);
  for (const person of people) await notebook.call('officials.create', { name: person.name, aliases: person.aliases ?? [] });
  return { notebook, uids: imported.map((item) => item.uid), db: connect(notebook) };
}

const withoutZeya = registry.people.filter((person) => person.name !== 'Uzra Zeya');

describe('the suggestion index', () => {
  it('scans a newly imported document alone and adds its suggestions to the queue', async () => {
    const { notebook, uids, db } = await withRegistry(corpusFiles.slice(0, 4));
    expect(refreshSuggestionIndex(db).scanned.sort()).toEqual([...uids].sort());
    expect(refreshSuggestionIndex(db).scanned).toEqual([]);
    const before = suggestionQueue(db);

    const [added] = (await notebook.importPaths(corpusFiles[4]!)).imported;
    expect(refreshSuggestionIndex(db).scanned).toEqual([added!.uid]);
    const after = suggestionQueue(db);
    const inAdded = (queue: typeof after) => queue.known.flatMap((person) => person.mentions).filter((mention) => mention.documentUid === added!.uid);
    expect(inAdded(before)).toEqual([]);
    expect(inAdded(after).length).toBeGreaterThan(0);
    expect(after).toEqual(freshPass(notebook));
  });

  it('scans every document once after a person is added, deleted or restored, and finds what the change makes findable', async () => {
    const { notebook, uids, db } = await withRegistry(corpusFiles, withoutZeya);
    const zeyaIn = (queue: ReturnType<typeof suggestionQueue>) => ({
      known: queue.known.some((person) => person.name === 'Uzra Zeya'),
      candidate: queue.candidates.some((person) => person.name === 'Uzra Zeya'),
    });
    expect(zeyaIn(suggestionQueue(db))).toEqual({ known: false, candidate: true });

    const zeya = await notebook.call('officials.create', { name: 'Uzra Zeya', aliases: [] });
    expect(refreshSuggestionIndex(db).scanned).toHaveLength(uids.length);
    expect(refreshSuggestionIndex(db).scanned).toEqual([]);
    expect(zeyaIn(suggestionQueue(db))).toEqual({ known: true, candidate: false });

    await notebook.call('officials.delete', { uids: [zeya.uid] });
    expect(refreshSuggestionIndex(db).scanned).toHaveLength(uids.length);
    expect(zeyaIn(suggestionQueue(db))).toEqual({ known: false, candidate: true });

    await notebook.call('officials.restore', { uids: [zeya.uid] });
    expect(refreshSuggestionIndex(db).scanned).toHaveLength(uids.length);
    expect(suggestionQueue(db)).toEqual(freshPass(notebook));
  });

  it('re-scans for a new alias, whoever writes it, and not for changes the matcher cannot see', async () => {
    const { notebook, uids, db } = await withRegistry(corpusFiles);
    const ebrard = (await notebook.call('officials.list', { query: 'Marcelo Ebrard' })).items[0]!;
    const aliasesOf = () => suggestionQueue(db, 500).known.find((person) => person.officialUid === ebrard.uid)!.mentions.map((mention) => mention.alias);
    expect(aliasesOf()).not.toContain('Foreign Minister Ebrard');

    await notebook.call('officials.update', { uid: ebrard.uid, patch: { notes: 'Foreign minister until 2023.', affiliation: 'Morena' } });
    expect(refreshSuggestionIndex(db).scanned).toEqual([]);
    // Saving the same aliases rewrites their rows: the triggers fire, the registry is the same.
    await notebook.call('officials.update', { uid: ebrard.uid, patch: { aliases: ebrard.aliases } });
    expect(refreshSuggestionIndex(db).scanned).toEqual([]);

    await notebook.call('officials.update', { uid: ebrard.uid, patch: { aliases: [...ebrard.aliases, 'Foreign Minister Ebrard'] } });
    expect(refreshSuggestionIndex(db).scanned).toHaveLength(uids.length);
    expect(aliasesOf()).toContain('Foreign Minister Ebrard');

    // Merging and tagging add aliases with their own SQL; the index hears of it all the same.
    const writer = connect(notebook);
    const id = writer.prepare('SELECT id FROM officials WHERE uid = ?').pluck().get(ebrard.uid);
    writer.prepare("INSERT INTO official_aliases (official_id, alias, folded) VALUES (?, 'Secretary Marcelo Ebrard', 'secretary marcelo ebrard')").run(id);
    expect(refreshSuggestionIndex(db).scanned).toHaveLength(uids.length);
    expect(aliasesOf()).toContain('Secretary Marcelo Ebrard');
    expect(suggestionQueue(db)).toEqual(freshPass(notebook));
  });

  it('re-scans an edited text alone, so that offsets follow the new text; a trashed document leaves without a scan', async () => {
    const { notebook, uids, db } = await withRegistry(corpusFiles);
    suggestionQueue(db);
    const uid = uids[3]!;
    const { text } = await notebook.call('documents.get', { uid });
    await notebook.call('documents.editText', { uid, text: `Secretary Uzra Zeya and Alicia Bárcena spoke first.\n\n${text}` });
    expect(refreshSuggestionIndex(db).scanned).toEqual([uid]);
    const queue = suggestionQueue(db);
    const edited = (await notebook.call('documents.get', { uid })).text;
    const mentions = queue.known.flatMap((person) => person.mentions).filter((mention) => mention.documentUid === uid);
    expect(mentions.map((mention) => mention.text)).toContain('Alicia Bárcena');
    for (const mention of mentions) expect(edited.slice(mention.start, mention.end)).toBe(mention.text);
    expect(queue).toEqual(freshPass(notebook));

    await notebook.call('documents.trash', { uids: [uid] });
    expect(refreshSuggestionIndex(db).scanned).toEqual([]);
    const documentsOf = (q: typeof queue) => new Set(q.known.flatMap((person) => person.mentions.map((mention) => mention.documentUid)));
    expect(documentsOf(suggestionQueue(db)).has(uid)).toBe(false);
    await notebook.call('documents.restore', { uids: [uid] });
    expect(refreshSuggestionIndex(db).scanned).toEqual([uid]);
    expect(documentsOf(suggestionQueue(db)).has(uid)).toBe(true);
  });

  it('scans a document that takes the row id of one emptied from the trash as the new document it is', async () => {
    const { notebook, uids, db } = await withRegistry(corpusFiles.slice(0, 4));
    suggestionQueue(db);
    const idOf = db.prepare('SELECT id FROM documents WHERE uid = ?').pluck();
    const gone = uids.at(-1)!;
    const freed = idOf.get(gone);
    await notebook.call('documents.trash', { uids: [gone] });
    await notebook.call('documents.emptyTrash', {});
    const [added] = (await notebook.importPaths(corpusFiles[4]!)).imported;
    expect(idOf.get(added!.uid)).toBe(freed);
    expect(refreshSuggestionIndex(db).scanned).toEqual([added!.uid]);
    expect(suggestionQueue(db)).toEqual(freshPass(notebook));
  });

  it('follows a retitled document, a document deleted and a decision taken by any writer', async () => {
    const { notebook, uids, db } = await withRegistry(corpusFiles);
    const titlesOf = (queue: ReturnType<typeof suggestionQueue>) => new Set(queue.known.flatMap((person) => person.mentions.map((mention) => mention.documentTitle)));
    const documentsOf = (queue: ReturnType<typeof suggestionQueue>) => new Set(queue.known.flatMap((person) => person.mentions.map((mention) => mention.documentUid)));
    suggestionQueue(db);

    await notebook.call('documents.update', { uid: uids[0]!, patch: { title: 'Ebrard receives the delegation' } });
    expect(titlesOf(suggestionQueue(db))).toContain('Ebrard receives the delegation');

    const writer = connect(notebook);
    writer.prepare('DELETE FROM documents WHERE uid = ?').run(uids[1]!);
    expect(documentsOf(suggestionQueue(db)).has(uids[1]!)).toBe(false);

    const [candidate] = suggestionQueue(db).candidates;
    writer.prepare("INSERT INTO rejected_candidates (folded, rejected_at) VALUES (?, '2026-01-01T00:00:00Z')").run(foldName(candidate!.name));
    expect(suggestionQueue(db).candidates.map((person) => person.name)).not.toContain(candidate!.name);
    expect(suggestionQueue(db)).toEqual(freshPass(notebook));
  });

  it('keeps a rejected mention out of the queue when its document comes back from the trash', async () => {
    const { notebook, uids, db } = await withRegistry(corpusFiles);
    const last = uids.at(-1)!;
    const inLast = (queue: ReturnType<typeof suggestionQueue>) =>
      queue.known.flatMap((person) => person.mentions.filter((mention) => mention.documentUid === last).map((mention) => ({ ...mention, officialUid: person.officialUid })));
    const [mention] = inLast(suggestionQueue(db));
    const { officialUid, documentUid, start, end, text, rule } = mention!;
    await notebook.call('mentions.reject', { spans: [{ officialUid, documentUid, start, end, text, rule }] });
    await notebook.call('documents.trash', { uids: [last] });
    suggestionQueue(db);
    await notebook.call('documents.restore', { uids: [last] });
    const restored = inLast(suggestionQueue(db));
    expect(restored.length).toBeGreaterThan(0);
    expect(restored).not.toContainEqual(expect.objectContaining({ officialUid, start, end }));
  });

  it('gives, after any sequence of changes, the queue a full pass over the notebook gives', async () => {
    const person = fc.integer({ min: 0, max: registry.people.length - 1 });
    const file = fc.integer({ min: 0, max: corpusFiles.length - 1 });
    const step = fc.oneof(
      fc.record({ kind: fc.constant('import' as const), file }),
      fc.record({ kind: fc.constant('register' as const), person }),
      fc.record({ kind: fc.constant('unregister' as const), person }),
      fc.record({ kind: fc.constant('alias' as const), person, alias: fc.constantFrom('Ebrard', 'Secretary Blinken', 'Velasco', 'the Mexican foreign minister') }),
      fc.record({ kind: fc.constant('edit' as const), file, person }),
      fc.record({ kind: fc.constant('trash' as const), file }),
      fc.record({ kind: fc.constant('restore' as const), file }),
      // Emptying the trash frees the highest row id for the next import to take again.
      fc.record({ kind: fc.constant('purge' as const) }),
      fc.record({ kind: fc.constant('decide' as const), person }),
      fc.record({ kind: fc.constant('decideAll' as const), person, accept: fc.boolean() }),
      fc.record({ kind: fc.constant('forget' as const) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 3, maxLength: 8 }), async (steps) => {
        const notebook = openTestNotebook();
        const uids = new Map<number, string>();
        const registered = new Map<number, string>();
        const trashed = new Set<number>();
        const decisions: MentionSpan[][] = [];
        const importFile = async (index: number) => {
          const [item] = (await notebook.importPaths(corpusFiles[index]!)).imported;
          if (item) uids.set(index, item.uid);
        };
        await importFile(0);
        await importFile(1);
        await notebook.call('officials.suggestions', {});
        for (const change of steps) {
          const uid = 'file' in change ? uids.get(change.file) : undefined;
          const name = 'person' in change ? registry.people[change.person]!.name : '';
          const official = 'person' in change ? registered.get(change.person) : undefined;
          if (change.kind === 'import') await importFile(change.file);
          if (change.kind === 'register' && !official) registered.set(change.person, (await notebook.call('officials.create', { name, aliases: [] })).uid);
          if (change.kind === 'unregister' && official) {
            await notebook.call('officials.delete', { uids: [official] });
            registered.delete(change.person);
          }
          if (change.kind === 'alias' && official) await notebook.call('officials.update', { uid: official, patch: { aliases: [change.alias] } });
          if (change.kind === 'edit' && uid) {
            const { text, trashedAt } = await notebook.call('documents.get', { uid });
            if (!trashedAt) await notebook.call('documents.editText', { uid, text: `${text}\n\n${name} met the press again.` });
          }
          if (change.kind === 'trash' && uid) {
            await notebook.call('documents.trash', { uids: [uid] });
            trashed.add(change.file);
          }
          if (change.kind === 'restore' && uid) {
            await notebook.call('documents.restore', { uids: [uid] });
            trashed.delete(change.file);
          }
          if (change.kind === 'purge') {
            await notebook.call('documents.emptyTrash', {});
            for (const index of trashed) uids.delete(index);
            trashed.clear();
          }
          if (change.kind === 'decide') {
            const queue = await notebook.call('officials.suggestions', {});
            const known = queue.known[change.person % Math.max(1, queue.known.length)];
            const mention = known?.mentions[0];
            if (known && mention) {
              const { documentUid, start, end, text, rule } = mention;
              const spans = [{ officialUid: known.officialUid, documentUid, start, end, text, rule }];
              await notebook.call('mentions.reject', { spans });
              decisions.push(spans);
            }
            const candidate = queue.candidates[change.person % Math.max(1, queue.candidates.length)];
            if (candidate) await notebook.call('officials.rejectCandidate', { name: candidate.name, rejected: true });
            const [proposal] = queue.aliases;
            if (proposal) await notebook.call('officials.rejectAlias', { officialUid: proposal.officialUid, alias: proposal.alias });
          }
          if (change.kind === 'decideAll') {
            const { known, aliases } = await notebook.call('officials.suggestions', {});
            const group = known[change.person % Math.max(1, known.length)];
            if (group) decisions.push((await notebook.call(change.accept ? 'mentions.confirmAllOf' : 'mentions.rejectAllOf', { officialUid: group.officialUid })).spans);
            const [proposal] = aliases;
            if (proposal && change.accept) await notebook.call('officials.acceptAlias', { officialUid: proposal.officialUid, alias: proposal.alias });
          }
          const undone = change.kind === 'forget' ? decisions.pop() : undefined;
          // A forget after an edit or a purge may find the text changed or the document gone: refused, as the core should.
          if (undone) await notebook.core.invoke('mentions.forget', { spans: undone });
          expect(await notebook.call('officials.suggestions', {})).toEqual(freshPass(notebook));
          expect(await notebook.call('officials.suggestions', { limit: 500 })).toEqual(freshPass(notebook, 500));
        }
      }),
      { numRuns: 12, seed: 7 },
    );
  }, 120_000);
});
