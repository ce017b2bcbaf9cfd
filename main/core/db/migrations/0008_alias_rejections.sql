-- Handles the researcher refused as aliases of a person ("@m_ebrard is not Marcelo Ebrard"), by
-- folded form: that proposal never comes back for that person, whichever document brings it.
CREATE TABLE alias_rejections (
  official_id INTEGER NOT NULL REFERENCES officials (id) ON DELETE CASCADE,
  folded TEXT NOT NULL CHECK (length(folded) > 0),
  rejected_at TEXT NOT NULL,
  PRIMARY KEY (official_id, folded)
) STRICT, WITHOUT ROWID;

-- A rejection, made or undone, changes what the suggestion queue shows, as other decisions do.
CREATE TRIGGER alias_rejections_decisions_after_insert AFTER INSERT ON alias_rejections BEGIN
  UPDATE change_counters SET value = value + 1 WHERE name = 'decisions';
END;

CREATE TRIGGER alias_rejections_decisions_after_update AFTER UPDATE ON alias_rejections BEGIN
  UPDATE change_counters SET value = value + 1 WHERE name = 'decisions';
END;

CREATE TRIGGER alias_rejections_decisions_after_delete AFTER DELETE ON alias_rejections BEGIN
  UPDATE change_counters SET value = value + 1 WHERE name = 'decisions';
END;
