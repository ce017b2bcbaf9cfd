import { changeCounters } from '../../db/change-counters';
import type { Db } from '../../db/open';
import { getDocumentText, liveDocumentVersions, type LiveDocumentVersion } from '../../documents/repository';
import { confirmedMentionsIn } from '../../officials/mention-repository';
import { readDocument, type DocumentReading } from './document-suggestions';
import type { OfficialSpan } from './reading';

/** A reading and everything it was read from, so that it is reused only when none of it moved. */
interface CachedReading {
  changed: number;
  published: string | null;
  language: string | null;
  /** The 'registry' and 'decisions' counts when its mentions were last read: while both stay, they are the same. */
  registry: number;
  decisions: number;
  mentions: string;
  reading: DocumentReading;
}

/** One cache per open connection, like the officials' suggestion index: it dies with the notebook. */
const caches = new WeakMap<Db, Map<number, CachedReading>>();

function mentionsOf(db: Db, documentId: number): OfficialSpan[] {
  return confirmedMentionsIn(db, documentId).map(({ officialUid, name, start, end }) => ({ officialUid, name, start, end }));
}

/**
 * What every live document suggests, oldest import first, by uid. Reading a text (sentences, chrono
 * over each, places) is the costly part, so each reading is kept until what it was read from
 * changes: the text or title (the 0006 `changed` stamp), the published date or language, or its
 * confirmed officials, which are read again only after the registry or a decision changed.
 */
export function documentReadings(db: Db): Map<string, DocumentReading> {
  // One snapshot: the counters describe the rows read with them.
  return db.transaction(() => {
    const counters = changeCounters(db);
    const previous = caches.get(db) ?? new Map<number, CachedReading>();
    const next = new Map<number, CachedReading>();
    const readings = new Map<string, DocumentReading>();
    for (const document of liveDocumentVersions(db)) {
      const cached = upToDate(db, previous.get(document.id), document, counters) ?? read(db, document, counters);
      next.set(document.id, cached);
      readings.set(document.uid, cached.reading);
    }
    caches.set(db, next);
    return readings;
  })();
}

function upToDate(db: Db, cached: CachedReading | undefined, document: LiveDocumentVersion, counters: { registry: number; decisions: number }): CachedReading | null {
  if (!cached || cached.changed !== document.changed || cached.published !== document.published || cached.language !== document.language) return null;
  if (cached.registry === counters.registry && cached.decisions === counters.decisions) return cached;
  if (JSON.stringify(mentionsOf(db, document.id)) !== cached.mentions) return null;
  return { ...cached, registry: counters.registry, decisions: counters.decisions };
}

function read(db: Db, document: LiveDocumentVersion, counters: { registry: number; decisions: number }): CachedReading {
  const mentions = mentionsOf(db, document.id);
  const { text } = getDocumentText(db, document.uid)!;
  const { id: _id, changed, ...fields } = document;
  return {
    changed,
    published: document.published,
    language: document.language,
    registry: counters.registry,
    decisions: counters.decisions,
    mentions: JSON.stringify(mentions),
    reading: readDocument({ ...fields, text, mentions }),
  };
}
