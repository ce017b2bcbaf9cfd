// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import './helpers/dom-setup';
import type { Mention } from '../../shared/model/mention';
import type { Official } from '../../shared/model/official';
import { createClient } from '../../renderer/api/client';
import { createOfficialMatcher } from '../../renderer/features/reader/official-matches';
import { PeopleInArticle } from '../../renderer/features/reader/people-in-article';
import { SelectionToolbar } from '../../renderer/features/reader/selection-toolbar';
import { createAppStores } from '../../renderer/stores/app-stores';
import { StoresProvider } from '../../renderer/stores/stores-context';
import { FakeTransport, fakeUid } from './helpers/fake-transport';

afterEach(cleanup);

const DOC = fakeUid();

function official(name: string, aliases: string[] = [], overrides: Partial<Official> = {}): Official {
  return { uid: fakeUid(), name, aliases, country: null, offices: [], affiliation: null, notes: '', wikidata: null, mentions: 0, documents: 0, ...overrides };
}

const registry = [
  official('Alicia Bárcena', ['Bárcena Ibarra', 'la canciller Bárcena'], { offices: [{ title: 'Foreign Secretary', start: '2023-07', end: null }] }),
  official('Antony Blinken', ['Blinken']),
  official('Alejandro Mayorkas', ['Mayorkas']),
  official('Rosa Icela Rodríguez'),
];

/** A core holding the open document's mentions in memory, answering as the real one does. */
function mentionsCore() {
  let mentions: Mention[] = [];
  const officials = [...registry];
  const transport = new FakeTransport()
    .handle('officials.list', () => ({ items: officials }))
    .handle('officials.create', (input) => {
      const created = official(input.name);
      officials.push(created);
      return created;
    })
    .handle('officials.delete', (input) => ({ count: input.uids.length }))
    .handle('mentions.forDocument', () => ({ items: mentions }))
    .handle('mentions.tag', (input) => {
      const person = officials.find((candidate) => candidate.uid === input.officialUid)!;
      const mention: Mention = { uid: fakeUid(), officialUid: person.uid, name: person.name, documentUid: input.documentUid, start: input.start, end: input.end, text: input.text, role: input.role ?? null, rule: null };
      mentions = [...mentions, mention];
      const known = [person.name, ...person.aliases].some((form) => form.toLowerCase() === input.text.toLowerCase());
      return { mention, aliasAdded: known ? null : input.text };
    })
    .handle('mentions.untag', (input) => {
      mentions = mentions.filter((mention) => !input.uids.includes(mention.uid));
      return { count: input.uids.length };
    })
    .handle('mentions.setRole', (input) => {
      mentions = mentions.map((mention) => (mention.uid === input.uid ? { ...mention, role: input.role } : mention));
      return mentions.find((mention) => mention.uid === input.uid)!;
    });
  const stores = createAppStores(createClient(transport));
  return { transport, stores };
}

describe('finding an official for a selected name', () => {
  const match = createOfficialMatcher(registry);
  it.each([
    ['Barcena', 'Alicia Bárcena'],
    ['la canciller Bárcena', 'Alicia Bárcena'],
    ['Blinkin', 'Antony Blinken'],
    ['Secretary Mayorkas', 'Alejandro Mayorkas'],
    ['Rosa Aisela Rodríguez', 'Rosa Icela Rodríguez'],
  ])('%s → %s first', (query, expected) => {
    expect(match(query)[0]?.name).toBe(expected);
  });

  it('finds nobody for an unrelated name', () => {
    expect(match('Kamala Harris')).toEqual([]);
  });
});

describe('tagging officials in the Reader', () => {
  it('O opens the picker on the selected name; Enter tags the best match, with Undo', async () => {
    const { transport, stores } = mentionsCore();
    await stores.mentions.getState().load(DOC);
    const user = userEvent.setup();
    const selection = { start: 10, end: 28, exact: 'Canciller Barcena', rect: { top: 100, left: 100, width: 80, bottom: 120 } };
    render(
      <StoresProvider stores={stores}>
        <SelectionToolbar selection={selection} onDone={() => undefined} />
      </StoresProvider>,
    );
    await user.keyboard('o');
    const picker = screen.getByRole('combobox', { name: 'Find the official' });
    expect((picker as HTMLInputElement).value).toBe('Canciller Barcena');
    await waitFor(() => expect(screen.getAllByRole('option')[0]?.textContent).toContain('Alicia Bárcena'));
    await user.keyboard('{Enter}');

    await waitFor(() => expect(transport.callsTo('mentions.tag')).toHaveLength(1));
    expect(transport.callsTo('mentions.tag')[0]).toEqual({ officialUid: registry[0]!.uid, documentUid: DOC, start: 10, end: 28, text: 'Canciller Barcena', role: null });
    expect(stores.mentions.getState().items.map((mention) => mention.name)).toEqual(['Alicia Bárcena']);
    expect(stores.ui.getState().toasts.at(-1)?.message).toBe('Tagged Alicia Bárcena; “Canciller Barcena” is now one of their names.');

    await stores.ui.getState().undoLast();
    expect(transport.callsTo('mentions.untag')).toEqual([{ uids: [expect.any(String)], alias: 'Canciller Barcena' }]);
    expect(stores.mentions.getState().items).toEqual([]);
  });

  it('registers a name nobody has as a new official, and Undo takes both back', async () => {
    const { transport, stores } = mentionsCore();
    await stores.mentions.getState().load(DOC);
    const mention = await stores.mentions.getState().tagAsNew({ start: 0, end: 14, text: 'Liz Sherwood-R' });
    expect(transport.callsTo('officials.create')).toEqual([{ name: 'Liz Sherwood-R' }]);
    expect(mention?.name).toBe('Liz Sherwood-R');
    await stores.ui.getState().undoLast();
    expect(transport.callsTo('officials.delete')).toEqual([{ uids: [mention!.officialUid] }]);
  });

  it('a refused tag leaves no new official behind', async () => {
    const { transport, stores } = mentionsCore();
    transport.handle('mentions.tag', () => ({ code: 'CONFLICT', message: 'The document’s text changed.' }));
    await stores.mentions.getState().load(DOC);
    expect(await stores.mentions.getState().tagAsNew({ start: 0, end: 5, text: 'Pérez' })).toBeNull();
    expect(transport.callsTo('officials.delete')).toHaveLength(1);
    expect(stores.ui.getState().toasts.at(-1)).toMatchObject({ tone: 'error', message: 'The document’s text changed.' });
  });
});

describe('People in this article', () => {
  it('groups mentions by person, sets a role and removes a tag undoably', async () => {
    const { transport, stores } = mentionsCore();
    await stores.mentions.getState().load(DOC);
    await stores.mentions.getState().tag(registry[2]!, { start: 0, end: 8, text: 'Mayorkas' });
    await stores.mentions.getState().tag(registry[2]!, { start: 40, end: 58, text: 'Alejandro Mayorkas' });
    await stores.mentions.getState().tag(registry[1]!, { start: 20, end: 27, text: 'Blinken' });
    const user = userEvent.setup();
    render(
      <StoresProvider stores={stores}>
        <PeopleInArticle />
      </StoresProvider>,
    );
    const section = screen.getByRole('region', { name: 'People in this article (2)' });
    const people = within(section).getAllByRole('listitem').filter((item) => item.classList.contains('person'));
    expect(people.map((person) => person.querySelector('.person-name')?.textContent)).toEqual(['Alejandro Mayorkas', 'Antony Blinken']);
    expect(people[0]?.textContent).toContain('2 mentions');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Role of Antony Blinken at “Blinken”' }), 'Head of delegation');
    expect(transport.callsTo('mentions.setRole')).toEqual([{ uid: expect.any(String), role: 'head-of-delegation' }]);

    await user.click(screen.getByRole('button', { name: '“Blinken”' }));
    expect(stores.reader.getState().passage).toMatchObject({ documentUid: DOC, start: 20, end: 27 });

    await user.click(screen.getByRole('button', { name: 'Remove the tag “Mayorkas”' }));
    await waitFor(() => expect(screen.getByRole('region', { name: 'People in this article (2)' }).textContent).toContain('1 mention'));
    await stores.ui.getState().undoLast();
    await waitFor(() => expect(within(section).getAllByText('2 mentions')).toHaveLength(1));
  });
});
