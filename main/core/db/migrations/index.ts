import documents from './0001_documents.sql';
import searchAndProvenance from './0002_search_and_provenance.sql';
import annotations from './0003_annotations.sql';
import officials from './0004_officials.sql';
import officialMerges from './0005_official_merges.sql';
import registryVersion from './0006_registry_version.sql';
import meetings from './0007_meetings.sql';
import aliasRejections from './0008_alias_rejections.sql';
import meetingSuggestionDismissals from './0009_meeting_suggestion_dismissals.sql';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Forward-only, in order; a migration's version is the `user_version` it leaves behind. */
export const migrations: readonly Migration[] = [
  { version: 1, name: '0001_documents', sql: documents },
  { version: 2, name: '0002_search_and_provenance', sql: searchAndProvenance },
  { version: 3, name: '0003_annotations', sql: annotations },
  { version: 4, name: '0004_officials', sql: officials },
  { version: 5, name: '0005_official_merges', sql: officialMerges },
  { version: 6, name: '0006_registry_version', sql: registryVersion },
  { version: 7, name: '0007_meetings', sql: meetings },
  { version: 8, name: '0008_alias_rejections', sql: aliasRejections },
  { version: 9, name: '0009_meeting_suggestion_dismissals', sql: meetingSuggestionDismissals },
];

export const latestVersion = migrations.at(-1)?.version ?? 0;
