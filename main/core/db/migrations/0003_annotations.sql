-- The codebook: labels with a palette colour and at most one level of nesting (enforced by the
-- service). Names are unique among siblings, ignoring case. Deleting a parent lifts its children
-- to the top level.
CREATE TABLE labels (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  color TEXT NOT NULL,
  parent_id INTEGER REFERENCES labels (id) ON DELETE SET NULL,
  description TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (parent_id IS NULL OR parent_id <> id)
) STRICT;
CREATE UNIQUE INDEX labels_unique_name ON labels (IFNULL(parent_id, 0), name COLLATE NOCASE);

-- Annotations on a passage carry W3C TextQuote (exact, prefix, suffix) and TextPosition
-- (start_offset, end_offset: UTF-16 offsets into the stored text) selectors and an anchor state.
-- Whole-document notes have no selectors and no anchor state. A deleted annotation keeps its row
-- (deleted_at) until the notebook is next opened, so that the session can undo the delete.
CREATE TABLE annotations (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  start_offset INTEGER,
  end_offset INTEGER,
  exact TEXT,
  prefix TEXT,
  suffix TEXT,
  anchor_state TEXT CHECK (anchor_state IN ('anchored', 'moved', 'changed', 'orphaned')),
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT,
  CHECK ((start_offset IS NULL) = (exact IS NULL) AND (exact IS NULL) = (anchor_state IS NULL)
    AND (end_offset IS NULL) = (start_offset IS NULL) AND (prefix IS NULL) = (exact IS NULL)
    AND (suffix IS NULL) = (exact IS NULL)),
  CHECK (start_offset IS NULL OR (start_offset >= 0 AND end_offset > start_offset))
) STRICT;
CREATE INDEX annotations_live_by_document ON annotations (document_id, start_offset) WHERE deleted_at IS NULL;
CREATE INDEX annotations_live_by_created ON annotations (created_at, id) WHERE deleted_at IS NULL;

CREATE TABLE annotation_labels (
  annotation_id INTEGER NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,
  label_id INTEGER NOT NULL REFERENCES labels (id) ON DELETE CASCADE,
  PRIMARY KEY (annotation_id, label_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX annotation_labels_by_label ON annotation_labels (label_id, annotation_id);

-- Quotes and notes are searchable like documents, accent-insensitive, kept in step by triggers.
CREATE VIRTUAL TABLE annotations_fts USING fts5(
  exact, note,
  content = 'annotations', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER annotations_fts_after_insert AFTER INSERT ON annotations BEGIN
  INSERT INTO annotations_fts (rowid, exact, note) VALUES (new.id, new.exact, new.note);
END;

-- Re-anchoring after a text edit rewrites thousands of offsets; only a changed quote or note is re-indexed.
CREATE TRIGGER annotations_fts_after_update AFTER UPDATE OF exact, note ON annotations
WHEN old.exact IS NOT new.exact OR old.note IS NOT new.note BEGIN
  INSERT INTO annotations_fts (annotations_fts, rowid, exact, note) VALUES ('delete', old.id, old.exact, old.note);
  INSERT INTO annotations_fts (rowid, exact, note) VALUES (new.id, new.exact, new.note);
END;

CREATE TRIGGER annotations_fts_before_delete BEFORE DELETE ON annotations BEGIN
  INSERT INTO annotations_fts (annotations_fts, rowid, exact, note) VALUES ('delete', old.id, old.exact, old.note);
END;
