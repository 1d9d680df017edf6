/**
 * Migration 5: each note the person made on a requirement remembers which words of the order it
 * was about (the quote's offsets in the stored original text). Requirements are read again from
 * the text each time, and a better reader may number them differently; the anchor keeps a
 * "done", an edited wording or a date set by hand on the same passage. Notes made before this
 * version have no anchor and are matched by their id as before.
 */
export const sql = `
ALTER TABLE requirement_notes ADD COLUMN anchor_start INTEGER;
ALTER TABLE requirement_notes ADD COLUMN anchor_end INTEGER;
`;
