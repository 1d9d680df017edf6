/** Migration 1: the case file's identity and the case caption (one row). */
export const sql = `
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE case_info (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  caption    TEXT NOT NULL,          -- JSON, validated by core/caseInfo/caption.ts on every read and write
  updated_at TEXT NOT NULL
) STRICT;
`;
