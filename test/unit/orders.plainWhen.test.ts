/**
 * "By when" in the card's own plain words: the order's "within FOURTEEN (14) DAYS of the date of
 * this Order" becomes "within 14 days of the order's date" at the end of the sentence, and "shall be
 * due on or before" becomes "are due by". Shapes seen in M.D. Ga. (Coast v. Georgia, 2023), D. Minn.
 * (Tawakal Halal v. United States, 2019) and W.D. Wash. (Ticeson v. Lehman, 2006); the texts here are
 * written for the test, not copied.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { explainOrder } from '../../src-main/core/orders/index.js';

const order = (body: string) => `UNITED STATES DISTRICT COURT\nDISTRICT OF MINNESOTA\nJANE DOE, Plaintiff,\nv.\nACME CORP., Defendant.\nORDER\n${body}\nDated: March 1, 2024`;
const summaries = (body: string) => explainOrder(order(body)).requirements.map((r) => r.summary);

test('a duty that is not a paper gets the plain "by when", never the order\'s capitals or a clipped "of the date"', () => {
  const s = summaries('Plaintiff is ORDERED to pay the $405.00 filing fee in full and to provide the Court with a copy of her trust account statement within FOURTEEN (14) DAYS of the date of this Order.');
  const pay = s.find((x) => /pay/.test(x));
  assert.ok(pay !== undefined, JSON.stringify(s));
  assert.match(pay, /within 14 days of the order's date\.$/);
  assert.doesNotMatch(pay, /FOURTEEN|\(14\)|of the date\./);
});

test('"responses shall be due on or before" a date: they "are due by" it', () => {
  const s = summaries("Defendant's responses to Plaintiff's interrogatories shall be due on or before April 15, 2024.");
  assert.ok(s.includes("Defendant's responses to your interrogatories are due by April 15, 2024.") || s.some((x) => /responses to .* are due by April 15, 2024\.$/.test(x)), JSON.stringify(s));
  assert.ok(!s.some((x) => /must be due/.test(x)), JSON.stringify(s));
});

test('two dates in one duty: the words stay as the order wrote them, so neither date is lost', () => {
  const s = summaries("Plaintiff's response to the motion shall be due on or before April 5, 2024 and any reply shall be due on or before April 12, 2024.");
  const joined = s.join(' ');
  assert.match(joined, /April 5, 2024/);
  assert.match(joined, /April 12, 2024/);
});
