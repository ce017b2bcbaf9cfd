-- Cross-document meeting candidates the researcher dismissed ("these two are not one meeting"). The
-- suggestion pass recomputes its candidates on every call, so a dismissal names the candidate, not a
-- row of it: its kind and its two subjects by uid, each a recorded meeting or a document no meeting
-- cites. "Same meeting" has no direction and is stored with the lower uid first, so that it has one
-- form. There is no foreign key, a subject being either kind; the triggers below take a dismissal
-- away with its meeting or document when that row is purged.
CREATE TABLE meeting_suggestion_dismissals (
  kind TEXT NOT NULL CHECK (kind IN ('same-as', 'prepares', 'follows-up')),
  from_uid TEXT NOT NULL,
  to_uid TEXT NOT NULL,
  dismissed_at TEXT NOT NULL,
  CHECK (from_uid <> to_uid),
  CHECK (kind <> 'same-as' OR from_uid < to_uid),
  PRIMARY KEY (from_uid, to_uid, kind)
) STRICT, WITHOUT ROWID;
CREATE INDEX meeting_suggestion_dismissals_by_to ON meeting_suggestion_dismissals (to_uid);

CREATE TRIGGER meetings_suggestion_dismissals_after_delete AFTER DELETE ON meetings BEGIN
  DELETE FROM meeting_suggestion_dismissals WHERE from_uid = old.uid OR to_uid = old.uid;
END;

CREATE TRIGGER documents_suggestion_dismissals_after_delete AFTER DELETE ON documents BEGIN
  DELETE FROM meeting_suggestion_dismissals WHERE from_uid = old.uid OR to_uid = old.uid;
END;
