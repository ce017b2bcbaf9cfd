import { changeCounters } from '../db/change-counters';
import type { Db } from '../db/open';
import { countDocuments, documentsChangedSince, liveTexts } from '../documents/repository';
import { createSharedFindings, findingsIn, type DocumentFindings, type SharedFindings } from './document-findings';
import { buildMatcher, type Matcher } from './matching/matcher';
import { registryForMatching } from './repository';

/** A live document with what the matcher found in it. A new scan gives a new object. */
export interface IndexedDocument {
  id: number;
  uid: string;
  findings: DocumentFindings;
}

export interface IndexRefresh {
  /** Every live document, in the order they were imported (by row id). */
  documents: readonly IndexedDocument[];
  /** The uids of the documents this refresh had to scan. */
  scanned: string[];
  /** The registry forms and proposed handles the findings’ form numbers stand for. */
  forms: readonly string[];
}

interface IndexState {
  registry: number;
  /** The registry as the matcher was built from it: a rewrite that changes nothing keeps the findings. */
  registryKey: string;
  matcher: Matcher;
  shared: SharedFindings;
  /** The 'documents' count the index has caught up with; -1 before its first full pass. */
  documentsSeen: number;
  byId: Map<number, IndexedDocument>;
  ordered: readonly IndexedDocument[];
}

/** One index per open connection: it lives and dies with the notebook, never shared between two. */
const indexes = new WeakMap<Db, IndexState>();

/**
 * What the matcher finds in every live document, scanning only what changed since the last call:
 * documents imported, restored, retitled or whose text was edited; a trashed document just
 * leaves. A change to the registry starts over, since a new name can change what every document
 * says. Counters kept by triggers say what changed, so no writer has to remember to tell.
 */
export function refreshSuggestionIndex(db: Db): IndexRefresh {
  // One snapshot: what the counters say is what the texts read are.
  return db.transaction(() => {
    const counters = changeCounters(db);
    const state = currentState(db, counters.registry);
    if (state.documentsSeen === counters.documents) return { documents: state.ordered, scanned: [], forms: state.shared.forms };
    let scanned = state.documentsSeen < 0 ? scanAll(state, db) : scanChanged(state, db);
    // Only a document deleted without passing through the trash leaves no row to say so.
    if (state.byId.size !== countDocuments(db).documents) scanned = scanAll(state, db);
    state.documentsSeen = counters.documents;
    state.ordered = [...state.byId.values()].sort((a, b) => a.id - b.id);
    return { documents: state.ordered, scanned, forms: state.shared.forms };
  })();
}

function scanAll(state: IndexState, db: Db): string[] {
  state.byId.clear();
  for (const { id, uid, text } of liveTexts(db)) state.byId.set(id, { id, uid, findings: findingsIn(text, state.matcher, state.shared) });
  return [...state.byId.values()].map((document) => document.uid);
}

function scanChanged(state: IndexState, db: Db): string[] {
  const scanned: string[] = [];
  for (const { id, uid, text } of documentsChangedSince(db, state.documentsSeen)) {
    state.byId.delete(id);
    if (text === null) continue;
    state.byId.set(id, { id, uid, findings: findingsIn(text, state.matcher, state.shared) });
    scanned.push(uid);
  }
  return scanned;
}

function currentState(db: Db, registry: number): IndexState {
  const state = indexes.get(db);
  if (state?.registry === registry) return state;
  const people = registryForMatching(db).sort((a, b) => a.id - b.id);
  const registryKey = JSON.stringify(people);
  if (state?.registryKey === registryKey) {
    state.registry = registry;
    return state;
  }
  const fresh: IndexState = { registry, registryKey, matcher: buildMatcher(people), shared: createSharedFindings(), documentsSeen: -1, byId: new Map(), ordered: [] };
  indexes.set(db, fresh);
  return fresh;
}
