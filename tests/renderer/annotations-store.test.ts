import { describe, expect, it } from 'vitest';
import type { Client } from '../../renderer/api/client';
import { createAnnotationsStore } from '../../renderer/stores/annotations-store';
import { createUiStore } from '../../renderer/stores/ui-store';
import type { Annotation } from '../../shared/model/annotation';

const DOC = '01HZZZZZZZZZZZZZZZZZZZZZZ0';
const SAVED = '01HZZZZZZZZZZZZZZZZZZZZZZ1';

/** A core whose answers the test releases one by one, recording every call it was sent. */
function scriptedCore() {
  const calls: Array<{ channel: string; input: unknown }> = [];
  const waiting: Array<{ channel: string; answer: (value: unknown) => void }> = [];
  const client = {
    call: (channel: string, input: unknown) => {
      calls.push({ channel, input });
      return new Promise((answer) => waiting.push({ channel, answer }));
    },
    on: () => () => undefined,
  } as unknown as Client;
  const settle = () => new Promise((resolve) => setTimeout(resolve, 10));
  // A call may wait for the next frame (a creation is sent once its highlight is painted).
  const answer = async (channel: string, value: unknown) => {
    let index = -1;
    for (let tries = 0; tries < 50 && index < 0; tries++) {
      await settle();
      index = waiting.findIndex((entry) => entry.channel === channel);
    }
    if (index < 0) throw new Error(`no ${channel} call is waiting`);
    waiting.splice(index, 1)[0]!.answer(value);
    await settle();
  };
  return { client, calls, answer };
}

function saved(uid: string): Annotation {
  return {
    uid,
    documentUid: DOC,
    passage: { start: 0, end: 5, exact: 'Hello', prefix: '', suffix: '', state: 'anchored' },
    note: '',
    labelUids: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

async function storeOnDocument() {
  const core = scriptedCore();
  const ui = createUiStore();
  const store = createAnnotationsStore(core.client, ui);
  const loading = store.getState().load(DOC);
  await core.answer('annotations.forDocument', { items: [] });
  await loading;
  return { ...core, ui, store };
}

describe('annotations store', () => {
  it('deletes a highlight clicked away before the core saved it, once the save answers', async () => {
    const { store, calls, answer, ui } = await storeOnDocument();
    const creating = store.getState().create({ selection: { start: 0, end: 5, exact: 'Hello' } });
    const provisional = store.getState().items[0]!.uid;
    const removing = store.getState().remove([provisional]);
    expect(calls.some((call) => call.channel === 'annotations.delete')).toBe(false);

    await answer('annotations.create', saved(SAVED));
    await creating;
    await answer('annotations.delete', { count: 1 });
    await removing;

    expect(calls.find((call) => call.channel === 'annotations.delete')!.input).toEqual({ uids: [SAVED] });
    expect(store.getState().items).toEqual([]);
    expect(ui.getState().toasts.map((toast) => toast.message)).toEqual(['Deleted the annotation.']);
  });

  it('a list fetched before a delete does not bring the deleted highlight back', async () => {
    const { store, answer } = await storeOnDocument();
    const creating = store.getState().create({ selection: { start: 0, end: 5, exact: 'Hello' } });
    await answer('annotations.create', saved(SAVED));
    await creating;

    const reloading = store.getState().reload();
    const removing = store.getState().remove([SAVED]);
    await answer('annotations.delete', { count: 1 });
    await removing;
    await answer('annotations.forDocument', { items: [saved(SAVED)] });
    await reloading;

    expect(store.getState().items).toEqual([]);
  });
});
