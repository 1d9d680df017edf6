/**
 * Migration 4: every service method of FRCP 5(b)(2). Orders can now say the paper was left with
 * the court clerk (5(b)(2)(D), 'clerk') or sent another way the person agreed to in writing
 * (5(b)(2)(F), 'other'); both earn Rule 6(d)'s 3 days.
 *
 * SQLite cannot change a CHECK constraint in place, so the orders table is rebuilt. The two tables
 * that point at it are rebuilt with it, pointing at the new table, so the foreign keys stay on and
 * are never broken: RENAME then rewrites their references to the final name "orders".
 */
export const sql = `
CREATE TABLE orders_v4 (
  id             INTEGER PRIMARY KEY,
  title          TEXT NOT NULL,
  ecf_number     TEXT NOT NULL,          -- '' when unknown
  signed_date    TEXT NOT NULL,          -- YYYY-MM-DD or ''
  served_date    TEXT NOT NULL,          -- YYYY-MM-DD or ''
  service_method TEXT NOT NULL CHECK (service_method IN ('mail', 'electronic', 'hand', 'clerk', 'other', '')),
  original_text  TEXT NOT NULL,
  source_name    TEXT NOT NULL,          -- file name it came from, or 'pasted text'
  source_sha256  TEXT NOT NULL,
  added_at       TEXT NOT NULL
) STRICT;
INSERT INTO orders_v4 SELECT id, title, ecf_number, signed_date, served_date, service_method, original_text, source_name, source_sha256, added_at FROM orders;

CREATE TABLE requirement_notes_v4 (
  order_id       INTEGER NOT NULL REFERENCES orders_v4 (id),
  requirement_id TEXT NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('new', 'confirmed', 'dismissed', 'done')),
  summary        TEXT,                    -- the person's own wording, when they edited it
  due_date       TEXT,                    -- a date the person set by hand, when they did
  updated_at     TEXT NOT NULL,
  PRIMARY KEY (order_id, requirement_id)
) STRICT;
INSERT INTO requirement_notes_v4 SELECT order_id, requirement_id, status, summary, due_date, updated_at FROM requirement_notes;

CREATE TABLE added_requirements_v4 (
  id         INTEGER PRIMARY KEY,
  order_id   INTEGER NOT NULL REFERENCES orders_v4 (id),
  summary    TEXT NOT NULL,
  actor      TEXT NOT NULL,
  due_date   TEXT NOT NULL,               -- YYYY-MM-DD or ''
  status     TEXT NOT NULL CHECK (status IN ('confirmed', 'dismissed', 'done')),
  created_at TEXT NOT NULL
) STRICT;
INSERT INTO added_requirements_v4 SELECT id, order_id, summary, actor, due_date, status, created_at FROM added_requirements;

DROP TABLE requirement_notes;
DROP TABLE added_requirements;
DROP TABLE orders;
ALTER TABLE orders_v4 RENAME TO orders;
ALTER TABLE requirement_notes_v4 RENAME TO requirement_notes;
ALTER TABLE added_requirements_v4 RENAME TO added_requirements;
`;
