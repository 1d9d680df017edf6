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

test('"shall have until March 29, 2024, to file" and "shall have thirty days … to cure": the duty is the verb after "to", with its time', () => {
  const s = summaries('Plaintiff shall have until March 29, 2024, to file his amended complaint. Plaintiff shall have thirty days from the date of this order to cure the deficiencies noted above.');
  assert.ok(s.some((x) => /^You must file .*amended complaint by March 29, 2024\.$/.test(x)), JSON.stringify(s));
  assert.ok(s.some((x) => /^You must cure the deficiencies noted above within 30 days of the order's date\.$/.test(x)), JSON.stringify(s));
  assert.ok(!s.some((x) => /must have/.test(x)), JSON.stringify(s));
});

test('a card whose date was traded for the live one says the live date in its words too', () => {
  const e = explainOrder(order('MEMORANDUM AND ORDER signed by Judge Jane Roe on 3/1/24; granting 18 Motion for Extension of Time to Answer: Defendants have until 3/22/2024 to file their answer to the Complaint.'), { orderDate: '2024-03-01' });
  const answer = e.requirements.find((r) => r.deadline?.dueDate === '2024-03-22');
  assert.ok(answer !== undefined, JSON.stringify(e.requirements.map((r) => [r.summary, r.deadline?.dueDate])));
  assert.doesNotMatch(answer.summary, /March 1, 2024/);
});

test('"Plaintiff must either: (1) …" says to do one of the things the order lists, never "either: (1)"', () => {
  const s = summaries('Plaintiff must either: (1) file a complete application to proceed in forma pauperis; or (2) pay the full $405 filing fee, on or before April 1, 2024.');
  assert.ok(!s.some((x) => /either:\s*\(1\)/.test(x)), JSON.stringify(s));
});

test('two papers named together are both said: "file an amended application and an amended complaint" (E.D. Mo. shape)', () => {
  const s = summaries('Plaintiff has twenty-one (21) days from the date of this Order to file an amended application and an amended complaint in accordance with the specific instructions set forth here.');
  assert.ok(s.some((x) => /amended application and an amended complaint/.test(x) && /21 days/.test(x)), JSON.stringify(s));
});

test('only a time set off by commas comes out of the words: "submit, by mail, a copy" keeps "by mail"', () => {
  const s = summaries('Plaintiff shall submit, by mail, a copy of his trust account statement within 14 days of the date of this order.');
  assert.ok(s.some((x) => /by mail/.test(x)), JSON.stringify(s));
});
