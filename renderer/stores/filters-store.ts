import { createStore } from 'zustand/vanilla';
import type { ChannelOutput } from '../../shared/contract/channels';
import type { DocumentFilter } from '../../shared/model/document';
import { messageOf, type Client } from '../api/client';

export type Facets = ChannelOutput<'documents.facets'>;
export type FilterKey = keyof DocumentFilter;

export interface FiltersState {
  /** Applies to the Library list and to search alike. */
  filter: DocumentFilter;
  facets: Facets | null;
  facetsError: string | null;
  setFilter(key: FilterKey, value: string | undefined): void;
  clear(): void;
  loadFacets(): Promise<void>;
}

export function createFiltersStore(client: Client) {
  let facetsSeq = 0;

  return createStore<FiltersState>()((set, get) => ({
    filter: {},
    facets: null,
    facetsError: null,

    setFilter: (key, value) => {
      if (get().filter[key] === value) return;
      const { [key]: _old, ...rest } = get().filter;
      set({ filter: value === undefined ? rest : { ...rest, [key]: value } });
    },

    clear: () => {
      if (Object.keys(get().filter).length > 0) set({ filter: {} });
    },

    loadFacets: async () => {
      const seq = ++facetsSeq;
      try {
        const facets = await client.call('documents.facets', { trash: false });
        if (seq === facetsSeq) set({ facets, facetsError: null });
      } catch (error) {
        if (seq === facetsSeq) set({ facetsError: messageOf(error) });
      }
    },
  }));
}

export const hasFilters = (filter: DocumentFilter): boolean => Object.values(filter).some((value) => value !== undefined);

export type FiltersStore = ReturnType<typeof createFiltersStore>;
