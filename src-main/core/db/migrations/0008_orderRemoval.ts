/**
 * Migration 8: a paper added by mistake (a letter pasted as an order) can be removed. Like a
 * voided log entry it stays in the file, marked with when and why, so the case's history is whole.
 * '' when the order was not removed.
 */
export const sql = `
ALTER TABLE orders ADD COLUMN removed_at TEXT NOT NULL DEFAULT '';
ALTER TABLE orders ADD COLUMN removed_reason TEXT NOT NULL DEFAULT '';
`;
