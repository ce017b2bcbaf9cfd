// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import './helpers/dom-setup';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Label } from '../../shared/model/annotation';
import { createClient } from '../../renderer/api/client';
import { ToastRegion } from '../../renderer/components/toast-region';
import { CodebookSection } from '../../renderer/features/codebook/codebook-section';
import { createAppStores } from '../../renderer/stores/app-stores';
import { StoresProvider } from '../../renderer/stores/stores-context';
import { FakeTransport, fakeUid } from './helpers/fake-transport';

function label(name: string, overrides: Partial<Label> = {}): Label {
  return { uid: fakeUid(), name, color: 'blue', parentUid: null, description: '', position: 0, count: 0, ...overrides };
}

/** A codebook held in memory behind the fake host, refusing a duplicate name as the core does. */
async function renderCodebook(initial: Label[]) {
  let labels = [...initial];
  const transport = new FakeTransport()
    .handle('labels.list', () => ({ labels: structuredClone(labels) }))
    .handle('labels.create', (input) => {
      const clash = labels.find((other) => other.name.toLowerCase() === input.name.toLowerCase() && other.parentUid === input.parentUid);
      if (clash) return { code: 'CONFLICT', message: `There is already a label named "${clash.name}" there.` };
      const created = label(input.name, { color: input.color ?? 'grey', parentUid: input.parentUid, description: input.description, position: labels.length });
      labels.push(created);
      return created;
    })
    .handle('labels.update', ({ uid, patch }) => {
      labels = labels.map((candidate) => (candidate.uid === uid ? { ...candidate, ...patch } : candidate));
      return labels.find((candidate) => candidate.uid === uid)!;
    })
    .handle('labels.reorder', ({ uids }) => {
      labels = labels.map((candidate) => (uids.includes(candidate.uid) ? { ...candidate, position: uids.indexOf(candidate.uid) } : candidate));
      return { count: uids.length };
    })
    .handle('labels.merge', ({ sourceUid, targetUid }) => {
      labels = labels.filter((candidate) => candidate.uid !== sourceUid);
      return { label: labels.find((candidate) => candidate.uid === targetUid)!, annotations: 0 };
    })
    .handle('labels.delete', ({ uid }) => {
      labels = labels.filter((candidate) => candidate.uid !== uid).map((candidate) => (candidate.parentUid === uid ? { ...candidate, parentUid: null, position: 100 } : candidate));
      return { annotations: 0 };
    });
  const stores = createAppStores(createClient(transport), window.localStorage);
  await stores.labels.getState().load();
  render(
    <StoresProvider stores={stores}>
      <CodebookSection />
      <ToastRegion />
    </StoresProvider>,
  );
  return { transport, stores, user: userEvent.setup() };
}

const security = label('Security', { count: 12, color: 'vermillion', position: 0, description: 'Police, army, borders' });
const cyber = label('Cyber', { count: 3, color: 'sky', parentUid: security.uid, position: 0 });
const budget = label('Budget', { count: 0, color: 'green', position: 1 });
const codebook = () => [budget, cyber, security];

const tree = () => screen.getByRole('list', { name: 'Labels' });
const topLevelNames = () =>
  within(tree())
    .getAllByRole('listitem')
    .filter((item) => item.parentElement === tree())
    .map((item) => item.querySelector('.codebook-name')?.textContent);

async function openMenuFor(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(screen.getByRole('button', { name: `Actions for ${name}` }));
  return screen.getByRole('menu', { name: `Actions for ${name}` });
}

describe('codebook in the sidebar', () => {
  it('shows the labels as a tree, in order, with their counts', async () => {
    await renderCodebook(codebook());
    expect(screen.getByRole('heading', { name: 'Labels' })).toBeTruthy();
    expect(topLevelNames()).toEqual(['Security', 'Budget']);
    const securityButton = screen.getByRole('button', { name: 'Security' });
    expect(securityButton.textContent).toContain('12');
    expect(securityButton).toHaveProperty('title', 'Police, army, borders');
    expect(screen.getByRole('button', { name: 'Security', description: '12 annotations. Police, army, borders' })).toBe(securityButton);
    const inside = screen.getByRole('list', { name: 'Inside Security' });
    expect(within(inside).getByRole('button', { name: 'Cyber', description: '3 annotations' })).toBeTruthy();
    expect(securityButton.closest('li')?.contains(inside)).toBe(true);
    expect(screen.queryByText(/No labels yet/)).toBeNull();
  });

  it('teaches what labels are when there are none', async () => {
    await renderCodebook([]);
    expect(screen.getByText('No labels yet. Labels group your highlights by theme; create one here or while highlighting.')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Labels' })).toBeNull();
  });

  it('creates a label with the chosen colour and parent', async () => {
    const { transport, user } = await renderCodebook(codebook());
    await user.click(screen.getByRole('button', { name: 'New label' }));
    const dialog = screen.getByRole('dialog', { name: 'New label' });
    expect(document.activeElement).toBe(within(dialog).getByRole('textbox', { name: 'Name' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Housing');
    await user.click(within(dialog).getByRole('radio', { name: 'Purple' }));
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Inside' }), 'Security');
    await user.click(within(dialog).getByRole('button', { name: 'Create label' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(transport.callsTo('labels.create')).toEqual([{ name: 'Housing', color: 'purple', parentUid: security.uid, description: '' }]);
    expect(within(screen.getByRole('list', { name: 'Inside Security' })).getByRole('button', { name: 'Housing' })).toBeTruthy();
  });

  it('shows the core refusing a duplicate name inside the dialog, and keeps it open', async () => {
    const { transport, user } = await renderCodebook(codebook());
    await user.click(screen.getByRole('button', { name: 'New label' }));
    const dialog = screen.getByRole('dialog', { name: 'New label' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'security{Enter}');

    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toBe('There is already a label named "Security" there.');
    expect(within(dialog).getByRole('textbox', { name: 'Name' }).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('status').textContent).not.toContain('already');
    expect(transport.callsTo('labels.create')).toHaveLength(1);
    expect(screen.getByRole('dialog', { name: 'New label' })).toBe(dialog);
  });

  it('asks before deleting a label in use, naming the count, and only then deletes it', async () => {
    const { transport, user } = await renderCodebook(codebook());
    await user.click(within(await openMenuFor(user, 'Security')).getByRole('menuitem', { name: 'Delete…' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete “Security”?' });
    expect(dialog.textContent).toContain('12 annotations keep existing without this label.');
    expect(dialog.textContent).toContain('The label inside it (“Cyber”) moves to the top level.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(transport.callsTo('labels.delete')).toEqual([]);

    await user.click(within(await openMenuFor(user, 'Security')).getByRole('menuitem', { name: 'Delete…' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete label' }));
    await waitFor(() => expect(transport.callsTo('labels.delete')).toEqual([{ uid: security.uid }]));
    await waitFor(() => expect(topLevelNames()).toEqual(['Budget', 'Cyber']));
  });

  it('deletes an unused label without asking', async () => {
    const { transport, user } = await renderCodebook(codebook());
    await user.click(within(await openMenuFor(user, 'Budget')).getByRole('menuitem', { name: 'Delete' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(transport.callsTo('labels.delete')).toEqual([{ uid: budget.uid }]));
  });

  it('merges a label into the chosen one from the right-click menu', async () => {
    const { transport, user } = await renderCodebook(codebook());
    await user.pointer({ keys: '[MouseRight]', target: screen.getByRole('button', { name: 'Budget' }) });
    await user.click(within(screen.getByRole('menu', { name: 'Actions for Budget' })).getByRole('menuitem', { name: 'Merge into…' }));
    const dialog = screen.getByRole('dialog', { name: 'Merge “Budget” into another label' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Merge into' }), 'Security ▸ Cyber');
    expect(dialog.textContent).toContain('Annotations with both keep one.');
    await user.click(within(dialog).getByRole('button', { name: 'Merge' }));
    await waitFor(() => expect(transport.callsTo('labels.merge')).toEqual([{ sourceUid: budget.uid, targetUid: cyber.uid }]));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Budget' })).toBeNull());
  });

  it('opens the Annotations view filtered by the clicked label', async () => {
    const { stores, user } = await renderCodebook(codebook());
    stores.annotationsView.getState().setFilter({ query: 'budget cuts' });
    await user.click(screen.getByRole('button', { name: 'Cyber' }));
    expect(stores.ui.getState().view).toBe('annotations');
    expect(stores.annotationsView.getState().filter.labelUid).toBe(cyber.uid);
    expect(screen.getByRole('button', { name: 'Cyber' }).getAttribute('aria-current')).toBe('true');
    expect(screen.getByRole('button', { name: 'Security' }).getAttribute('aria-current')).toBeNull();
  });

  it('works from the keyboard: arrows between labels, Shift+F10 for the menu, submenus with arrows', async () => {
    const { transport, user } = await renderCodebook(codebook());
    screen.getByRole('button', { name: 'Security' }).focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Budget' }));
    expect(screen.getByRole('button', { name: 'Security' }).tabIndex).toBe(-1);

    await user.keyboard('{Shift>}{F10}{/Shift}');
    const menu = screen.getByRole('menu', { name: 'Actions for Budget' });
    const items = within(menu).getAllByRole('menuitem').map((item) => item.textContent);
    expect(items).toContain('Move up');
    expect(items).not.toContain('Move down');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowRight}');
    const colours = screen.getByRole('menu', { name: 'Colour' });
    expect(within(colours).getByRole('menuitemradio', { name: 'Green' }).getAttribute('aria-checked')).toBe('true');
    expect(document.activeElement).toBe(within(colours).getByRole('menuitemradio', { name: 'Green' }));
    await user.keyboard('{ArrowLeft}');
    expect(screen.queryByRole('menu', { name: 'Colour' })).toBeNull();
    await user.keyboard('{ArrowRight}{Home}{Enter}');
    await waitFor(() => expect(transport.callsTo('labels.update')).toEqual([{ uid: budget.uid, patch: { color: 'yellow' } }]));
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Budget' }));

    await user.keyboard('{Shift>}{F10}{/Shift}');
    await user.click(screen.getByRole('menuitem', { name: 'Move up' }));
    await waitFor(() => expect(transport.callsTo('labels.reorder')).toEqual([{ uids: [budget.uid, security.uid] }]));
    await waitFor(() => expect(topLevelNames()).toEqual(['Budget', 'Security']));
  });
});
