/**
 * Migration 2: discovery requests at issue, and the contact log.
 *
 * The log is evidence, so rows in log_revisions are only ever added: an edit is a new revision,
 * a removal is a 'void' revision with a reason. Each revision carries the SHA-256 of its content
 * and a chain hash over the previous revision, so `cli verify` can tell when the file was changed
 * outside the app. The triggers stop accidental changes through SQL; the chain catches the rest.
 */
export const sql = `
CREATE TABLE requests (
  id          INTEGER PRIMARY KEY,
  set_type    TEXT NOT NULL CHECK (set_type IN ('rfp', 'interrogatory', 'rfa', 'deposition', 'other')),
  set_number  INTEGER NOT NULL CHECK (set_number BETWEEN 1 AND 999),
  number      INTEGER NOT NULL CHECK (number BETWEEN 1 AND 9999),
  description TEXT NOT NULL,
  asked       TEXT NOT NULL,          -- what the party asked for
  answer      TEXT NOT NULL,          -- what the other side answered or objected
  position    TEXT NOT NULL,          -- the party's short position, for the joint statement
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  UNIQUE (set_type, set_number, number)
) STRICT;

CREATE TABLE log_entries (
  id         INTEGER PRIMARY KEY,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE log_revisions (
  seq          INTEGER PRIMARY KEY,   -- position in the one chain across the whole log, 1, 2, 3 ...
  entry_id     INTEGER NOT NULL REFERENCES log_entries (id),
  revision     INTEGER NOT NULL,      -- 1 for the first version of an entry
  action       TEXT NOT NULL CHECK (action IN ('create', 'edit', 'void')),
  content      TEXT NOT NULL,         -- canonical JSON of the entry as of this revision
  reason       TEXT NOT NULL,         -- why it was edited or voided; '' when created
  author       TEXT NOT NULL,
  recorded_at  TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  prev_hash    TEXT NOT NULL,
  chain_hash   TEXT NOT NULL,
  UNIQUE (entry_id, revision)
) STRICT;

CREATE INDEX log_revisions_entry ON log_revisions (entry_id, revision);

CREATE TRIGGER log_revisions_no_update BEFORE UPDATE ON log_revisions
BEGIN SELECT RAISE(ABORT, 'log revisions are never changed'); END;
CREATE TRIGGER log_revisions_no_delete BEFORE DELETE ON log_revisions
BEGIN SELECT RAISE(ABORT, 'log revisions are never deleted'); END;
CREATE TRIGGER log_entries_no_delete BEFORE DELETE ON log_entries
BEGIN SELECT RAISE(ABORT, 'log entries are never deleted'); END;
`;
