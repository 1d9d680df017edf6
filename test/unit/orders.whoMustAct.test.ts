/**
 * Who must act, read from how courts word a duty when the sentence's subject is not the one who
 * acts: "the Court will order Petitioner to ...", "If Plaintiff does not ... within 30 days, the
 * Court may dismiss", and a duty told first without its date and then with it. Shapes seen in
 * D.N.M. (Green v. Martinez, 2022), E.D. Cal. (Lloyd v. Commissioner, 2022) and S.D.N.Y.
 * (Smith v. United States, 2022); the texts here are written for the test, not copied.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { explainOrder } from '../../src-main/core/orders/index.js';

const order = (body: string) => `UNITED STATES DISTRICT COURT\nDISTRICT OF NEW MEXICO\nJANE DOE, Petitioner,\nv.\nJOHN ROE, Respondent.\nORDER\n${body}\nDated: March 1, 2024`;

test('"the Court will order Petitioner to show cause within 30 days": the petitioner must act, not the court', () => {
  const e = explainOrder(order('Therefore, the Court will order Petitioner to show cause within thirty (30) days of the date of entry of this Order why this proceeding should not be dismissed.'));
  const dated = e.requirements.filter((r) => r.deadline?.dueDate !== undefined);
  assert.equal(dated.length, 1, JSON.stringify(e.requirements.map((r) => [r.actor, r.summary])));
  assert.equal(dated[0].actor, 'plaintiff');
  assert.equal(dated[0].kind, 'respond');
  assert.equal(dated[0].deadline?.dueDate, '2024-04-01'); // March 31 is a Sunday
  assert.ok(!e.requirements.some((r) => r.actor === 'court' && r.deadline?.dueDate !== undefined), 'no dated card tells the person the court will do it');
});

test('"If Petitioner does not show cause within 30 days, the Court may dismiss": a period inside a failure names who must act', () => {
  const e = explainOrder(order('If Petitioner does not file the certificate within thirty (30) days, the Court may dismiss this case without further notice.'));
  const dated = e.requirements.filter((r) => r.deadline?.dueDate === '2024-04-01');
  assert.equal(dated.length, 1, JSON.stringify(e.requirements.map((r) => [r.actor, r.summary])));
  assert.equal(dated[0].actor, 'plaintiff');
  assert.equal(dated[0].kind, 'file');
  // The order's words carry a "not" the plain summary would drop, so the card leads with the order's words.
  assert.equal(dated[0].unsure, true);
});

test('said after the duty it belongs to, the failure sentence joins that card instead of making a second one', () => {
  const e = explainOrder(order('Petitioner is ordered to show cause within thirty (30) days of the date of this Order why this case should not be dismissed. If Petitioner does not show cause within thirty (30) days, the Court may dismiss this case without further notice.'));
  const dated = e.requirements.filter((r) => r.deadline?.dueDate !== undefined);
  assert.equal(dated.length, 1, JSON.stringify(dated.map((r) => [r.actor, r.summary])));
  assert.equal(dated[0].actor, 'plaintiff');
  assert.ok((dated[0].alsoQuoted ?? []).some((q) => /does not show cause/.test(q.text)));
});

test('a duty told first without a date, then with one, is one card with the date, quoting both', () => {
  const e = explainOrder(order('Accordingly, the Court will order Petitioner to show cause why this case should not be dismissed for failure to prosecute. Petitioner is ordered to show cause within 14 days why this case should not be dismissed for failure to prosecute.'));
  const cause = e.requirements.filter((r) => r.kind === 'respond');
  assert.equal(cause.length, 1, JSON.stringify(cause.map((r) => [r.actor, r.summary])));
  assert.equal(cause[0].actor, 'plaintiff');
  assert.equal(cause[0].deadline?.dueDate, '2024-03-15');
  const quoted = [cause[0].quote, ...(cause[0].alsoQuoted ?? [])].map((q) => q.text).join(' ');
  assert.match(quoted, /will order Petitioner/);
  assert.match(quoted, /within 14 days/);
});

test('a paper one side must file, and later "the letter shall be filed by" a date: one card for that side, with the date', () => {
  const e = explainOrder(order('Petitioner shall file a letter stating whether he still wishes to pursue this case. The Court has reviewed the docket and notes that no filings were made since January. Respondent has not yet appeared. The letter shall be filed by April 12, 2024.'));
  const letters = e.requirements.filter((r) => r.act === 'file:letter');
  assert.equal(letters.length, 1, JSON.stringify(letters.map((r) => [r.actor, r.summary])));
  assert.equal(letters[0].actor, 'plaintiff');
  assert.equal(letters[0].deadline?.dueDate, '2024-04-12');
  assert.match(letters[0].quote.text, /by April 12, 2024/);
  assert.ok((letters[0].alsoQuoted ?? []).some((q) => /Petitioner shall file a letter/.test(q.text)));
});

test('"all attorneys who have been admitted to this Court shall file" is not a task for the court (S.D.N.Y., In re Terrorist Attacks, 2004)', () => {
  const e = explainOrder(order('All attorneys who have been admitted to this Court shall complete and file a registration form by 3/5/2024.'));
  const dated = e.requirements.filter((r) => r.deadline?.dueDate === '2024-03-05');
  assert.equal(dated.length, 1, JSON.stringify(e.requirements.map((r) => [r.actor, r.summary])));
  assert.notEqual(dated[0].actor, 'court');
});

test('"If plaintiff wishes to go on, a motion must be filed within 14 days": the paper is the plaintiff\'s (E.D. Cal., Lloyd v. Commissioner, 2022)', () => {
  const e = explainOrder(order('If Petitioner wishes to prosecute this case, a motion for summary judgment must also be filed within 14 days.'));
  const motion = e.requirements.find((r) => r.deadline?.dueDate === '2024-03-15');
  assert.equal(motion?.actor, 'plaintiff', JSON.stringify(e.requirements.map((r) => [r.actor, r.summary])));
  assert.match(motion.summary, /motion for summary judgment/);
});

test('"Dispositive motions shall be filed by" a date: a last day for either side, not a duty to file one', () => {
  const e = explainOrder(order('The parties shall complete discovery by June 3, 2024. Dispositive motions shall be filed by the parties no later than August 2, 2024.'));
  const motions = e.requirements.find((r) => r.deadline?.dueDate === '2024-08-02');
  assert.equal(motions?.actor, 'all-parties', JSON.stringify(e.requirements.map((r) => [r.actor, r.summary])));
  assert.match(motions.summary, /^If you or the other side want to file dispositive motions, file them/i);
});

test('docket lines that name no one: an answer is the defendant\'s, the filing fee and service the plaintiff\'s; an answer to a counterclaim is not the defendant\'s (E.D. Tex., C.D. Cal., M.D. La. dockets)', () => {
  const dueOn = (text: string, iso: string) => explainOrder(text).requirements.find((r) => r.deadline?.dueDate === iso);
  assert.equal(dueOn('Return of Service Executed as to Acme Widgets Inc on 7/31/2024, answer due: 8/20/2024. (abc) (Entered: 08/09/2024)', '2024-08-20')?.actor, 'defendant');
  assert.equal(dueOn('NOTICE of Deficiency. Filing Fee due by 8/28/2024. (abc) (Entered: 08/07/2024)', '2024-08-28')?.actor, 'plaintiff');
  assert.equal(dueOn('ORDER granting motion to reset service deadline. Service deadline reset to 9/12/2024. (abc) (Entered: 08/07/2024)', '2024-09-12')?.actor, 'plaintiff');
  const counterclaim = dueOn('ANSWER to Complaint with Counterclaim by Acme Widgets Inc. Answer to counterclaim due by 9/3/2024. (abc) (Entered: 08/13/2024)', '2024-09-03');
  assert.ok(counterclaim !== undefined && counterclaim.actor !== 'defendant', JSON.stringify(counterclaim));
});

test('a party called by the name in the caption is that party; a case title or a misread caption names no one (D. Nev., Festa v. NDOC, 2022)', () => {
  const caption = 'UNITED STATES DISTRICT COURT\nDISTRICT OF NEVADA\nANTHONY FESTA,\nPlaintiff,\nv.\nNDOC, et al.,\nDefendants.\nCase No. 2:17-cv-00850\nORDER\n';
  const e = explainOrder(`${caption}Festa must file a response to this order within 14 days. NDOC shall file its reply within 7 days after that.\nDated: March 1, 2024`);
  const [response, reply] = [...e.requirements].sort((a, b) => a.quote.start - b.quote.start);
  assert.equal(response.actor, 'plaintiff');
  assert.equal(response.deadline?.dueDate, '2024-03-15');
  assert.equal(reply.actor, 'defendant');
  // "Festa v. NDOC" in a docket line names both sides: no one is told to act by it.
  const docket = explainOrder('Festa v. NDOC et al Filing 12 SCHEDULING ORDER: Motion to Amend Pleadings due by 4/5/2024. (abc) (Entered: 03/01/2024)');
  assert.equal(docket.requirements.find((r) => r.deadline?.dueDate === '2024-04-05')?.actor, 'all-parties');
});

test('"Petitioner is thus ORDERED to either pay … or provide the Court with …": the petitioner must act, not the court (M.D. Ga. shape)', () => {
  const e = explainOrder(order("Petitioner is thus ORDERED to either pay the Court's $5.00 filing fee in full or provide the Court with this information within FOURTEEN (14) DAYS of the date of this Order."));
  const dated = e.requirements.filter((r) => r.deadline?.dueDate !== undefined);
  assert.equal(dated.length, 1, JSON.stringify(e.requirements.map((r) => [r.actor, r.summary])));
  assert.equal(dated[0].actor, 'plaintiff');
  assert.equal(dated[0].deadline?.dueDate, '2024-03-15');
  assert.doesNotMatch(dated[0].summary, /court must/i);
  assert.match(dated[0].summary, /pay/);
});

test('a party\'s short name the order defines ("Delroy") names that party; "orders Plaintiff Delroy Pengelly to submit" is the plaintiff\'s duty (D. Haw. shape)', () => {
  const e = explainOrder(order('The court orders Plaintiff Delroy Pengelly ("Delroy") to submit, no later than March 25, 2024, a written statement explaining why the court should not dismiss his claims. In lieu of a written statement, Delroy may also submit, no later than March 25, 2024, an amended complaint.'));
  const dated = e.requirements.filter((r) => r.deadline?.dueDate === '2024-03-25');
  assert.ok(dated.length >= 2, JSON.stringify(e.requirements.map((r) => [r.actor, r.summary])));
  for (const r of dated) assert.equal(r.actor, 'plaintiff', r.summary);
  assert.ok(dated.some((r) => /statement/.test(r.summary) && /by March 25, 2024/.test(r.summary)), JSON.stringify(dated.map((r) => r.summary)));
});

test('"w/i 20 days … guardian ad litem advise this Court whether …": the court is told, so no card says the court must act (W.D.N.C. docket shape)', () => {
  const e = explainOrder('ORDER that w/i 20 days from entry of this Order guardian ad litem advise this Court whether his petition to amend is now moot. Signed by Judge Jane Roe on 7/26/05. (Entered: 07/27/2005)', { orderDate: '2005-07-26' });
  const dated = e.requirements.filter((r) => r.deadline?.dueDate !== undefined);
  assert.ok(dated.length >= 1, JSON.stringify(e.requirements.map((r) => [r.actor, r.summary])));
  for (const r of dated) assert.notEqual(r.actor, 'court', r.summary);
});

test('a scheduling order\'s passive steps that name no one ("Fact discovery shall be completed by …") are both sides\'; a motions deadline is not given to anyone (D. Del. shape)', () => {
  const e = explainOrder(order('Fact discovery shall be completed by June 3, 2024. Opening expert reports shall be served by July 1, 2024. Motions to compel shall be filed by May 1, 2024.'));
  const by = (iso: string) => e.requirements.find((r) => r.deadline?.dueDate === iso);
  assert.equal(by('2024-06-03')?.actor, 'all-parties', JSON.stringify(e.requirements.map((r) => [r.actor, r.summary])));
  assert.equal(by('2024-07-01')?.actor, 'all-parties');
  assert.notEqual(by('2024-05-01')?.actor, 'court');
});
