import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { channelNames, type ChannelName } from '../../shared/contract/channels';
import { handlers } from '../../main/core/api/handlers';
import { corpusFile } from '../helpers/corpus';
import { openTestNotebook, type TestNotebook } from '../helpers/notebook';

const UID = '01HZZZZZZZZZZZZZZZZZZZZZZZ';
const HUGE = 'x'.repeat(5 * 1024 * 1024);

/** A valid input for every channel: the typed map makes a new channel without a sample fail to compile. */
const validInputs: Record<ChannelName, Record<string, unknown>> = {
  'notebook.info': {},
  'documents.list': { trash: false, sort: 'title', direction: 'asc', limit: 50 },
  'documents.facets': { trash: false },
  'documents.reextract': { uid: UID },
  'search.query': { query: 'migration', limit: 10 },
  'documents.get': { uid: UID },
  'documents.update': { uid: UID, patch: { title: 'A title' } },
  'documents.trash': { uids: [UID] },
  'documents.restore': { uids: [UID] },
  'documents.emptyTrash': {},
  'import.start': { sources: [{ kind: 'path', path: corpusFile('000') }] },
  'jobs.cancel': { jobId: 'job' },
  'documents.editText': { uid: UID, text: 'Corrected text.' },
  'labels.list': {},
  'labels.create': { name: 'Security', color: 'blue', parentUid: null, description: '' },
  'labels.update': { uid: UID, patch: { name: 'Security' } },
  'labels.reorder': { uids: [UID] },
  'labels.merge': { sourceUid: UID, targetUid: '01HZZZZZZZZZZZZZZZZZZZZZZY' },
  'labels.delete': { uid: UID },
  'labels.export': {},
  'labels.import': { codebook: { format: 'dossier-codebook', version: 1, labels: [] } },
  'annotations.create': { documentUid: UID, selection: { start: 0, end: 4, exact: 'Text' }, note: '', labelUids: [] },
  'annotations.update': { edits: [{ uid: UID, note: 'A note' }] },
  'annotations.relabel': { uids: [UID], add: [UID], remove: [] },
  'annotations.delete': { uids: [UID] },
  'annotations.restore': { uids: [UID] },
  'annotations.reattach': { uid: UID, selection: { start: 0, end: 4, exact: 'Text' } },
  'annotations.forDocument': { documentUid: UID },
  'annotations.list': { filter: { query: 'border' }, limit: 50 },
  'officials.list': { query: 'ebrard', country: 'mx' },
  'officials.get': { uid: UID },
  'officials.create': { name: 'Marcelo Ebrard', aliases: ['Ebrard'], country: 'mx', offices: [], affiliation: null, notes: '', wikidata: null },
  'officials.update': { uid: UID, patch: { country: 'mx' } },
  'officials.delete': { uids: [UID] },
  'officials.restore': { uids: [UID] },
  'officials.suggestions': { limit: 20 },
  'officials.suggestionsOf': { officialUid: UID, after: { documentUid: UID, start: 120 }, limit: 20 },
  'officials.rejectCandidate': { name: 'Somos Más', rejected: true },
  'officials.acceptAlias': { officialUid: UID, alias: '@m_ebrard', accepted: true },
  'officials.rejectAlias': { officialUid: UID, alias: '@m_ebrard', rejected: true },
  'mentions.confirm': { spans: [{ officialUid: UID, documentUid: UID, start: 0, end: 8, text: 'Mayorkas', rule: 'surname' }] },
  'mentions.reject': { spans: [{ officialUid: UID, documentUid: UID, start: 0, end: 8, text: 'Mayorkas' }] },
  'mentions.confirmAllOf': { officialUid: UID },
  'mentions.rejectAllOf': { officialUid: UID },
  'mentions.forget': { spans: [{ officialUid: UID, documentUid: UID, start: 0, end: 8, text: 'Mayorkas' }] },
  'officials.profile': { uid: UID },
  'officials.merge': { keepUid: UID, mergeUids: ['01HZZZZZZZZZZZZZZZZZZZZZZY'] },
  'officials.unmerge': { uids: [UID] },
  'officials.splitAlias': { uid: UID, alias: 'Bárcena Ibarra' },
  'mentions.tag': { officialUid: UID, documentUid: UID, start: 0, end: 8, text: 'Mayorkas', role: 'host' },
  'mentions.untag': { uids: [UID], alias: 'Mayorkas' },
  'mentions.setRole': { uid: UID, role: 'quoted' },
  'mentions.forDocument': { documentUid: UID },
  'meetings.list': { filter: { officialUid: UID, side: 'us', topicUid: UID, place: 'Washington', from: '2021', to: '2023-12' }, direction: 'desc', limit: 50 },
  'meetings.get': { uid: UID },
  'meetings.create': {
    title: 'Security dialogue',
    start: '2021-10-08',
    end: '2021-10-08',
    place: { city: 'Mexico City', venue: 'Palacio Nacional' },
    format: 'in-person',
    summary: 'High-level security dialogue.',
    topics: [UID],
    fromDocumentUid: UID,
  },
  'meetings.update': { uid: UID, patch: { start: '--10-08' } },
  'meetings.delete': { uids: [UID] },
  'meetings.restore': { uids: [UID] },
  'meetings.merge': { keepUid: UID, mergeUids: ['01HZZZZZZZZZZZZZZZZZZZZZZY'] },
  'meetings.unmerge': { uids: [UID] },
  'meetings.addSource': { meetingUid: UID, documentUid: UID },
  'meetings.removeSource': { meetingUid: UID, documentUid: UID },
  'meetings.setParticipant': { meetingUid: UID, officialUid: UID, side: 'mx', role: 'host' },
  'meetings.removeParticipant': { meetingUid: UID, officialUid: UID },
  'meetings.addEvidence': { meetingUid: UID, annotationUid: UID, supports: 'participant', officialUid: UID },
  'meetings.removeEvidence': { meetingUid: UID, annotationUid: UID, supports: 'date' },
  'meetings.link': { kind: 'prepares', fromUid: UID, toUid: '01HZZZZZZZZZZZZZZZZZZZZZZY', evidenceAnnotationUid: UID },
  'meetings.unlink': { uids: [UID] },
  'meetings.forDocument': { documentUid: UID },
  'meetings.suggestions': { documentUids: [UID], candidatesOnly: false },
  'meetings.dismissSuggestion': { kind: 'same-as', from: { kind: 'meeting', uid: UID }, to: { kind: 'document', uid: '01HZZZZZZZZZZZZZZZZZZZZZZY' } },
  'meetings.restoreSuggestion': { kind: 'prepares', from: { kind: 'document', uid: UID }, to: { kind: 'meeting', uid: '01HZZZZZZZZZZZZZZZZZZZZZZY' } },
};

/** Fields with defaults: leaving them out is valid. */
const OPTIONAL_KEYS = new Set(['trash', 'sort', 'direction', 'limit', 'filter', 'cursor']);
const OPTIONAL_IN: Partial<Record<ChannelName, string[]>> = {
  'labels.create': ['color', 'parentUid', 'description'],
  'annotations.create': ['selection', 'note', 'labelUids'],
  'annotations.relabel': ['add', 'remove'],
  'officials.list': ['query', 'country'],
  'officials.create': ['aliases', 'country', 'offices', 'affiliation', 'notes', 'wikidata'],
  'officials.rejectCandidate': ['rejected'],
  'officials.acceptAlias': ['accepted'],
  'officials.rejectAlias': ['rejected'],
  'officials.suggestionsOf': ['after'],
  'mentions.tag': ['role'],
  'mentions.untag': ['alias'],
  'meetings.create': ['title', 'start', 'end', 'place', 'format', 'summary', 'topics', 'fromDocumentUid'],
  'meetings.setParticipant': ['side', 'role'],
  'meetings.link': ['evidenceAnnotationUid'],
  'meetings.suggestions': ['documentUids', 'candidatesOnly'],
};

/** Wrong types, missing fields, unknown fields and huge strings, derived from the valid sample. */
function badInputs(channel: ChannelName, valid: Record<string, unknown>): unknown[] {
  const optional = new Set([...OPTIONAL_KEYS, ...(OPTIONAL_IN[channel] ?? [])]);
  const bad: unknown[] = [42, 'documents', [], true, { ...valid, unexpected: HUGE }];
  for (const key of Object.keys(valid)) {
    const { [key]: _removed, ...missing } = valid;
    if (!optional.has(key)) bad.push(missing);
    bad.push({ ...valid, [key]: 12345 });
    bad.push({ ...valid, [key]: HUGE });
    bad.push({ ...valid, [key]: { nested: HUGE } });
  }
  return bad;
}

function digest(notebook: TestNotebook): string {
  const db = new Database(notebook.path, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>;
    // FTS5 shadow tables have no rowid, so rows are compared as a sorted set.
    return JSON.stringify(tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).all().map((row) => JSON.stringify(row)).sort()]));
  } finally {
    db.close();
  }
}

describe('the contract', () => {
  it('has a handler for every channel and no handler without a channel', () => {
    expect(Object.keys(handlers).sort()).toEqual([...channelNames].sort());
  });

  it('refuses an unknown channel with INVALID_INPUT', async () => {
    const notebook = openTestNotebook();
    expect(await notebook.core.invoke('documents.drop', {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it.each(channelNames)('%s refuses wrong types, missing fields and huge strings, changing nothing', async (channel) => {
    const notebook = openTestNotebook();
    const { uid } = (await notebook.importPaths(corpusFile('003'))).imported[0]!;
    await notebook.call('documents.trash', { uids: [uid] });
    const before = digest(notebook);
    const eventsBefore = notebook.events.length;
    for (const input of badInputs(channel, validInputs[channel])) {
      const envelope = await notebook.core.invoke(channel, input);
      expect(envelope.ok, `${channel} accepted ${JSON.stringify(input).slice(0, 120)}`).toBe(false);
      if (!envelope.ok) {
        expect(envelope.error.code).toBe('INVALID_INPUT');
        expect(envelope.error.message.length).toBeLessThan(400);
      }
    }
    expect(digest(notebook)).toBe(before);
    expect(notebook.events.length).toBe(eventsBefore);
  });

  it.each(channelNames)('%s accepts its valid sample', async (channel) => {
    const notebook = openTestNotebook();
    const envelope = await notebook.core.invoke(channel, validInputs[channel]);
    if (!envelope.ok) expect(envelope.error.code).not.toBe('INVALID_INPUT');
  });
});
