// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import './helpers/dom-setup';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MAX_IMPORT_BYTES } from '../../shared/model/limits';
import { fakeNotebook, fakeUid, summary } from './helpers/fake-transport';
import { renderApp } from './helpers/render-app';

async function emptyLibrary() {
  const notebook = fakeNotebook([summary({ title: 'Already here' })]);
  notebook.transport.handle('import.start', () => ({ jobId: 'job-1' })).handle('jobs.cancel', () => ({ cancelled: true }));
  const app = renderApp(notebook.transport);
  await screen.findByRole('row', { name: /Already here/ });
  return { ...notebook, ...app };
}

function pick(input: HTMLElement, files: File[]) {
  Object.defineProperty(input, 'files', { configurable: true, value: files });
  fireEvent.change(input);
}

describe('import', () => {
  it('sends picked files as base64, and an oversized one without its bytes', async () => {
    const { transport } = await emptyLibrary();
    const big = new File(['x'], 'huge.txt', { type: 'text/plain' });
    Object.defineProperty(big, 'size', { value: MAX_IMPORT_BYTES + 1 });
    pick(screen.getByTestId('import-files-input'), [new File(['Hola, señor'], 'nota.txt', { type: 'text/plain' }), big]);
    await waitFor(() => expect(transport.callsTo('import.start')).toHaveLength(1));
    expect(transport.callsTo('import.start')[0]).toEqual({
      sources: [
        { kind: 'bytes', name: 'nota.txt', size: 12, data: btoa(String.fromCharCode(...new TextEncoder().encode('Hola, señor'))) },
        { kind: 'bytes', name: 'huge.txt', size: MAX_IMPORT_BYTES + 1, data: null },
      ],
    });
  });

  it('skips files in a folder that are not articles, naming them in the summary', async () => {
    const { transport } = await emptyLibrary();
    const inFolder = (name: string, path: string) => {
      const file = new File(['text'], name);
      Object.defineProperty(file, 'webkitRelativePath', { value: path });
      return file;
    };
    pick(screen.getByTestId('import-folder-input'), [
      inFolder('a.md', 'notes/a.md'),
      inFolder('photo.jpg', 'notes/photo.jpg'),
      inFolder('b.txt', 'notes/.git/b.txt'),
    ]);
    await waitFor(() => expect(transport.callsTo('import.start')).toHaveLength(1));
    expect((transport.callsTo('import.start')[0] as { sources: { name: string }[] }).sources.map((s) => s.name)).toEqual(['notes/a.md']);
    act(() => transport.emit('job.done', { jobId: 'job-1', kind: 'import', result: { imported: [], skipped: [], failed: [], cancelled: false } }));
    const dialog = await screen.findByRole('dialog', { name: 'Import finished' });
    expect(within(dialog).getByRole('region', { name: 'Skipped' }).textContent).toContain('notes/photo.jpg');
  });

  it('shows progress of any running job, cancels it, then summarises what happened', async () => {
    const { transport } = await emptyLibrary();
    act(() => transport.emit('job.progress', { jobId: 'host-job', kind: 'import', done: 2, total: 5, current: 'b.txt' }));
    const progress = screen.getByRole('group', { name: 'Import progress' });
    expect(progress.textContent).toContain('Importing: 2 / 5 files');
    expect(within(progress).getByRole('progressbar')).toHaveProperty('value', 2);
    // The rest of the app stays usable while it runs.
    expect(screen.getByRole('grid', { name: 'Documents' })).toBeTruthy();

    fireEvent.click(within(progress).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(transport.callsTo('jobs.cancel')).toEqual([{ jobId: 'host-job' }]));

    const uid = fakeUid();
    act(() =>
      transport.emit('job.done', {
        jobId: 'host-job',
        kind: 'import',
        result: {
          imported: [{ file: 'a.txt', uid, title: 'Council approves budget' }],
          skipped: [{ file: 'b.txt', reason: 'already in the notebook as “Council approves budget”', uid }],
          failed: [{ file: 'scan.pdf', code: 'UNSUPPORTED_FORMAT', message: 'This file is a PDF; Dossier reads .txt and .md files.' }],
          cancelled: true,
        },
      }),
    );
    expect(screen.queryByRole('group', { name: 'Import progress' })).toBeNull();
    const dialog = screen.getByRole('dialog', { name: 'Import cancelled' });
    expect(within(dialog).getByRole('region', { name: 'Imported' }).textContent).toContain('Council approves budget');
    expect(within(dialog).getByRole('region', { name: 'Skipped' }).textContent).toContain('b.txt — already in the notebook');
    expect(within(dialog).getByRole('region', { name: 'Refused' }).textContent).toContain('scan.pdf — This file is a PDF; Dossier reads .txt and .md files.');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('waits for every running job before showing one summary', async () => {
    const { transport } = await emptyLibrary();
    const empty = { imported: [], skipped: [], failed: [], cancelled: false };
    act(() => {
      transport.emit('job.progress', { jobId: 'one', kind: 'import', done: 0, total: 1 });
      transport.emit('job.progress', { jobId: 'two', kind: 'import', done: 1, total: 3 });
    });
    expect(screen.getByRole('group', { name: 'Import progress' }).textContent).toContain('1 / 4 files');
    act(() => transport.emit('job.done', { jobId: 'one', kind: 'import', result: { ...empty, imported: [{ file: 'a.txt', uid: fakeUid(), title: 'First' }] } }));
    expect(screen.queryByRole('dialog')).toBeNull();
    act(() => transport.emit('job.done', { jobId: 'two', kind: 'import', result: { ...empty, imported: [{ file: 'b.txt', uid: fakeUid(), title: 'Second' }] } }));
    const imported = within(screen.getByRole('dialog', { name: 'Import finished' })).getByRole('region', { name: 'Imported' });
    expect(within(imported).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['First', 'Second']);
  });

  it('opens the file picker when the host menu asks for it', async () => {
    const { transport } = await emptyLibrary();
    const input = screen.getByTestId('import-folder-input') as HTMLInputElement;
    let opened = 0;
    input.addEventListener('click', () => (opened += 1));
    act(() => transport.emit('app.command', { command: 'import.folder' }));
    expect(opened).toBe(1);
    act(() => transport.emit('app.command', { command: 'view.trash' }));
    expect(screen.getByRole('heading', { name: 'Trash' })).toBeTruthy();
  });
});
