-- Meetings as records: dates at the precision known (as documents' published dates: `2021-08-11`,
-- `2021-08`, `2021`, `--10-03`), a place, a format, a Markdown summary. A deleted meeting keeps its
-- row (deleted_at), and with it its links, until the notebook is next opened, so that the session
-- can undo the delete. `place_folded` is city and venue without accents or case, for the filter.
CREATE TABLE meetings (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  start_date TEXT CHECK (start_date GLOB '[0-9][0-9][0-9][0-9]*' OR start_date GLOB '--[0-9][0-9]-[0-9][0-9]'),
  end_date TEXT CHECK (end_date GLOB '[0-9][0-9][0-9][0-9]*' OR end_date GLOB '--[0-9][0-9]-[0-9][0-9]'),
  city TEXT,
  venue TEXT,
  place_folded TEXT NOT NULL DEFAULT '',
  format TEXT CHECK (format IN ('in-person', 'call', 'virtual')),
  summary TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  -- The list's order: dated meetings, then those of unknown year, then those without a date.
  date_rank INTEGER NOT NULL GENERATED ALWAYS AS (CASE WHEN start_date IS NULL THEN 2 WHEN start_date GLOB '--*' THEN 1 ELSE 0 END) VIRTUAL,
  CHECK (end_date IS NULL OR start_date IS NOT NULL)
) STRICT;
CREATE INDEX meetings_live_by_date ON meetings (date_rank, IFNULL(start_date, ''), id) WHERE deleted_at IS NULL;

-- Topics are labels of the codebook; deleting a label takes it off its meetings.
CREATE TABLE meeting_topics (
  meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  label_id INTEGER NOT NULL REFERENCES labels (id) ON DELETE CASCADE,
  PRIMARY KEY (meeting_id, label_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX meeting_topics_by_label ON meeting_topics (label_id, meeting_id);

-- Officials at a meeting, once each, with the delegation they sat with and their role. A deleted
-- official's participation is hidden with them and purged with them.
CREATE TABLE meeting_participants (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  official_id INTEGER NOT NULL REFERENCES officials (id) ON DELETE CASCADE,
  side TEXT CHECK (side IN ('mx', 'us', 'other')),
  role TEXT CHECK (role IN ('host', 'head-of-delegation', 'participant')),
  UNIQUE (meeting_id, official_id)
) STRICT;
CREATE INDEX meeting_participants_by_official ON meeting_participants (official_id, meeting_id);
CREATE INDEX meeting_participants_by_side ON meeting_participants (side, meeting_id);

-- The documents that report a meeting. A document in the Trash stays a source; emptying the Trash
-- removes it, with the evidence cited from it.
CREATE TABLE meeting_sources (
  id INTEGER PRIMARY KEY,
  meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  UNIQUE (meeting_id, document_id)
) STRICT;
CREATE INDEX meeting_sources_by_document ON meeting_sources (document_id, meeting_id);

-- A passage of a source cited for the date, the place, a participant or the meeting in general.
-- The citation is the passage: a deleted annotation's evidence is hidden while it can be restored
-- and goes when it is purged, as do evidence for a participant who is removed.
CREATE TABLE meeting_evidence (
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES meeting_sources (id) ON DELETE CASCADE,
  annotation_id INTEGER NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
  supports TEXT NOT NULL CHECK (supports IN ('date', 'place', 'participant', 'general')),
  participant_id INTEGER REFERENCES meeting_participants (id) ON DELETE CASCADE,
  CHECK ((supports = 'participant') = (participant_id IS NOT NULL))
) STRICT;
CREATE UNIQUE INDEX meeting_evidence_unique ON meeting_evidence (source_id, annotation_id, supports, IFNULL(participant_id, 0));
CREATE INDEX meeting_evidence_by_annotation ON meeting_evidence (annotation_id);
CREATE INDEX meeting_evidence_by_participant ON meeting_evidence (participant_id) WHERE participant_id IS NOT NULL;

-- Evidence comes from its source's document, and a participant's from a source of their meeting.
CREATE TRIGGER meeting_evidence_in_source_before_insert BEFORE INSERT ON meeting_evidence
WHEN (SELECT document_id FROM annotations WHERE id = new.annotation_id) IS NOT (SELECT document_id FROM meeting_sources WHERE id = new.source_id)
  OR (new.participant_id IS NOT NULL
    AND (SELECT meeting_id FROM meeting_participants WHERE id = new.participant_id) IS NOT (SELECT meeting_id FROM meeting_sources WHERE id = new.source_id))
BEGIN
  SELECT RAISE(ABORT, 'meeting evidence must come from a source of its meeting');
END;

CREATE TRIGGER meeting_evidence_in_source_before_update BEFORE UPDATE OF source_id, annotation_id, participant_id ON meeting_evidence
WHEN (SELECT document_id FROM annotations WHERE id = new.annotation_id) IS NOT (SELECT document_id FROM meeting_sources WHERE id = new.source_id)
  OR (new.participant_id IS NOT NULL
    AND (SELECT meeting_id FROM meeting_participants WHERE id = new.participant_id) IS NOT (SELECT meeting_id FROM meeting_sources WHERE id = new.source_id))
BEGIN
  SELECT RAISE(ABORT, 'meeting evidence must come from a source of its meeting');
END;

-- Typed links between meetings. Never to itself; at most one link of a kind between two meetings,
-- whichever way it points ("A prepares B" and "B prepares A" cannot both hold). Symmetric kinds are
-- stored with the lower id first, so that they have one form. A link whose evidence passage is
-- purged stays, without evidence.
CREATE TABLE meeting_links (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('same-as', 'prepares', 'follows-up', 'part-of', 'related')),
  from_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  to_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  evidence_annotation_id INTEGER REFERENCES annotations (id) ON DELETE SET NULL,
  created_at TEXT NOT NULL,
  CHECK (from_id <> to_id),
  CHECK (kind NOT IN ('same-as', 'related') OR from_id < to_id)
) STRICT;
CREATE UNIQUE INDEX meeting_links_unique ON meeting_links (kind, min(from_id, to_id), max(from_id, to_id));
CREATE INDEX meeting_links_by_from ON meeting_links (from_id);
CREATE INDEX meeting_links_by_to ON meeting_links (to_id);
CREATE INDEX meeting_links_by_evidence ON meeting_links (evidence_annotation_id) WHERE evidence_annotation_id IS NOT NULL;

-- Merging meetings copies the merged one's rows onto the kept one and soft-deletes the merged one,
-- whose own rows stay as they were; the undo deletes exactly the rows each merge added and puts
-- back the participant details it filled in. Records go with either meeting when it is purged.
CREATE TABLE meeting_merges (
  id INTEGER PRIMARY KEY,
  kept_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  merged_id INTEGER NOT NULL UNIQUE REFERENCES meetings (id) ON DELETE CASCADE,
  merged_at TEXT NOT NULL,
  CHECK (kept_id <> merged_id)
) STRICT;
CREATE INDEX meeting_merges_by_kept ON meeting_merges (kept_id, id);

-- One row a merge added to the kept meeting: exactly one of the references is set. A row removed
-- since takes its record with it.
CREATE TABLE meeting_merge_additions (
  id INTEGER PRIMARY KEY,
  merge_id INTEGER NOT NULL REFERENCES meeting_merges (id) ON DELETE CASCADE,
  participant_id INTEGER REFERENCES meeting_participants (id) ON DELETE CASCADE,
  source_id INTEGER REFERENCES meeting_sources (id) ON DELETE CASCADE,
  evidence_id INTEGER REFERENCES meeting_evidence (id) ON DELETE CASCADE,
  link_id INTEGER REFERENCES meeting_links (id) ON DELETE CASCADE,
  label_id INTEGER REFERENCES labels (id) ON DELETE CASCADE,
  CHECK ((participant_id IS NOT NULL) + (source_id IS NOT NULL) + (evidence_id IS NOT NULL) + (link_id IS NOT NULL) + (label_id IS NOT NULL) = 1)
) STRICT;
CREATE INDEX meeting_merge_additions_by_merge ON meeting_merge_additions (merge_id);
CREATE INDEX meeting_merge_additions_by_participant ON meeting_merge_additions (participant_id) WHERE participant_id IS NOT NULL;
CREATE INDEX meeting_merge_additions_by_source ON meeting_merge_additions (source_id) WHERE source_id IS NOT NULL;
CREATE INDEX meeting_merge_additions_by_evidence ON meeting_merge_additions (evidence_id) WHERE evidence_id IS NOT NULL;
CREATE INDEX meeting_merge_additions_by_link ON meeting_merge_additions (link_id) WHERE link_id IS NOT NULL;
CREATE INDEX meeting_merge_additions_by_label ON meeting_merge_additions (label_id) WHERE label_id IS NOT NULL;

-- A participant both meetings had keeps the kept meeting's side and role; one it lacked is taken
-- from the merged meeting, and what the kept participant had (null) is recorded for the undo.
CREATE TABLE meeting_merge_fills (
  merge_id INTEGER NOT NULL REFERENCES meeting_merges (id) ON DELETE CASCADE,
  participant_id INTEGER NOT NULL REFERENCES meeting_participants (id) ON DELETE CASCADE,
  side TEXT CHECK (side IN ('mx', 'us', 'other')),
  role TEXT CHECK (role IN ('host', 'head-of-delegation', 'participant')),
  PRIMARY KEY (merge_id, participant_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX meeting_merge_fills_by_participant ON meeting_merge_fills (participant_id);

-- Merging officials carries their meeting participation (main/core/officials/merge-parts.ts):
-- participant rows that moved to the kept official; for a meeting both attended, the evidence that
-- moved from the merged official's row to the kept one's, and what the kept row's side and role were
-- when the merge filled them in.
CREATE TABLE official_merge_participants (
  merge_id INTEGER NOT NULL REFERENCES official_merges (id) ON DELETE CASCADE,
  participant_id INTEGER NOT NULL REFERENCES meeting_participants (id) ON DELETE CASCADE,
  PRIMARY KEY (merge_id, participant_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX official_merge_participants_by_participant ON official_merge_participants (participant_id);

CREATE TABLE official_merge_participant_evidence (
  merge_id INTEGER NOT NULL REFERENCES official_merges (id) ON DELETE CASCADE,
  evidence_id INTEGER NOT NULL REFERENCES meeting_evidence (id) ON DELETE CASCADE,
  -- The merged official's participant row the evidence was cited for.
  participant_id INTEGER NOT NULL REFERENCES meeting_participants (id) ON DELETE CASCADE,
  PRIMARY KEY (merge_id, evidence_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX official_merge_participant_evidence_by_evidence ON official_merge_participant_evidence (evidence_id);
CREATE INDEX official_merge_participant_evidence_by_participant ON official_merge_participant_evidence (participant_id);

CREATE TABLE official_merge_participant_fills (
  merge_id INTEGER NOT NULL REFERENCES official_merges (id) ON DELETE CASCADE,
  participant_id INTEGER NOT NULL REFERENCES meeting_participants (id) ON DELETE CASCADE,
  side TEXT CHECK (side IN ('mx', 'us', 'other')),
  role TEXT CHECK (role IN ('host', 'head-of-delegation', 'participant')),
  PRIMARY KEY (merge_id, participant_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX official_merge_participant_fills_by_participant ON official_merge_participant_fills (participant_id);
