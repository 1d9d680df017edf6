/**
 * Migration 7: problems the log check found, kept in the file.
 *
 * A change found by the check must stay found: one new entry after a removed last entry (or a
 * damaged record of the newest change) makes the chain whole again, so the finding itself is
 * written down and shown on every later check and log report until the person says they looked
 * into it. That acknowledgement is kept too, with who, when, why and how long the log was then.
 * Rows are never removed; a row can be acknowledged once and is otherwise never changed.
 */
export const sql = `
CREATE TABLE log_problems (
  id              INTEGER PRIMARY KEY,
  found_at        TEXT NOT NULL,      -- ISO, UTC
  message         TEXT NOT NULL,      -- what the check said
  entry_id        INTEGER,            -- the entry it named, when it named one
  seq             INTEGER,            -- the change number it named, when it named one
  revisions_then  INTEGER NOT NULL,   -- saved versions in the log when it was found
  acknowledged_at TEXT,
  acknowledged_by TEXT,
  ack_reason      TEXT,
  ack_seq         INTEGER,            -- saved versions in the log when it was acknowledged
  ack_head        TEXT                -- the log's fingerprint then, worked out again from the rows
) STRICT;

CREATE TRIGGER log_problems_no_delete BEFORE DELETE ON log_problems
BEGIN SELECT RAISE(ABORT, 'problems found in the log are never deleted'); END;
CREATE TRIGGER log_problems_acknowledge_once BEFORE UPDATE ON log_problems
WHEN OLD.acknowledged_at IS NOT NULL OR NEW.acknowledged_at IS NULL
  OR NEW.found_at IS NOT OLD.found_at OR NEW.message IS NOT OLD.message OR NEW.entry_id IS NOT OLD.entry_id
  OR NEW.seq IS NOT OLD.seq OR NEW.revisions_then IS NOT OLD.revisions_then
BEGIN SELECT RAISE(ABORT, 'a problem found in the log is kept as found and acknowledged once'); END;
`;
