import { createStore } from 'zustand/vanilla';
import type { ChannelOutput } from '../../shared/contract/channels';
import { messageOf, type Client } from '../api/client';
import type { FiltersStore } from './filters-store';

export type SearchResult = ChannelOutput<'search.query'>['results'][number];

/** The best matches shown; the count still tells how many there are in all. */
export const RESULT_LIMIT = 100;
/** Long enough to merge a burst of keystrokes, short enough to feel instant. */
export const SEARCH_DEBOUNCE_MS = 120;

export interface SearchAnswer {
  /** The query these results answer, which may trail the one being typed. */
  query: string;
  results: SearchResult[];
  total: number;
  totalIsLowerBound: boolean;
}

export interface SearchState {
  query: string;
  answer: SearchAnswer | null;
  loading: boolean;
  error: string | null;
  /** Updates the query at once; the request follows after a short pause in typing. */
  setQuery(query: string): void;
  /** Asks again now, e.g. after the filters or the notebook changed. */
  rerun(): Promise<void>;
  clear(): void;
}

export const isSearching = (query: string) => query.trim() !== '';

export function createSearchStore(client: Client, filters: FiltersStore, debounceMs = SEARCH_DEBOUNCE_MS) {
  // Only the newest request may write, so a slow answer to "ba" never replaces the one to "barcena".
  let requestSeq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  return createStore<SearchState>()((set, get) => {
    function cancelPending() {
      clearTimeout(timer);
      timer = undefined;
      requestSeq++;
    }

    async function run() {
      timer = undefined;
      const query = get().query.trim();
      const seq = ++requestSeq;
      if (query === '') return set({ answer: null, loading: false, error: null });
      set({ loading: true });
      try {
        const { results, total, totalIsLowerBound } = await client.call('search.query', {
          query,
          filter: filters.getState().filter,
          limit: RESULT_LIMIT,
        });
        if (seq === requestSeq) set({ answer: { query, results, total, totalIsLowerBound }, loading: false, error: null });
      } catch (error) {
        if (seq === requestSeq) set({ loading: false, error: messageOf(error) });
      }
    }

    return {
      query: '',
      answer: null,
      loading: false,
      error: null,

      setQuery: (query) => {
        if (query === get().query) return;
        cancelPending();
        set({ query });
        if (isSearching(query)) timer = setTimeout(() => void run(), debounceMs);
        else set({ answer: null, loading: false, error: null });
      },

      rerun: async () => {
        if (!isSearching(get().query)) return;
        clearTimeout(timer);
        await run();
      },

      clear: () => {
        cancelPending();
        set({ query: '', answer: null, loading: false, error: null });
      },
    };
  });
}

export type SearchStore = ReturnType<typeof createSearchStore>;
