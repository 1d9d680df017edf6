/**
 * Migration 3: court orders, the person's changes to what the app found in them,
 * and days the court was closed.
 *
 * Requirements are not stored: they are extracted again from the original text each time, so a
 * better extractor helps old files too. What is stored is what the person said about them.
 */
export const sql = `
CREATE TABLE orders (
  id             INTEGER PRIMARY KEY,
  title          TEXT NOT NULL,
  ecf_number     TEXT NOT NULL,          -- '' when unknown
  signed_date    TEXT NOT NULL,          -- YYYY-MM-DD or ''
  served_date    TEXT NOT NULL,          -- YYYY-MM-DD or ''
  service_method TEXT NOT NULL CHECK (service_method IN ('mail', 'electronic', 'hand', '')),
  original_text  TEXT NOT NULL,
  source_name    TEXT NOT NULL,          -- file name it came from, or 'pasted text'
  source_sha256  TEXT NOT NULL,
  added_at       TEXT NOT NULL
) STRICT;

CREATE TABLE requirement_notes (
  order_id       INTEGER NOT NULL REFERENCES orders (id),
  requirement_id TEXT NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('new', 'confirmed', 'dismissed', 'done')),
  summary        TEXT,                    -- the person's own wording, when they edited it
  due_date       TEXT,                    -- a date the person set by hand, when they did
  updated_at     TEXT NOT NULL,
  PRIMARY KEY (order_id, requirement_id)
) STRICT;

CREATE TABLE added_requirements (
  id         INTEGER PRIMARY KEY,
  order_id   INTEGER NOT NULL REFERENCES orders (id),
  summary    TEXT NOT NULL,
  actor      TEXT NOT NULL,
  due_date   TEXT NOT NULL,               -- YYYY-MM-DD or ''
  status     TEXT NOT NULL CHECK (status IN ('confirmed', 'dismissed', 'done')),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE court_closures (
  date TEXT PRIMARY KEY,                  -- YYYY-MM-DD
  name TEXT NOT NULL
) STRICT;
`;
