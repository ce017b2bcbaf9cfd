// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import './helpers/dom-setup';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { sampleRegistry } from './officials-fake';
import { showOfficials } from './officials-setup';

const type = (field: HTMLElement, value: string) => fireEvent.change(field, { target: { value } });

describe('the official editor', () => {
  it('explains problems beside their fields and sends nothing until they are fixed; then registers the person, undoably', async () => {
    const { transport, people, stores } = await showOfficials([]);
    await screen.findByRole('heading', { name: 'No officials yet' });
    fireEvent.click(screen.getAllByRole('button', { name: 'New official' })[0]!);
    const dialog = screen.getByRole('dialog', { name: 'New official' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    expect(document.activeElement).toBe(name);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Add office' }));
    type(within(dialog).getByRole('textbox', { name: 'From' }), '2021-13');
    type(within(dialog).getByRole('textbox', { name: 'Wikidata id' }), 'wd42');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add to registry' }));

    expect(within(dialog).getByText('A person needs a name.')).toBeTruthy();
    expect(within(dialog).getByText('An office needs a title.')).toBeTruthy();
    expect(within(dialog).getByText('That day does not exist.')).toBeTruthy();
    expect(within(dialog).getByText('Use a Wikidata id such as Q123.')).toBeTruthy();
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(transport.callsTo('officials.create')).toEqual([]);

    type(name, '  Alicia Bárcena ');
    const alias = within(dialog).getByRole('textbox', { name: 'New alias' });
    type(alias, 'Bárcena Ibarra');
    fireEvent.keyDown(alias, { key: 'Enter' });
    type(alias, 'alicia barcena');
    fireEvent.keyDown(alias, { key: 'Enter' });
    expect(within(dialog).getByText('That is the name itself; it is always matched.')).toBeTruthy();
    type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Secretary of Foreign Affairs');
    type(within(dialog).getByRole('textbox', { name: 'From' }), '2023-10');
    type(within(dialog).getByRole('textbox', { name: 'Until' }), '2022');
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Country' }), { target: { value: 'mx' } });
    type(within(dialog).getByRole('textbox', { name: 'Wikidata id' }), 'Q2831');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add to registry' }));
    expect(within(dialog).getByText('It ends before it starts.')).toBeTruthy();
    expect(transport.callsTo('officials.create')).toEqual([]);

    type(within(dialog).getByRole('textbox', { name: 'Until' }), '');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add to registry' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(transport.callsTo('officials.create')).toEqual([
      {
        name: 'Alicia Bárcena',
        aliases: ['Bárcena Ibarra'],
        country: 'mx',
        offices: [{ title: 'Secretary of Foreign Affairs', start: '2023-10', end: null }],
        affiliation: null,
        notes: '',
        wikidata: 'Q2831',
      },
    ]);
    expect(await screen.findByText('Added “Alicia Bárcena” to the registry.')).toBeTruthy();
    expect(await screen.findByRole('heading', { level: 2, name: 'Alicia Bárcena' })).toBeTruthy();
    const created = people()[0]!;
    expect(stores.officials.getState().focusedUid).toBe(created.uid);

    await act(async () => {
      fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    });
    expect(transport.callsTo('officials.delete')).toEqual([{ uids: [created.uid] }]);
    await screen.findByRole('heading', { name: 'No officials yet' });
    expect(people()).toEqual([]);
  });

  it('keeps everything typed when the core refuses, and says why in a toast', async () => {
    const { transport } = await showOfficials([]);
    transport.handle('officials.create', () => ({ code: 'CONFLICT', message: 'Someone of that name is already in the registry.' }));
    await screen.findByRole('heading', { name: 'No officials yet' });
    fireEvent.click(screen.getAllByRole('button', { name: 'New official' })[0]!);
    const dialog = screen.getByRole('dialog', { name: 'New official' });
    type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Alicia Bárcena');
    type(within(dialog).getByRole('textbox', { name: 'Affiliation' }), 'CEPAL');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add to registry' }));

    expect(await screen.findByText('Someone of that name is already in the registry.')).toBeTruthy();
    expect(screen.getByRole('dialog', { name: 'New official' })).toBe(dialog);
    expect((within(dialog).getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe('Alicia Bárcena');
    expect((within(dialog).getByRole('textbox', { name: 'Affiliation' }) as HTMLInputElement).value).toBe('CEPAL');
  });

  it('saves only what changed when editing, and Undo puts exactly that back', async () => {
    const { ebrard, people } = sampleRegistry();
    const { transport, stores } = await showOfficials(people);
    act(() => stores.officials.getState().focus(ebrard.uid));
    const profile = await screen.findByRole('article', { name: 'Marcelo Ebrard' });
    fireEvent.click(within(profile).getByRole('button', { name: 'Edit' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit “Marcelo Ebrard”' });
    expect((within(dialog).getByRole('textbox', { name: 'Name' }) as HTMLInputElement).value).toBe('Marcelo Ebrard');
    expect(within(dialog).getAllByRole('textbox', { name: 'Title' })).toHaveLength(2);

    // Removing an alias that has mentions is allowed; the core keeps the mentions with the person.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove alias “Ebrard Casaubón”' }));
    type(within(dialog).getByRole('textbox', { name: 'Affiliation' }), 'Morena party');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(transport.callsTo('officials.update')).toEqual([{ uid: ebrard.uid, patch: { aliases: [], affiliation: 'Morena party' } }]);
    await within(profile).findByText('Morena party');

    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(transport.callsTo('officials.update')).toHaveLength(2));
    expect(transport.callsTo('officials.update')[1]).toEqual({ uid: ebrard.uid, patch: { aliases: ['Ebrard Casaubón'], affiliation: 'Morena' } });
    await within(profile).findByText('Morena');
  });
});
