import { createStore } from 'zustand/vanilla';
import type { OfficialProfile } from '../../shared/model/mention';
import type { Country, Official, OfficialInput, OfficialPatch } from '../../shared/model/official';
import { ClientError, messageOf, type Client } from '../api/client';
import { plural } from '../components/format';
import type { UiStore } from './ui-store';

export type OfficialsTab = 'people' | 'review';

/** The dialogs of the Officials view; either pane may open one, the list pane shows it. */
export type OfficialsDialog =
  | { kind: 'create' }
  | { kind: 'edit'; uid: string }
  | { kind: 'delete'; uids: string[] }
  | { kind: 'merge'; uids: string[] }
  | { kind: 'split'; uid: string; alias: string };

export interface OfficialsState {
  /** The registry as the search and country filter narrow it, by name. */
  items: Official[];
  /** Everyone in the registry, whatever the filters; null until first counted. */
  total: number | null;
  loaded: boolean;
  error: string | null;
  query: string;
  country: Country | null;
  tab: OfficialsTab;
  /** The person whose profile shows, who may be outside the filtered list ("Named with"). */
  focusedUid: string | null;
  selectedUids: string[];
  /** Where Shift+click and Shift+arrows extend the selection from. */
  anchorUid: string | null;
  profile: OfficialProfile | null;
  profileError: string | null;
  dialog: OfficialsDialog | null;
  /** Re-reads the registry, the count and the profile, e.g. after the notebook changed. */
  refresh(): Promise<void>;
  /** A burst of changes costs one refresh. */
  reloadSoon(): void;
  setQuery(query: string): void;
  setCountry(country: Country | null): void;
  clearFilters(): void;
  setTab(tab: OfficialsTab): void;
  /** Moves the focus to one person, selects them alone and shows their profile. */
  focus(uid: string | null): void;
  toggleSelect(uid: string): void;
  selectRange(uid: string): void;
  selectAll(): void;
  openDialog(dialog: OfficialsDialog | null): void;
  /** Resolves to the new person, or null after a toast saying why not (the editor keeps its draft). */
  create(input: OfficialInput): Promise<Official | null>;
  update(uid: string, patch: OfficialPatch): Promise<boolean>;
  remove(uids: string[]): Promise<void>;
  merge(keepUid: string, mergeUids: string[]): Promise<void>;
  splitAlias(uid: string, alias: string): Promise<void>;
}

const RELOAD_DELAY_MS = 300;
const QUERY_DELAY_MS = 200;


/** The registry of people, one person's profile, and changes to both; every change is undoable. */
export function createOfficialsStore(client: Client, ui: UiStore) {
  const fail = (error: unknown) => ui.getState().showToast({ message: messageOf(error), tone: 'error' });
  let listGeneration = 0;
  let profileGeneration = 0;
  let reloadTimer: ReturnType<typeof setTimeout> | undefined;
  let queryTimer: ReturnType<typeof setTimeout> | undefined;

  return createStore<OfficialsState>()((set, get) => {
    const filterOf = () => {
      const query = get().query.trim();
      const { country } = get();
      return { ...(query !== '' && { query }), ...(country !== null && { country }) };
    };

    /** The filtered list; `everyone` also counts the registry and drops a focus on someone gone. */
    async function loadList(everyone: boolean) {
      const generation = ++listGeneration;
      const filter = filterOf();
      const filtered = Object.keys(filter).length > 0;
      try {
        const [list, all] = await Promise.all([
          client.call('officials.list', filter),
          everyone && filtered ? client.call('officials.list', {}) : null,
        ]);
        if (generation !== listGeneration) return;
        const shown = new Set(list.items.map((item) => item.uid));
        const update: Partial<OfficialsState> = { items: list.items, loaded: true, error: null };
        update.selectedUids = get().selectedUids.filter((uid) => shown.has(uid));
        if (everyone) {
          const registry = (all ?? list).items;
          update.total = registry.length;
          const { focusedUid } = get();
          if (focusedUid !== null && !registry.some((item) => item.uid === focusedUid)) {
            Object.assign(update, { focusedUid: null, anchorUid: null, profile: null, profileError: null });
          }
        }
        set(update);
      } catch (error) {
        if (generation === listGeneration) set({ loaded: true, error: messageOf(error) });
      }
    }

    async function loadProfile() {
      const generation = ++profileGeneration;
      const uid = get().focusedUid;
      if (uid === null) {
        set({ profile: null, profileError: null });
        return;
      }
      if (get().profile?.official.uid !== uid) set({ profile: null, profileError: null });
      try {
        const profile = await client.call('officials.profile', { uid });
        if (generation === profileGeneration) set({ profile, profileError: null });
      } catch (error) {
        if (generation !== profileGeneration) return;
        if (error instanceof ClientError && error.code === 'NOT_FOUND') set({ focusedUid: null, profile: null, profileError: null });
        else set({ profileError: messageOf(error) });
      }
    }

    const refresh = () => Promise.all([loadList(true), loadProfile()]).then(() => undefined);

    /** The undo reports its own failure, then shows what is there now either way. */
    const offerUndo = (message: string, label: string, run: () => Promise<unknown>) =>
      ui.getState().offerUndo(message, { label, run: () => run().then(() => undefined, fail).then(refresh) });

    const known = (uid: string) => get().items.find((item) => item.uid === uid) ?? (get().profile?.official.uid === uid ? get().profile?.official : undefined);

    return {
      items: [],
      total: null,
      loaded: false,
      error: null,
      query: '',
      country: null,
      tab: 'people',
      focusedUid: null,
      selectedUids: [],
      anchorUid: null,
      profile: null,
      profileError: null,
      dialog: null,

      refresh,

      reloadSoon: () => {
        clearTimeout(reloadTimer);
        reloadTimer = setTimeout(() => void refresh(), RELOAD_DELAY_MS);
      },

      setQuery: (query) => {
        set({ query });
        clearTimeout(queryTimer);
        queryTimer = setTimeout(() => void loadList(false), QUERY_DELAY_MS);
      },

      setCountry: (country) => {
        set({ country });
        void loadList(false);
      },

      clearFilters: () => {
        clearTimeout(queryTimer);
        set({ query: '', country: null });
        void loadList(false);
      },

      setTab: (tab) => set({ tab }),

      focus: (uid) => {
        set({ focusedUid: uid, anchorUid: uid, selectedUids: uid === null ? [] : [uid] });
        void loadProfile();
      },

      toggleSelect: (uid) => {
        const selected = get().selectedUids;
        const selectedUids = selected.includes(uid) ? selected.filter((candidate) => candidate !== uid) : [...selected, uid];
        set({ selectedUids, focusedUid: uid, anchorUid: uid });
        void loadProfile();
      },

      selectRange: (uid) => {
        const { items, anchorUid } = get();
        const to = items.findIndex((item) => item.uid === uid);
        const from = Math.max(0, items.findIndex((item) => item.uid === anchorUid));
        if (to < 0) return;
        const [low, high] = from <= to ? [from, to] : [to, from];
        set({ selectedUids: items.slice(low, high + 1).map((item) => item.uid), focusedUid: uid, anchorUid: anchorUid ?? uid });
        void loadProfile();
      },

      selectAll: () => set({ selectedUids: get().items.map((item) => item.uid) }),

      openDialog: (dialog) => set({ dialog }),

      create: async (input) => {
        try {
          const official = await client.call('officials.create', input);
          offerUndo(`Added “${official.name}” to the registry.`, `Undo adding ${official.name}`, () =>
            client.call('officials.delete', { uids: [official.uid] }),
          );
          await loadList(true);
          get().focus(official.uid);
          return official;
        } catch (error) {
          fail(error);
          return null;
        }
      },

      update: async (uid, patch) => {
        const before = known(uid);
        try {
          const official = await client.call('officials.update', { uid, patch });
          if (before) {
            const undoPatch = Object.fromEntries(Object.keys(patch).map((key) => [key, before[key as keyof OfficialPatch]])) as OfficialPatch;
            offerUndo(`Saved “${official.name}”.`, `Undo changes to ${official.name}`, () => client.call('officials.update', { uid, patch: undoPatch }));
          }
          await refresh();
          return true;
        } catch (error) {
          fail(error);
          return false;
        }
      },

      remove: async (uids) => {
        if (uids.length === 0) return;
        const people = uids.map(known);
        const mentions = people.reduce((sum, person) => sum + (person?.mentions ?? 0), 0);
        const name = uids.length === 1 && people[0] ? `“${people[0].name}”` : plural(uids.length, 'person', 'people');
        try {
          await client.call('officials.delete', { uids });
          const also = mentions > 0 ? ` and ${plural(mentions, 'confirmed mention', 'confirmed mentions')}` : '';
          offerUndo(`Deleted ${name}${also}.`, `Undo deleting ${name}`, () => client.call('officials.restore', { uids }));
        } catch (error) {
          fail(error);
        }
        await refresh();
      },

      merge: async (keepUid, mergeUids) => {
        try {
          const { official, merged } = await client.call('officials.merge', { keepUid, mergeUids });
          offerUndo(`Merged ${plural(merged, 'person', 'people')} into “${official.name}”.`, `Undo merging into ${official.name}`, () =>
            client.call('officials.unmerge', { uids: mergeUids }),
          );
          set({ focusedUid: keepUid, anchorUid: keepUid, selectedUids: [keepUid] });
        } catch (error) {
          fail(error);
        }
        await refresh();
      },

      splitAlias: async (uid, alias) => {
        try {
          const { official, moved } = await client.call('officials.splitAlias', { uid, alias });
          offerUndo(
            `“${official.name}” is now a person of their own (${plural(moved, 'mention', 'mentions')} moved).`,
            `Undo splitting off ${official.name}`,
            () => client.call('officials.merge', { keepUid: uid, mergeUids: [official.uid] }),
          );
        } catch (error) {
          fail(error);
        }
        await refresh();
      },
    };
  });
}

export type OfficialsStore = ReturnType<typeof createOfficialsStore>;
