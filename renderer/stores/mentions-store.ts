import { createStore } from 'zustand/vanilla';
import type { Mention, MentionRole } from '../../shared/model/mention';
import type { Official } from '../../shared/model/official';
import { messageOf, type Client } from '../api/client';
import type { UiStore } from './ui-store';

export interface TagRequest {
  start: number;
  end: number;
  text: string;
}

export interface MentionsState {
  documentUid: string | null;
  /** Confirmed mentions in the open document, in text order. */
  items: Mention[];
  load(documentUid: string | null): Promise<void>;
  reloadSoon(): void;
  /** Tags the selection as this person; the selected form becomes an alias. Undoable. */
  tag(official: Pick<Official, 'uid' | 'name'>, selection: TagRequest): Promise<Mention | null>;
  /** Registers the selection as a new person and tags it. Undoable (both go). */
  tagAsNew(selection: TagRequest): Promise<Mention | null>;
  untag(uid: string): Promise<void>;
  setRole(uid: string, role: MentionRole | null): Promise<void>;
  /** Every person in the registry, for the tagging picker. */
  registry(): Promise<Official[]>;
}

const RELOAD_DELAY_MS = 300;

/** The people tagged in the open document; every change is undoable for the session. */
export function createMentionsStore(client: Client, ui: UiStore) {
  const fail = (error: unknown) => ui.getState().showToast({ message: messageOf(error), tone: 'error' });

  return createStore<MentionsState>()((set, get) => {
    let reloadTimer: ReturnType<typeof setTimeout> | undefined;
    /** Bumped by each change made here, so a list fetched before one is not applied over it. */
    let changes = 0;

    async function fetchItems(documentUid: string) {
      const seen = changes;
      try {
        const { items } = await client.call('mentions.forDocument', { documentUid });
        if (get().documentUid !== documentUid) return;
        if (seen !== changes) get().reloadSoon();
        else set({ items });
      } catch (error) {
        if (get().documentUid === documentUid) fail(error);
      }
    }

    const inOrder = (items: readonly Mention[]) => [...items].sort((a, b) => a.start - b.start || a.end - b.end);

    async function tagAs(official: Pick<Official, 'uid' | 'name'>, selection: TagRequest, createdOfficial: boolean): Promise<Mention | null> {
      const { documentUid } = get();
      if (documentUid === null) return null;
      changes += 1;
      try {
        const { mention, aliasAdded } = await client.call('mentions.tag', { officialUid: official.uid, documentUid, ...selection, role: null });
        if (get().documentUid === documentUid) set((state) => ({ items: inOrder([...state.items.filter((item) => item.uid !== mention.uid), mention]) }));
        const undo = {
          label: 'Undo tag',
          run: async () => {
            changes += 1;
            try {
              await client.call('mentions.untag', { uids: [mention.uid], ...(aliasAdded !== null && { alias: aliasAdded }) });
              if (createdOfficial) await client.call('officials.delete', { uids: [official.uid] });
              set((state) => ({ items: state.items.filter((item) => item.uid !== mention.uid) }));
            } catch (error) {
              fail(error);
            }
          },
        };
        const added = createdOfficial ? ' (new in the registry)' : aliasAdded !== null ? `; “${aliasAdded}” is now one of their names` : '';
        ui.getState().offerUndo(`Tagged ${official.name}${added}.`, undo);
        return mention;
      } catch (error) {
        fail(error);
        return null;
      }
    }

    return {
      documentUid: null,
      items: [],

      load: async (documentUid) => {
        if (documentUid === get().documentUid) return;
        set({ documentUid, items: [] });
        if (documentUid !== null) await fetchItems(documentUid);
      },

      reloadSoon: () => {
        clearTimeout(reloadTimer);
        reloadTimer = setTimeout(() => {
          const { documentUid } = get();
          if (documentUid !== null) void fetchItems(documentUid);
        }, RELOAD_DELAY_MS);
      },

      tag: (official, selection) => tagAs(official, selection, false),

      tagAsNew: async (selection) => {
        let official: Official;
        try {
          official = await client.call('officials.create', { name: selection.text.trim() });
        } catch (error) {
          fail(error);
          return null;
        }
        const mention = await tagAs(official, selection, true);
        // A person registered only to be tagged goes again if the tag is refused.
        if (!mention) await client.call('officials.delete', { uids: [official.uid] }).catch(() => undefined);
        return mention;
      },

      untag: async (uid) => {
        const mention = get().items.find((item) => item.uid === uid);
        if (!mention) return;
        changes += 1;
        try {
          await client.call('mentions.untag', { uids: [uid] });
        } catch (error) {
          fail(error);
          return;
        }
        set((state) => ({ items: state.items.filter((item) => item.uid !== uid) }));
        const undo = {
          label: 'Undo remove tag',
          run: async () => {
            changes += 1;
            try {
              const { start, end, text, role } = mention;
              const restored = await client.call('mentions.tag', { officialUid: mention.officialUid, documentUid: mention.documentUid, start, end, text, role });
              if (get().documentUid === mention.documentUid) set((state) => ({ items: inOrder([...state.items, restored.mention]) }));
            } catch (error) {
              fail(error);
            }
          },
        };
        ui.getState().offerUndo(`Removed the tag “${mention.text}” (${mention.name}).`, undo);
      },

      setRole: async (uid, role) => {
        const previous = get().items.find((item) => item.uid === uid);
        if (!previous) return;
        const apply = async (next: MentionRole | null) => {
          changes += 1;
          const mention = await client.call('mentions.setRole', { uid, role: next });
          set((state) => ({ items: state.items.map((item) => (item.uid === uid ? mention : item)) }));
        };
        try {
          await apply(role);
          ui.getState().pushUndo({ label: 'Undo role change', run: () => apply(previous.role).catch((error: unknown) => void fail(error)) });
        } catch (error) {
          fail(error);
        }
      },

      registry: async () => {
        try {
          return (await client.call('officials.list', {})).items;
        } catch (error) {
          fail(error);
          return [];
        }
      },
    };
  });
}

export type MentionsStore = ReturnType<typeof createMentionsStore>;
