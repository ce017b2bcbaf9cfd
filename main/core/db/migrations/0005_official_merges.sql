-- Merging duplicate officials is undone exactly, within the session: each merge records what the
-- kept official gained and which of its mentions it changed. The merged official's own rows
-- (aliases, offices, the mentions the kept one already had) stay with it while it is soft-deleted,
-- so only the kept side's changes need recording. A record goes with either official when it is
-- purged, on the next session, so no undo outlives the people it would bring back.
CREATE TABLE official_merges (
  id INTEGER PRIMARY KEY,
  kept_id INTEGER NOT NULL REFERENCES officials (id) ON DELETE CASCADE,
  -- Unique: a merged official has left the registry and cannot be merged a second time.
  merged_id INTEGER NOT NULL UNIQUE REFERENCES officials (id) ON DELETE CASCADE,
  merged_at TEXT NOT NULL,
  CHECK (kept_id <> merged_id)
) STRICT;
CREATE INDEX official_merges_by_kept ON official_merges (kept_id, id);

-- Forms the kept official gained. Kept by folded form, not by row: editing an official rewrites
-- all its alias rows, and the undo must still take these forms away.
CREATE TABLE official_merge_aliases (
  merge_id INTEGER NOT NULL REFERENCES official_merges (id) ON DELETE CASCADE,
  folded TEXT NOT NULL,
  PRIMARY KEY (merge_id, folded)
) STRICT, WITHOUT ROWID;

-- Offices the kept official gained, by value for the same reason as aliases.
CREATE TABLE official_merge_offices (
  id INTEGER PRIMARY KEY,
  merge_id INTEGER NOT NULL REFERENCES official_merges (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  start_date TEXT,
  end_date TEXT
) STRICT;
CREATE INDEX official_merge_offices_by_merge ON official_merge_offices (merge_id);

-- Mentions that moved to the kept official; the undo moves them back. A mention deleted since
-- (untagged, or its words edited away) takes its record with it.
CREATE TABLE official_merge_moves (
  merge_id INTEGER NOT NULL REFERENCES official_merges (id) ON DELETE CASCADE,
  mention_id INTEGER NOT NULL REFERENCES mentions (id) ON DELETE CASCADE,
  PRIMARY KEY (merge_id, mention_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX official_merge_moves_by_mention ON official_merge_moves (mention_id);

-- Mentions of the merged official at a span the kept one already had: the kept one stands for both,
-- the duplicate stays with the merged official. When the merge gave the kept mention the duplicate's
-- decision (it was only suggested) or role (it had none), `kept_state`, `kept_role` and
-- `kept_updated_at` hold what the kept mention was, for the undo; `kept_state` is null otherwise.
CREATE TABLE official_merge_duplicates (
  merge_id INTEGER NOT NULL REFERENCES official_merges (id) ON DELETE CASCADE,
  mention_id INTEGER NOT NULL REFERENCES mentions (id) ON DELETE CASCADE,
  kept_mention_id INTEGER NOT NULL REFERENCES mentions (id) ON DELETE CASCADE,
  kept_state TEXT CHECK (kept_state IN ('suggested', 'confirmed', 'rejected')),
  kept_role TEXT CHECK (kept_role IN ('host', 'head-of-delegation', 'participant', 'quoted', 'mentioned')),
  kept_updated_at TEXT,
  PRIMARY KEY (merge_id, mention_id),
  CHECK ((kept_state IS NULL) = (kept_updated_at IS NULL)),
  CHECK (kept_state IS NOT NULL OR kept_role IS NULL)
) STRICT, WITHOUT ROWID;
CREATE INDEX official_merge_duplicates_by_mention ON official_merge_duplicates (mention_id);
CREATE INDEX official_merge_duplicates_by_kept_mention ON official_merge_duplicates (kept_mention_id);
