// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import './helpers/dom-setup';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Codebook, Label } from '../../shared/model/annotation';
import type { AppErrorShape } from '../../shared/contract/errors';
import { createClient } from '../../renderer/api/client';
import { ToastRegion } from '../../renderer/components/toast-region';
import { CodebookSection } from '../../renderer/features/codebook/codebook-section';
import { createAppStores } from '../../renderer/stores/app-stores';
import { StoresProvider } from '../../renderer/stores/stores-context';
import { FakeTransport, fakeUid } from './helpers/fake-transport';

const security: Label = { uid: fakeUid(), name: 'Security', color: 'vermillion', parentUid: null, description: '', position: 0, count: 2 };

const shared: Codebook = {
  format: 'dossier-codebook',
  version: 1,
  labels: [{ name: 'Security', color: 'vermillion', description: 'Police, army, borders', children: [{ name: 'Cyber', color: 'sky', description: '' }] }],
};

async function renderCodebook(importAnswer: { created: number; updated: number } | AppErrorShape = { created: 1, updated: 0 }) {
  const transport = new FakeTransport()
    .handle('labels.list', () => ({ labels: [security] }))
    .handle('labels.export', () => shared)
    .handle('labels.import', () => importAnswer);
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

/** jsdom's Blob has no text(); FileReader reads it as a browser would. */
function textOf(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

const picker = () => screen.getByTestId('codebook-import-input') as HTMLInputElement;
const jsonFile = (text: string) => new File([text], 'codebook.json', { type: 'application/json' });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('codebook export and import', () => {
  it('downloads the codebook the core exports as codebook.json', async () => {
    const { transport, user } = await renderCodebook();
    const blobs: Blob[] = [];
    // jsdom has no object URLs and cannot download; record what would be saved instead.
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:codebook';
    });
    URL.revokeObjectURL = vi.fn();
    const downloads: { name: string; href: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push({ name: this.download, href: this.getAttribute('href') ?? '' });
    });

    await user.click(screen.getByRole('button', { name: 'Export codebook…' }));
    await waitFor(() => expect(downloads).toEqual([{ name: 'codebook.json', href: 'blob:codebook' }]));
    expect(transport.callsTo('labels.export')).toHaveLength(1);
    expect(blobs[0]?.type).toBe('application/json');
    expect(JSON.parse(await textOf(blobs[0]!))).toEqual(shared);
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('offers a JSON file picker and sends a picked codebook to the core as parsed JSON', async () => {
    const { transport, user } = await renderCodebook();
    const opened = vi.spyOn(picker(), 'click');
    await user.click(screen.getByRole('button', { name: 'Import codebook…' }));
    expect(opened).toHaveBeenCalled();
    expect(picker().accept).toBe('.json,application/json');

    await user.upload(picker(), jsonFile(JSON.stringify(shared)));
    await waitFor(() => expect(transport.callsTo('labels.import')).toEqual([{ codebook: shared }]));
    await screen.findByText('Codebook imported: 1 new label, 0 updated.');
  });

  it('refuses a file that is not JSON with a clear message, without asking the core', async () => {
    const { transport, user } = await renderCodebook();
    await user.upload(picker(), jsonFile('Security, Cyber, Budget'));
    await screen.findByText('This file is not a Dossier codebook (it is not JSON).');
    expect(transport.callsTo('labels.import')).toEqual([]);
    expect(screen.getByRole('button', { name: 'Security' })).toBeTruthy();
  });

  it('says the file is not a codebook when the core refuses its shape', async () => {
    const refusal: AppErrorShape = { code: 'INVALID_INPUT', message: 'Invalid request — codebook.format: Invalid input: expected "dossier-codebook".' };
    const { transport, stores, user } = await renderCodebook(refusal);
    await user.upload(picker(), jsonFile('{"name": "dossier", "version": "0.1.0"}'));
    await screen.findByText('This file is not a Dossier codebook: format: Invalid input: expected "dossier-codebook".');
    expect(transport.callsTo('labels.import')).toEqual([{ codebook: { name: 'dossier', version: '0.1.0' } }]);
    expect(stores.ui.getState().toasts.map((toast) => toast.message)).toEqual([
      'This file is not a Dossier codebook: format: Invalid input: expected "dossier-codebook".',
    ]);
  });
});
