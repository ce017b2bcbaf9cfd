-- Documents: the imported articles. Text is stored normalised (NFC, \n, one blank line between
-- paragraphs); offsets elsewhere are UTF-16 code units into it.
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  uid TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  outlet TEXT,
  author TEXT,
  url TEXT,
  published TEXT,
  published_precision TEXT NOT NULL DEFAULT 'unknown'
    CHECK (published_precision IN ('day', 'month', 'year', 'unknown')),
  language TEXT,
  text TEXT NOT NULL,
  word_count INTEGER NOT NULL CHECK (word_count >= 0),
  content_hash TEXT NOT NULL UNIQUE,
  source_name TEXT,
  source_format TEXT NOT NULL,
  imported_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  trashed_at TEXT
) STRICT;

CREATE INDEX documents_by_title ON documents (title COLLATE NOCASE, id);
CREATE INDEX documents_by_published ON documents (published, id);
CREATE INDEX documents_by_outlet ON documents (outlet COLLATE NOCASE, id);
CREATE INDEX documents_by_imported_at ON documents (imported_at, id);
CREATE INDEX documents_by_words ON documents (word_count, id);
CREATE INDEX documents_trashed ON documents (trashed_at) WHERE trashed_at IS NOT NULL;

-- The original bytes of each imported file, so that cleaning the text never loses anything.
CREATE TABLE document_sources (
  document_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  bytes BLOB NOT NULL
) STRICT;
