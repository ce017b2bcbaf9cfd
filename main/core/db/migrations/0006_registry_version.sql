-- What the suggestion index (main/core/officials/suggestion-index.ts) keeps between calls is valid
-- only for the registry, the documents and the decisions it last read. These counters, kept by
-- triggers, tell it what changed since, so that no writer, today's or a future one, can forget to.
CREATE TABLE change_counters (
  name TEXT PRIMARY KEY CHECK (name IN ('registry', 'documents', 'decisions')),
  value INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
INSERT INTO change_counters (name, value) VALUES ('registry', 0), ('documents', 0), ('decisions', 0);

-- The registry as the matcher sees it: people's names, whether they are deleted, their aliases
-- (merges and tagging included).
CREATE TRIGGER officials_registry_after_insert AFTER INSERT ON officials BEGIN
  UPDATE change_counters SET value = value + 1 WHERE name = 'registry';
END;

CREATE TRIGGER officials_registry_after_update AFTER UPDATE OF id, name, deleted_at ON officials
WHEN old.id IS NOT new.id OR old.name IS NOT new.name OR old.deleted_at IS NOT new.deleted_at BEGIN
  UPDATE change_counters SET value = value + 1 WHERE name = 'registry';
END;

CREATE TRIGGER officials_registry_after_delete AFTER DELETE ON officials BEGIN
  UPDATE change_counters SET value = value + 1 WHERE name = 'registry';
END;

CREATE TRIGGER official_aliases_registry_after_insert AFTER INSERT ON official_aliases BEGIN
  UPDATE change_counters SET value = value + 1 WHERE name = 'registry';
END;

CREATE TRIGGER official_aliases_registry_after_update AFTER UPDATE ON official_aliases BEGIN
  UPDATE change_counters SET value = value + 1 WHERE name = 'registry';
END;

CREATE TRIGGER official_aliases_registry_after_delete AFTER DELETE ON official_aliases BEGIN
  UPDATE change_counters SET value = value + 1 WHERE name = 'registry';
END;

-- Each document's text row carries the 'documents' count of its last change — imported, text
-- edited, retitled, trashed or restored — so the documents changed since a count are one indexed
-- range. A deleted document leaves no row: the count moves, and the index finds it gone.
ALTER TABLE document_texts ADD COLUMN changed INTEGER NOT NULL DEFAULT 0;
CREATE INDEX document_texts_by_change ON document_texts (changed);

CREATE TRIGGER document_texts_changed_after_insert AFTER INSERT ON document_texts BEGIN
  UPDATE change_counters SET value = value + 1 WHERE name = 'documents';
  UPDATE document_texts SET changed = (SELECT value FROM change_counters WHERE name = 'documents') WHERE document_id = new.document_id;
END;

CREATE TRIGGER document_texts_changed_after_update AFTER UPDATE OF text ON document_texts
WHEN old.text IS NOT new.text BEGIN
  UPDATE change_counters SET value = value + 1 WHERE name = 'documents';
  UPDATE document_texts SET changed = (SELECT value FROM change_counters WHERE name = 'documents') WHERE document_id = new.document_id;
END;

CREATE TRIGGER documents_changed_after_update AFTER UPDATE OF title, trashed_at ON documents
WHEN old.title IS NOT new.title OR old.trashed_at IS NOT new.trashed_at BEGIN
  UPDATE change_counters SET value = value + 1 WHERE name = 'documents';
  UPDATE document_texts SET changed = (SELECT value FROM change_counters WHERE name = 'documents') WHERE document_id = new.id;
END;

CREATE TRIGGER documents_changed_after_delete AFTER DELETE ON documents BEGIN
  UPDATE change_counters SET value = value + 1 WHERE name = 'documents';
END;

-- The researcher's decisions the queue leaves out: mentions confirmed or rejected, names rejected.
CREATE TRIGGER mentions_decisions_after_insert AFTER INSERT ON mentions BEGIN
  UPDATE change_counters SET value = value + 1 WHERE name = 'decisions';
END;

CREATE TRIGGER mentions_decisions_after_update AFTER UPDATE OF official_id, document_id, start_offset, end_offset, state ON mentions BEGIN
  UPDATE change_counters SET value = value + 1 WHERE name = 'decisions';
END;

CREATE TRIGGER mentions_decisions_after_delete AFTER DELETE ON mentions BEGIN
  UPDATE change_counters SET value = value + 1 WHERE name = 'decisions';
END;

CREATE TRIGGER rejected_candidates_decisions_after_insert AFTER INSERT ON rejected_candidates BEGIN
  UPDATE change_counters SET value = value + 1 WHERE name = 'decisions';
END;

CREATE TRIGGER rejected_candidates_decisions_after_update AFTER UPDATE ON rejected_candidates BEGIN
  UPDATE change_counters SET value = value + 1 WHERE name = 'decisions';
END;

CREATE TRIGGER rejected_candidates_decisions_after_delete AFTER DELETE ON rejected_candidates BEGIN
  UPDATE change_counters SET value = value + 1 WHERE name = 'decisions';
END;
