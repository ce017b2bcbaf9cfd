-- Where each extracted value came from, and which values the researcher set by hand (JSON).
ALTER TABLE documents ADD COLUMN metadata_sources TEXT NOT NULL DEFAULT '{}';
ALTER TABLE documents ADD COLUMN hand_set TEXT NOT NULL DEFAULT '[]';

-- The Library pages through live documents by keyset on each sort column; partial indexes keep
-- the Trash out of them, and IFNULL keeps documents without a value in one ordered run.
DROP INDEX documents_by_title;
DROP INDEX documents_by_published;
DROP INDEX documents_by_outlet;
DROP INDEX documents_by_imported_at;
DROP INDEX documents_by_words;
CREATE INDEX documents_live_by_title ON documents (title COLLATE NOCASE, id) WHERE trashed_at IS NULL;
CREATE INDEX documents_live_by_published ON documents (IFNULL(published, ''), id) WHERE trashed_at IS NULL;
CREATE INDEX documents_live_by_outlet ON documents (IFNULL(outlet, '') COLLATE NOCASE, id) WHERE trashed_at IS NULL;
CREATE INDEX documents_live_by_imported_at ON documents (imported_at, id) WHERE trashed_at IS NULL;
CREATE INDEX documents_live_by_words ON documents (word_count, id) WHERE trashed_at IS NULL;
CREATE INDEX documents_live_by_language ON documents (language) WHERE trashed_at IS NULL;

-- The article text moves to a table of its own: a documents row stays a few hundred bytes, so
-- paging, filtering and ranking 100,000 rows never drag 5 KB texts through overflow pages.
CREATE TABLE document_texts (
  document_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
  text TEXT NOT NULL
) STRICT;
INSERT INTO document_texts (document_id, text) SELECT id, text FROM documents;
ALTER TABLE documents DROP COLUMN text;

-- Full-text search over title and text, accent-insensitive ("Barcena" finds "Bárcena"), reading
-- its content through a view of both tables and kept in step with them by triggers. Titles weigh
-- five times the body in the ranking.
CREATE VIEW documents_search_content AS
  SELECT d.id AS id, d.title AS title, t.text AS text FROM documents d JOIN document_texts t ON t.document_id = d.id;
CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, text,
  content = 'documents_search_content', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');
INSERT INTO documents_fts (documents_fts, rank) VALUES ('rank', 'bm25(5.0, 1.0)');

-- A document is indexed once its text is written (after its documents row).
CREATE TRIGGER document_texts_fts_after_insert AFTER INSERT ON document_texts BEGIN
  INSERT INTO documents_fts (rowid, title, text) SELECT new.document_id, title, new.text FROM documents WHERE id = new.document_id;
END;
CREATE TRIGGER document_texts_fts_after_update AFTER UPDATE OF text ON document_texts BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text) SELECT 'delete', old.document_id, title, old.text FROM documents WHERE id = old.document_id;
  INSERT INTO documents_fts (rowid, title, text) SELECT new.document_id, title, new.text FROM documents WHERE id = new.document_id;
END;
CREATE TRIGGER documents_fts_after_title_update AFTER UPDATE OF title ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text) SELECT 'delete', old.id, old.title, text FROM document_texts WHERE document_id = old.id;
  INSERT INTO documents_fts (rowid, title, text) SELECT new.id, new.title, text FROM document_texts WHERE document_id = new.id;
END;
-- Before the delete, while the text (removed by the cascade) is still there to unindex.
CREATE TRIGGER documents_fts_before_delete BEFORE DELETE ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text) SELECT 'delete', old.id, old.title, text FROM document_texts WHERE document_id = old.id;
END;
