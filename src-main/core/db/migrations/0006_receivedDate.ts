/**
 * Migration 6: the day an order reached the person. Some orders count "within thirty days of
 * receipt of this order"; FRCP 6(d)'s 3 mail days belong to periods that run from service, not
 * from receipt, so receipt is its own date. '' when not entered.
 */
export const sql = `
ALTER TABLE orders ADD COLUMN received_date TEXT NOT NULL DEFAULT '';
`;
