import { createStore } from 'zustand/vanilla';

export interface PaneWidths {
  sidebar: number;
  list: number;
}

export const PANE_LIMITS: Record<keyof PaneWidths, { min: number; max: number }> = {
  sidebar: { min: 140, max: 360 },
  list: { min: 280, max: 900 },
};

const DEFAULT_WIDTHS: PaneWidths = { sidebar: 180, list: 540 };
const STORAGE_KEY = 'dossier.paneWidths';

export interface LayoutState {
  widths: PaneWidths;
  setWidth(pane: keyof PaneWidths, width: number): void;
}

/** Pane widths, remembered across launches in localStorage (one per origin, i.e. per host). */
export function createLayoutStore(storage: Pick<Storage, 'getItem' | 'setItem'> = window.localStorage) {
  return createStore<LayoutState>()((set, get) => ({
    widths: readWidths(storage),
    setWidth: (pane, width) => {
      const { min, max } = PANE_LIMITS[pane];
      const widths = { ...get().widths, [pane]: Math.min(max, Math.max(min, width)) };
      set({ widths });
      storage.setItem(STORAGE_KEY, JSON.stringify(widths));
    },
  }));
}

function readWidths(storage: Pick<Storage, 'getItem'>): PaneWidths {
  try {
    const saved = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null') as Partial<PaneWidths> | null;
    const pick = (pane: keyof PaneWidths) => {
      const value = saved?.[pane];
      const { min, max } = PANE_LIMITS[pane];
      return typeof value === 'number' && value >= min && value <= max ? value : DEFAULT_WIDTHS[pane];
    };
    return { sidebar: pick('sidebar'), list: pick('list') };
  } catch {
    return DEFAULT_WIDTHS;
  }
}

export type LayoutStore = ReturnType<typeof createLayoutStore>;
