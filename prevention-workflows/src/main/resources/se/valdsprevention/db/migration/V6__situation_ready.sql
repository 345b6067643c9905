-- A revision of a situation picture that its author marked "klar för teamet" (ready for the team to agree):
-- the picture was complete when it was saved. A later draft save is a new revision without the mark, so the
-- newest revision alone tells whether the picture is ready. Set only in the transaction that adds the row.
ALTER TABLE prevention_situation_picture_revision ADD COLUMN ready_for_team BOOLEAN DEFAULT FALSE NOT NULL;
