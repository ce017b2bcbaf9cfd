-- One registry of people, shared by every document. Country is a short code from a fixed list; a
-- Wikidata id is entered by hand (nothing is fetched). A deleted official keeps its row
-- (deleted_at) until the notebook is next opened, so that the session can undo the delete.
CREATE TABLE officials (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  country TEXT CHECK (country IN ('mx', 'us', 'other')),
  affiliation TEXT,
  notes TEXT NOT NULL DEFAULT '',
  wikidata TEXT CHECK (wikidata GLOB 'Q[0-9]*'),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX officials_live_by_name ON officials (name COLLATE NOCASE) WHERE deleted_at IS NULL;

-- Every form a person is written in, the canonical name included; `folded` is the form search and
-- matching use (no accents, lower case), unique per person.
CREATE TABLE official_aliases (
  id INTEGER PRIMARY KEY,
  official_id INTEGER NOT NULL REFERENCES officials (id) ON DELETE CASCADE,
  alias TEXT NOT NULL CHECK (length(trim(alias)) > 0),
  folded TEXT NOT NULL,
  UNIQUE (official_id, folded)
) STRICT;
CREATE INDEX official_aliases_by_folded ON official_aliases (folded);

-- Offices held over time, with dates at the precision known (as documents' published dates).
CREATE TABLE official_offices (
  id INTEGER PRIMARY KEY,
  official_id INTEGER NOT NULL REFERENCES officials (id) ON DELETE CASCADE,
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  start_date TEXT,
  end_date TEXT,
  position INTEGER NOT NULL
) STRICT;
CREATE INDEX official_offices_by_official ON official_offices (official_id, position);

-- A person named in a document at a span: suggested by the matcher, confirmed or rejected by the
-- researcher. A rejected row is kept so that the same suggestion never comes back.
CREATE TABLE mentions (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  official_id INTEGER NOT NULL REFERENCES officials (id) ON DELETE CASCADE,
  document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
  end_offset INTEGER NOT NULL,
  text TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('suggested', 'confirmed', 'rejected')),
  rule TEXT,
  role TEXT CHECK (role IN ('host', 'head-of-delegation', 'participant', 'quoted', 'mentioned')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (end_offset > start_offset),
  UNIQUE (official_id, document_id, start_offset, end_offset)
) STRICT;
CREATE INDEX mentions_by_document ON mentions (document_id, start_offset);
CREATE INDEX mentions_by_state ON mentions (state, official_id);

-- Unknown names the researcher rejected as candidates, by folded name: never proposed again.
CREATE TABLE rejected_candidates (
  folded TEXT PRIMARY KEY,
  rejected_at TEXT NOT NULL
) STRICT;
