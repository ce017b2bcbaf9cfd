import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AnnotationsState } from './annotations-store';
import type { AnnotationsViewState } from './annotations-view-store';
import type { DocumentsState } from './documents-store';
import type { LabelsState } from './labels-store';
import type { FiltersState } from './filters-store';
import type { ImportsState } from './imports-store';
import type { LayoutState } from './layout-store';
import type { MeetingsState } from './meetings-store';
import type { MentionsState } from './mentions-store';
import type { NotebookState } from './notebook-store';
import type { OfficialsState } from './officials-store';
import type { ReaderState } from './reader-store';
import type { ReviewState } from './review-store';
import type { SearchState } from './search-store';
import type { UiState } from './ui-store';
import type { AppStores } from './app-stores';

const StoresContext = createContext<AppStores | null>(null);

export function StoresProvider({ stores, children }: { stores: AppStores; children: ReactNode }) {
  return <StoresContext.Provider value={stores}>{children}</StoresContext.Provider>;
}

export function useStores(): AppStores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('useStores needs a StoresProvider above it');
  return stores;
}

export const useUi = <T,>(selector: (state: UiState) => T): T => useStore(useStores().ui, selector);
export const useNotebook = <T,>(selector: (state: NotebookState) => T): T => useStore(useStores().notebook, selector);
export const useDocuments = <T,>(selector: (state: DocumentsState) => T): T => useStore(useStores().documents, selector);
export const useReader = <T,>(selector: (state: ReaderState) => T): T => useStore(useStores().reader, selector);
export const useImports = <T,>(selector: (state: ImportsState) => T): T => useStore(useStores().imports, selector);
export const useLayout = <T,>(selector: (state: LayoutState) => T): T => useStore(useStores().layout, selector);
export const useFilters = <T,>(selector: (state: FiltersState) => T): T => useStore(useStores().filters, selector);
export const useSearch = <T,>(selector: (state: SearchState) => T): T => useStore(useStores().search, selector);
export const useLabels = <T,>(selector: (state: LabelsState) => T): T => useStore(useStores().labels, selector);
export const useAnnotations = <T,>(selector: (state: AnnotationsState) => T): T => useStore(useStores().annotations, selector);
export const useAnnotationsView = <T,>(selector: (state: AnnotationsViewState) => T): T => useStore(useStores().annotationsView, selector);
export const useOfficials = <T,>(selector: (state: OfficialsState) => T): T => useStore(useStores().officials, selector);
export const useReview = <T,>(selector: (state: ReviewState) => T): T => useStore(useStores().review, selector);
export const useMentions = <T,>(selector: (state: MentionsState) => T): T => useStore(useStores().mentions, selector);
export const useMeetings = <T,>(selector: (state: MeetingsState) => T): T => useStore(useStores().meetings, selector);
