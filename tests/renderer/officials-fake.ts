import type { OfficialProfile } from '../../shared/model/mention';
import type { Official } from '../../shared/model/official';
import { FakeTransport, fakeUid } from './helpers/fake-transport';

export type ProfileDocument = OfficialProfile['documents'][number];

export function official(overrides: Partial<Official> & Pick<Official, 'name'>): Official {
  return { uid: fakeUid(), aliases: [], country: null, offices: [], affiliation: null, notes: '', wikidata: null, mentions: 0, documents: 0, ...overrides };
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

interface Extras {
  /** Each person's documents and mentions, as officials.profile gives them. */
  documents?: Record<string, ProfileDocument[]>;
  namedWith?: Record<string, OfficialProfile['namedWith']>;
  meetings?: Record<string, OfficialProfile['meetings']>;
}

/**
 * The registry held in memory behind a fake transport: list (name or alias, accents ignored;
 * country), create, update, soft delete and restore, profile, merge/unmerge and split, as the
 * contract describes them. Pass a transport (e.g. fakeNotebook's) to add these to a notebook.
 */
export function fakeOfficials(initial: Official[], extras: Extras = {}, transport = new FakeTransport()) {
  let people = initial.map((person) => ({ ...person, deleted: false }));
  const merges = new Map<string, { keepUid: string; kept: Official }>();
  const live = () => people.filter((person) => !person.deleted);
  const plain = ({ deleted: _deleted, ...person }: (typeof people)[number]): Official => person;
  const find = (uid: string) => live().find((person) => person.uid === uid);
  const notFound = { code: 'NOT_FOUND' as const, message: 'That person is not in the registry.' };
  const replace = (next: Official) => {
    people = people.map((person) => (person.uid === next.uid ? { ...next, deleted: person.deleted } : person));
  };

  transport
    .handle('officials.list', (input) => ({
      items: live()
        .filter((person) => input.country === undefined || person.country === input.country)
        .filter((person) => input.query === undefined || [person.name, ...person.aliases].some((name) => fold(name).includes(fold(input.query!))))
        .sort((a, b) => a.name.localeCompare(b.name))
        .map(plain),
    }))
    .handle('officials.get', (input) => {
      const person = find(input.uid);
      return person ? plain(person) : notFound;
    })
    .handle('officials.create', (input) => {
      const offices = (input.offices ?? []).map((office) => ({ title: office.title, start: office.start ?? null, end: office.end ?? null }));
      const created = official({ aliases: [], country: null, affiliation: null, notes: '', wikidata: null, ...input, offices });
      people.push({ ...created, deleted: false });
      return created;
    })
    .handle('officials.update', (input) => {
      const person = find(input.uid);
      if (!person) return notFound;
      const next = { ...plain(person), ...input.patch } as Official;
      replace(next);
      return next;
    })
    .handle('officials.delete', (input) => {
      people = people.map((person) => (input.uids.includes(person.uid) ? { ...person, deleted: true } : person));
      return { count: input.uids.length };
    })
    .handle('officials.restore', (input) => {
      people = people.map((person) => (input.uids.includes(person.uid) ? { ...person, deleted: false } : person));
      return { count: input.uids.length };
    })
    .handle('officials.profile', (input) => {
      const person = find(input.uid);
      if (!person) return notFound;
      return { official: plain(person), documents: extras.documents?.[input.uid] ?? [], namedWith: extras.namedWith?.[input.uid] ?? [], meetings: extras.meetings?.[input.uid] ?? [] };
    })
    .handle('officials.merge', (input) => {
      const keep = find(input.keepUid);
      const merged = input.mergeUids.map(find);
      if (!keep || merged.some((person) => !person)) return notFound;
      const before = plain(keep);
      const gone = merged as Official[];
      for (const person of gone) merges.set(person.uid, { keepUid: keep.uid, kept: before });
      const next: Official = {
        ...before,
        aliases: [...before.aliases, ...gone.flatMap((person) => [person.name, ...person.aliases])],
        mentions: before.mentions + gone.reduce((sum, person) => sum + person.mentions, 0),
      };
      replace(next);
      people = people.map((person) => (input.mergeUids.includes(person.uid) ? { ...person, deleted: true } : person));
      return { official: next, merged: gone.length };
    })
    .handle('officials.unmerge', (input) => {
      let count = 0;
      for (const uid of input.uids) {
        const record = merges.get(uid);
        if (!record) continue;
        replace(record.kept);
        people = people.map((person) => (person.uid === uid ? { ...person, deleted: false } : person));
        merges.delete(uid);
        count += 1;
      }
      return { count };
    })
    .handle('officials.splitAlias', (input) => {
      const person = find(input.uid);
      if (!person) return notFound;
      if (!person.aliases.includes(input.alias)) return { code: 'NOT_FOUND', message: `“${input.alias}” is not one of their names.` };
      replace({ ...plain(person), aliases: person.aliases.filter((alias) => alias !== input.alias) });
      const created = official({ name: input.alias, country: person.country });
      people.push({ ...created, deleted: false });
      return { official: created, moved: 2 };
    })
    // The review queue shares the view; nothing waits in it unless a test scripts it.
    .handle('officials.suggestions', () => ({ known: [], candidates: [], aliases: [] }));
  return { transport, people: () => live().map(plain) };
}

/** A researcher's registry: a Mexican minister with an alias and offices, a US official, and a duplicate record. */
export function sampleRegistry() {
  const ebrard = official({
    name: 'Marcelo Ebrard',
    aliases: ['Ebrard Casaubón'],
    country: 'mx',
    offices: [
      { title: 'Head of Government of Mexico City', start: '2006', end: '2012' },
      { title: 'Secretary of Foreign Affairs', start: '2018-12', end: null },
    ],
    affiliation: 'Morena',
    notes: 'Led the **migration** talks.',
    wikidata: 'Q123',
    mentions: 12,
    documents: 5,
  });
  const blinken = official({ name: 'Antony Blinken', country: 'us', offices: [{ title: 'Secretary of State', start: '2021', end: null }], mentions: 3, documents: 2 });
  const duplicate = official({ name: 'Marcelo Ebrard Casaubón', country: 'mx', mentions: 2, documents: 1 });
  return { ebrard, blinken, duplicate, people: [ebrard, blinken, duplicate] };
}
