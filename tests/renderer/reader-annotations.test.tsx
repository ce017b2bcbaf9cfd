// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import './helpers/dom-setup';
import type { Annotation } from '../../shared/model/annotation';
import { createClient } from '../../renderer/api/client';
import { MarkdownNote } from '../../renderer/components/markdown-note';
import { paragraphStarts, rangeOfSpan, spanOfRange, textNodesOf } from '../../renderer/features/reader/text-offsets';
import { createAnnotationsStore } from '../../renderer/stores/annotations-store';
import { createUiStore } from '../../renderer/stores/ui-store';
import { FakeTransport, fakeUid } from './helpers/fake-transport';

afterEach(cleanup);

const DOC = fakeUid();

function annotation(overrides: Partial<Annotation> = {}): Annotation {
  return {
    uid: fakeUid(),
    documentUid: DOC,
    passage: { start: 0, end: 5, exact: 'Hello', prefix: '', suffix: ' world', state: 'anchored' },
    note: '',
    labelUids: [],
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...overrides,
  };
}

function annotationsSetUp() {
  let items: Annotation[] = [];
  const deleted = new Set<string>();
  const transport = new FakeTransport()
    .handle('annotations.forDocument', () => ({ items: items.filter((item) => !deleted.has(item.uid)) }))
    .handle('annotations.create', (input) => {
      const created = annotation({ note: input.note ?? '', labelUids: input.labelUids ?? [], passage: input.selection ? { ...input.selection, prefix: '', suffix: '', state: 'anchored' } : null });
      items = [...items, created];
      return created;
    })
    .handle('annotations.update', (input) => {
      const previous = input.edits.map((edit) => {
        const before = items.find((item) => item.uid === edit.uid)!;
        return { uid: edit.uid, ...(edit.note !== undefined && { note: before.note }), ...(edit.labelUids !== undefined && { labelUids: before.labelUids }) };
      });
      items = items.map((item) => {
        const edit = input.edits.find((candidate) => candidate.uid === item.uid);
        return edit ? { ...item, ...(edit.note !== undefined && { note: edit.note }), ...(edit.labelUids !== undefined && { labelUids: edit.labelUids }) } : item;
      });
      return { items: items.filter((item) => input.edits.some((edit) => edit.uid === item.uid)), previous };
    })
    .handle('annotations.delete', (input) => {
      input.uids.forEach((uid) => deleted.add(uid));
      return { count: input.uids.length };
    })
    .handle('annotations.restore', (input) => {
      input.uids.forEach((uid) => deleted.delete(uid));
      return { count: input.uids.length };
    });
  const ui = createUiStore();
  const store = createAnnotationsStore(createClient(transport), ui);
  return { transport, ui, store };
}

describe('the Reader’s annotations store', () => {
  it('creates a highlight from a selection and undoes it', async () => {
    const { store, ui, transport } = annotationsSetUp();
    await store.getState().load(DOC);
    const created = await store.getState().create({ selection: { start: 6, end: 11, exact: 'world' }, labelUids: [] });
    expect(transport.callsTo('annotations.create')).toEqual([{ documentUid: DOC, selection: { start: 6, end: 11, exact: 'world' }, note: '', labelUids: [] }]);
    expect(store.getState().items.map((item) => item.uid)).toEqual([created!.uid]);
    expect(store.getState().selectedUid).toBe(created!.uid);
    await ui.getState().undoLast();
    expect(store.getState().items).toEqual([]);
    expect(transport.callsTo('annotations.delete')).toEqual([{ uids: [created!.uid] }]);
  });

  it('shows a new highlight before the core answers, and takes it away if the core refuses it', async () => {
    const { store, ui, transport } = annotationsSetUp();
    await store.getState().load(DOC);
    let answer: (value: unknown) => void = () => {};
    transport.handle('annotations.create', () => new Promise((resolve) => (answer = resolve)) as never);
    const pending = store.getState().create({ selection: { start: 0, end: 5, exact: 'Hello' } });
    expect(store.getState().items.map((item) => item.passage?.exact)).toEqual(['Hello']);
    expect(store.getState().selectedUid).toMatch(/^pending-/);
    // The creation is sent once the frame showing its highlight is painted.
    await vi.waitFor(() => expect(transport.callsTo('annotations.create')).toHaveLength(1));
    const saved = annotation();
    answer(saved);
    await pending;
    expect(store.getState().items).toEqual([saved]);
    expect(store.getState().selectedUid).toBe(saved.uid);

    transport.handle('annotations.create', () => ({ code: 'CONFLICT', message: 'The text changed since it was selected; select the passage again.' }));
    await store.getState().create({ selection: { start: 6, end: 11, exact: 'world' } });
    expect(store.getState().items).toEqual([saved]);
    expect(ui.getState().toasts.at(-1)).toMatchObject({ tone: 'error', message: expect.stringMatching(/select the passage again/) });
  });

  it('undoes a note edit by sending back what it replaced', async () => {
    const { store, ui, transport } = annotationsSetUp();
    await store.getState().load(DOC);
    const created = await store.getState().create({ note: 'first' });
    await store.getState().setNote(created!.uid, 'second');
    expect(store.getState().items[0]?.note).toBe('second');
    await ui.getState().undoLast();
    expect(transport.callsTo('annotations.update').at(-1)).toEqual({ edits: [{ uid: created!.uid, note: 'first' }] });
    expect(store.getState().items[0]?.note).toBe('first');
  });

  it('deletes with an Undo toast that restores the annotation', async () => {
    const { store, ui } = annotationsSetUp();
    await store.getState().load(DOC);
    const created = await store.getState().create({ note: 'keep' });
    await store.getState().remove([created!.uid]);
    expect(store.getState().items).toEqual([]);
    const toast = ui.getState().toasts.at(-1)!;
    expect(toast.message).toBe('Deleted the annotation.');
    await ui.getState().undo(toast.undo!);
    expect(store.getState().items.map((item) => item.note)).toEqual(['keep']);
  });
});

describe('text offsets', () => {
  const text = 'First paragraph here.\n\nSecond one, with café.\n\nThird.';
  function renderParagraphs() {
    const container = document.createElement('div');
    const paragraphs = text.split('\n\n');
    const starts = paragraphStarts(paragraphs);
    paragraphs.forEach((paragraph, index) => {
      const p = document.createElement('p');
      p.dataset.start = String(starts[index]);
      p.textContent = paragraph;
      container.appendChild(p);
    });
    document.body.appendChild(container);
    return { container, starts, nodes: textNodesOf(container) };
  }

  it('maps a selection across paragraphs to offsets in the stored text and back', () => {
    const { container, starts, nodes } = renderParagraphs();
    const range = document.createRange();
    range.setStart(nodes[0]!, 6);
    range.setEnd(nodes[1]!, 6);
    const span = spanOfRange(container, range)!;
    expect(text.slice(span.start, span.end)).toBe('paragraph here.\n\nSecond');
    const back = rangeOfSpan(nodes, starts, span)!;
    expect(back.startContainer).toBe(nodes[0]);
    expect(back.startOffset).toBe(6);
    expect(back.endContainer).toBe(nodes[1]);
    expect(back.endOffset).toBe(6);
    const accented = text.indexOf('café');
    const cafe = rangeOfSpan(nodes, starts, { start: accented, end: accented + 4 })!;
    const painted = document.createRange();
    painted.setStart(cafe.startContainer, cafe.startOffset);
    painted.setEnd(cafe.endContainer, cafe.endOffset);
    expect(painted.toString()).toBe('café');
    container.remove();
  });

  it('ignores a collapsed selection and one outside the text', () => {
    const { container, nodes } = renderParagraphs();
    const collapsed = document.createRange();
    collapsed.setStart(nodes[0]!, 3);
    expect(spanOfRange(container, collapsed)).toBeNull();
    const outside = document.createRange();
    outside.selectNodeContents(document.body.appendChild(document.createElement('p')));
    expect(spanOfRange(container, outside)).toBeNull();
    container.remove();
  });
});

describe('Markdown notes', () => {
  it('renders bold and links, drops raw HTML, and opens web links only on a click', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const { container } = render(<MarkdownNote source={'**Key** point <script>alert(1)</script><img src=x onerror=alert(1)> [SRE](https://www.gob.mx/sre) [bad](javascript:alert(1))'} />);
    expect(container.querySelector('strong')?.textContent).toBe('Key');
    expect(container.querySelector('script, img')).toBeNull();
    expect(screen.queryByRole('link', { name: 'bad' })).toBeNull();
    expect(screen.getByText('bad')).toBeTruthy();
    expect(open).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('link', { name: 'SRE' }));
    expect(open).toHaveBeenCalledWith('https://www.gob.mx/sre', '_blank', 'noopener,noreferrer');
    open.mockRestore();
  });
});
