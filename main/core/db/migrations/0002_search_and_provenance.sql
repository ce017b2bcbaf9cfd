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

-- Full-text search over title and text, accent-insensitive ("Barcena" finds "Bárcena"), kept in
-- step with documents by triggers. Titles weigh five times the body in the ranking.
CREATE VIRTUAL TABLE documents_fts USING fts5(
  title, text,
  content = 'documents', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');
INSERT INTO documents_fts (documents_fts, rank) VALUES ('rank', 'bm25(5.0, 1.0)');

CREATE TRIGGER documents_fts_after_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER documents_fts_after_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER documents_fts_after_update AFTER UPDATE OF title, text ON documents BEGIN
  INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  INSERT INTO documents_fts (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
