/**
 * Shapes met in the blind set H (orders and docket entries no rule here was written from), each
 * read by a general rule: a hearing "Not Held", a clerk's "due after" reminder, a date said before
 * "there shall be a conference", a duty "within that period", "is ORDERED by <date>, to …", a
 * double-spaced copy, and a choice ("pay the fee or apply …") never cut to one half. Shapes seen in
 * Bankr. E.D. Ark. (In re Drace, 2005), Bankr. N.D. Cal. (In re Mitchell, 2018), D.N.J. (Catalyst v.
 * Annora, 2023), S.D. Ga. (United Ass'n v. Mech. Shop, 2023), S.D. Ala. (Wilson v. FCI, 2011) and D.N.D.
 * (Staeck v. Kinney, 2013); the texts here are written for the test, not copied.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { explainOrder } from '../../src-main/core/orders/index.js';

const dated = (text: string, orderDate: string) =>
  explainOrder(text, { orderDate }).requirements.filter((r) => r.deadline?.dueDate !== undefined);
const order = (body: string) => `UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF ALABAMA\nJOHN DOE, Plaintiff,\nv.\nACME CORP., Defendant.\nORDER\n${body}\nDated: March 1, 2024`;

test('"Hearing Scheduled For 4/13/05 Not Held. Continued": no card asks the person to attend it', () => {
  const e = explainOrder('Hearing Scheduled For 4/13/05 Not Held. Continued Prior to the Hearing (RE: related document(s) 16 Objection to Confirmation of Plan Filed by Trustee.) (Entered: 04/22/2005)', { orderDate: '2005-04-12' });
  assert.ok(!e.requirements.some((r) => r.deadline?.dueDate === '2005-04-13'), JSON.stringify(e.requirements.map((r) => r.summary)));
  assert.ok(e.otherDates.some((d) => d.date === '2005-04-13'), 'the date is still listed among the other dates');
});

test('a clerk\'s "Case Management Action due after 4/26/2018" is a bound, not a deadline', () => {
  const e = explainOrder('Order Vacating Order for Final Decree (Related Doc # 118) Case Management Action due after 4/26/2018. (lp) (Entered: 03/27/2018)', { orderDate: '2018-03-27' });
  assert.equal(e.requirements.filter((r) => r.deadline?.dueDate !== undefined).length, 0, JSON.stringify(e.requirements.map((r) => r.summary)));
});

test('"On 5/8/2023 at 10:30 AM there shall be an Initial Scheduling Conference": a court date to attend, not a paper due', () => {
  const d = dated('LETTER ORDER. On 5/8/2023 at 10:30 AM there shall be an Initial Scheduling Conference before Magistrate Judge Jane Roe. Signed by Magistrate Judge Jane Roe on 3/14/2023.', '2023-03-14');
  assert.equal(d.length, 1, JSON.stringify(d.map((r) => r.summary)));
  assert.equal(d[0].kind, 'appearance');
  assert.equal(d[0].deadline?.dueDate, '2023-05-08');
});

test('"further DIRECTED to file their report within that period": the report takes the date of the duty before it', () => {
  const d = dated(order('The parties are DIRECTED to show cause why they failed to file the required report by no later than March 15, 2024. The parties are further DIRECTED to file their out-of-time report within that period.'), '2024-03-01');
  const report = d.find((r) => r.kind === 'file' && /report/i.test(r.summary) && !/cause|why/i.test(r.summary));
  assert.ok(report !== undefined, JSON.stringify(d.map((r) => r.summary)));
  assert.equal(report.deadline?.dueDate, '2024-03-15');
  assert.match(report.summary, /within that period/);
});

test('"Plaintiff is ORDERED by April 1, 2024, to complete and file the form": the plaintiff\'s duty, with that date', () => {
  const d = dated(order('Plaintiff, therefore, is ORDERED by April 1, 2024, to complete and file this Court\'s form for a complaint under 42 U.S.C. § 1983.'), '2024-03-01');
  assert.equal(d.length, 1, JSON.stringify(d.map((r) => [r.actor, r.summary])));
  assert.equal(d[0].actor, 'plaintiff');
  assert.equal(d[0].deadline?.dueDate, '2024-04-01');
  assert.doesNotMatch(d[0].summary, /is ORDERED”|\bunder\s*\./);
});

test('a double-spaced copy ("PRIOR TO THE" + blank line + "CONFERENCE") reads as one sentence', () => {
  const lines = [
    'The court shall hold a scheduling conference on',
    'April 16, 2024 at 10:00 a.m. The conference will be held by telephone.',
    'Counsel shall confer, complete and prepare the form, obtain the',
    'appropriate signatures, and e-mail the proposed plan to the magistrate judge',
    'NO LATER THAN TWO BUSINESS DAYS PRIOR TO THE',
    'CONFERENCE. Any disagreements among counsel shall be addressed at the',
    'conference. Counsel shall discuss the nature and basis of their claims and',
    'defenses and the possibilities for a prompt settlement of the case, and',
    'they shall make or arrange for the disclosures required by the rules.',
  ];
  const e = explainOrder(order(lines.join('\n\n')), { orderDate: '2024-03-01' });
  const plan = e.requirements.find((r) => r.deadline?.dueDate === '2024-04-12');
  assert.ok(plan !== undefined, JSON.stringify(e.requirements.map((r) => [r.summary, r.deadline?.dueDate])));
  assert.doesNotMatch(plan.summary, /before THE\.|before THE$/);
  assert.ok(e.requirements.some((r) => r.kind === 'appearance' && r.deadline?.dueDate === '2024-04-16'));
});

test('a choice is never cut to one half: "either pay the fee … or file the application" keeps its "or"', () => {
  const e = explainOrder(order('Plaintiff must either pay $402.00 in fees - a $350.00 filing fee plus a $52.00 administrative fee - or, to request permission to proceed without prepayment of fees, submit a signed application within thirty days of the date of this order.'), { orderDate: '2024-03-01' });
  for (const r of e.requirements) {
    if (!/\bpay\b/i.test(r.summary)) continue;
    assert.match(r.summary, /\bor\b/, `"${r.summary}" tells the person to pay, without the other choice`);
  }
});

test('"dismissed with or without prejudice" is glossed whole, never "with or (you could file it again later)"', () => {
  const e = explainOrder(order('Plaintiff is warned that the Court will dismiss the action with or without prejudice for want of prosecution if he fails to file a notice of change of address by April 1, 2024.'), { orderDate: '2024-03-01' });
  for (const r of e.requirements) assert.doesNotMatch(r.summary, /with or \(/, r.summary);
});

test('a date an earlier order set, told as history and replaced by a later one for the same thing, is not a deadline (W.D. Okla. shape)', () => {
  const e = explainOrder(order('On February 1, 2024, the Court ordered Plaintiff to pay an initial partial filing fee of $0.48. Plaintiff was advised that if he did not pay the $0.48 initial partial fee, or show good cause in writing for the failure to pay, by March 4, 2024, this action would be subject to dismissal. Plaintiff is directed that he must, no later than March 18, 2024, pay the $0.48 initial partial fee or show, in writing, good cause for the failure to pay.'), { orderDate: '2024-03-01' });
  const d = e.requirements.filter((r) => r.deadline?.dueDate !== undefined).map((r) => r.deadline?.dueDate);
  assert.ok(d.includes('2024-03-18'), JSON.stringify(d));
  assert.ok(!d.includes('2024-03-04'), 'the replaced date is not shown as a deadline');
  assert.ok(e.otherDates.some((o) => o.date === '2024-03-04' && o.reason === 'changed'), 'it is listed as an old date');
});

test('a date told as history stays a deadline when nothing later replaces it', () => {
  const e = explainOrder(order('Plaintiff was advised that he must file his pretrial statement by March 20, 2024. The trial is set for May 6, 2024 at 9:00 a.m.'), { orderDate: '2024-03-01' });
  const d = e.requirements.filter((r) => r.deadline?.dueDate !== undefined).map((r) => r.deadline?.dueDate);
  assert.ok(d.includes('2024-03-20'), JSON.stringify(e.requirements.map((r) => [r.summary, r.deadline?.dueDate])));
});

test('a schedule written date first with its label after a colon: each date is a deadline or a court date, with its own words and party (D.P.R. shape)', () => {
  const e = explainOrder(order('In consultation with the parties, the Court set the following case management deadlines: Friday, April 12, 2024: deadline for Defendants to file a motion for reconsideration; Monday, May 13, 2024: deadline for Plaintiffs motion requesting class certification; Friday, June 7, 2024: HEARING regarding class certification at 4:00 PM in Courtroom 4; and lastly Monday, July 15, 2024: deadline for filing any dispositive motions.'), { orderDate: '2024-03-01' });
  const by = (iso: string) => e.requirements.find((r) => r.deadline?.dueDate === iso);
  assert.equal(by('2024-04-12')?.actor, 'defendant', JSON.stringify(e.requirements.map((r) => [r.actor, r.summary])));
  assert.equal(by('2024-05-13')?.actor, 'plaintiff');
  assert.equal(by('2024-06-07')?.kind, 'appearance');
  assert.match(by('2024-06-07')?.summary ?? '', /the hearing/);
  assert.match(by('2024-07-15')?.summary ?? '', /dispositive motions/);
  for (const r of e.requirements) assert.doesNotMatch(r.summary, /“(?:Monday|Friday|lastly Monday)”/, r.summary);
});

test('"Minutes of Hearing held on: 09/11/2009" is a hearing that happened, not one to attend', () => {
  const e = explainOrder('Minutes of Hearing held on: 09/11/2009 Subject: PRELIMINARY HEARING ON MOTION FOR RELIEF FROM STAY. (Entered: 09/11/2009)', { orderDate: '2009-09-11' });
  assert.equal(e.requirements.filter((r) => r.deadline?.dueDate !== undefined).length, 0, JSON.stringify(e.requirements.map((r) => r.summary)));
});

test('"Counsel shall appear for a scheduling conference … on June 14, 2024 at 02:15 PM" is a court date; "not less than 10 days before the conference a joint plan" counts back from it (S.D. Tex. shape)', () => {
  const e = explainOrder(order('1. Counsel shall appear for an initial pretrial and scheduling conference before United States District Judge Jane Roe\non June 14, 2024 at 02:15 PM\n515 Rusk, Houston, Texas.\n\n2. After the parties confer as required by Fed. R. Civ. P. 26(f), counsel shall prepare and file not less than 10 days before the conference a joint discovery/case management plan containing the information required on the attached form.'), { orderDate: '2024-03-01' });
  const conference = e.requirements.find((r) => r.kind === 'appearance');
  assert.equal(conference?.deadline?.dueDate, '2024-06-14', JSON.stringify(e.requirements.map((r) => [r.kind, r.summary, r.deadline?.dueDate])));
  assert.ok(e.requirements.some((r) => r.deadline?.dueDate === '2024-06-04' && r.kind !== 'appearance'), 'the plan is due 10 days before');
  for (const r of e.requirements) assert.doesNotMatch(JSON.stringify(r.rule ?? {}), /conference a joint/);
});

test('"no later than 7 days before the hearing on June 7, 2021": the hearing gets its own card to attend, besides the paper counted back from it', () => {
  const e = explainOrder(order('Plaintiff shall file his pretrial statement no later than 7 days before the hearing on June 7, 2021.').replace('March 1, 2024', 'May 1, 2021'));
  assert.ok(e.requirements.some((r) => r.kind === 'file' && r.deadline?.dueDate === '2021-05-28'), JSON.stringify(e.requirements.map((r) => [r.kind, r.deadline?.dueDate])));
  assert.ok(e.requirements.some((r) => r.kind === 'appearance' && r.deadline?.dueDate === '2021-06-07'), 'the hearing itself is on the list');
});

test('a docket title\'s "Thirty-Day Deadline" is 30 days from the order, and showing cause why the action should not be dismissed is the plaintiff\'s (E.D. Cal. docket shape)', () => {
  const d = dated('ORDER to SHOW CAUSE Why Action should not be Dismissed for Failure to Prosecute; Thirty-Day Deadline signed by Magistrate Judge Jane Roe on 2/29/2016. (Clerk, S)', '2016-02-29');
  assert.equal(d.length, 1, JSON.stringify(d.map((r) => [r.actor, r.summary])));
  assert.equal(d[0].deadline?.dueDate, '2016-03-30');
  assert.equal(d[0].actor, 'plaintiff');
});

test('"ADJOURNS the conference scheduled for October 15, 2021 sine die": no card asks the person to attend it', () => {
  const e = explainOrder(order('The Court ADJOURNS the conference scheduled for March 15, 2024 sine die. The parties are ORDERED to submit a joint letter on or before April 1, 2024.'), { orderDate: '2024-03-01' });
  assert.ok(!e.requirements.some((r) => r.deadline?.dueDate === '2024-03-15'), JSON.stringify(e.requirements.map((r) => [r.summary, r.deadline?.dueDate])));
  assert.ok(e.requirements.some((r) => r.deadline?.dueDate === '2024-04-01'));
});

test('the clerk\'s docket text and the order below it, naming the same things on the same days, give one card each, quoted twice; two papers in one line stay two', () => {
  const text = [
    'MINUTES of Proceedings. Court set the following case-management deadlines: Answer due 03/15/2024; Amendment to pleadings due no later than 4/19/2024. Declaration due by 5/3/2024, Chapter 13 Plan due 5/3/2024.',
    'Jon Robinson and Richard Ramler present as counsel for plaintiffs. Dale Wills and Jonathan Hoffman present as counsel for defendant. Court Reporter: Amanda LeGore. Judge Anna Brown presiding. See the attached case-management order for the procedures that govern discovery, the exchange of expert reports, and the form of the joint status reports the parties will file during the case.',
    '',
    'CASE-MANAGEMENT ORDER',
    'Case-management dates are set as follows:',
    '• Answer due March 15, 2024;',
    '• Amendment to pleadings due no later than April 19, 2024;',
  ].join('\n');
  const e = explainOrder(text, { orderDate: '2024-03-01' });
  const on = (iso: string) => e.requirements.filter((r) => r.deadline?.dueDate === iso);
  assert.equal(on('2024-03-15').length, 1, JSON.stringify(e.requirements.map((r) => [r.summary, r.deadline?.dueDate])));
  assert.equal(on('2024-04-19').length, 1);
  assert.ok((on('2024-03-15')[0].alsoQuoted ?? []).length >= 1, 'the second telling is quoted on the same card');
  assert.equal(on('2024-05-03').length, 2, 'a declaration and a plan due the same day are two things');
});

test('shapes from the blind set K: "within sixty days of the court\'s order", "Upon the filing of the PAR, … within thirty days", "in no event later than", "sets a 9 a.m. July 15, 2024 status hearing date", and no count back from the order\'s own date', () => {
  const e = explainOrder(order([
    'The court orders respondent to file an answer to the petition within sixty days of the court\'s order.',
    'Upon the filing of the PAR, petitioner may reply within thirty (30) days.',
    'The Court directs the parties to confer and provide their response forthwith, and in no event later than April 3, 2024.',
    'This Court is issuing its customary initial scheduling order that in part sets a 9 a.m. July 15, 2024 status hearing date.',
    'A party seeking to exceed these page limits must apply to the Court no fewer than seven days before the date on which the memorandum is due.',
  ].join('\n')), { orderDate: '2024-03-01' });
  const rows = e.requirements.map((r) => [r.kind, r.rule?.trigger, r.deadline?.dueDate, r.summary]);
  const due = e.requirements.map((r) => r.deadline?.dueDate);
  assert.ok(due.includes('2024-04-30'), `60 days from the order: ${JSON.stringify(rows)}`);
  assert.ok(e.requirements.some((r) => r.rule?.days === 30 && r.rule.trigger === 'filing' && r.deadline?.dueDate === undefined), 'the reply counts from the PAR being filed, which has no date yet');
  assert.ok(due.includes('2024-04-03'), 'in no event later than April 3');
  assert.ok(e.requirements.some((r) => r.kind === 'appearance' && r.deadline?.dueDate === '2024-07-15'), 'the status hearing');
  for (const d of due) if (d !== undefined) assert.ok(d >= '2024-03-01', `nothing is due before the order's own date: ${d}`);
});

test('"RESET MOTIONS HEARING as to … (was set for hearing on 8/29/2014) (Doc. 227, 228) to: September 19, 2014 at 09:00 AM": only the new setting is a court date (E.D. Cal. docket shape)', () => {
  const e = explainOrder("ORDER Granting Plaintiff's Ex Parte Application and RESETTING Hearings on Defendants' MOTIONS. RESET MOTIONS HEARING as to Defendants' Motion to Dismiss (was currently under submission) and Motions to Compel Discovery (was set for hearing on 8/29/2014) (Doc. 227, 228) to: September 19, 2014 at 09:00 AM in Courtroom 8 (BAM) before Magistrate Judge Jane Roe. signed by Magistrate Judge Jane Roe on 8/4/2014. (Clerk, H)", { orderDate: '2014-08-04' });
  const hearings = e.requirements.filter((r) => r.kind === 'appearance').map((r) => r.deadline?.dueDate);
  assert.deepEqual(hearings, ['2014-09-19'], JSON.stringify(e.requirements.map((r) => [r.kind, r.summary, r.deadline?.dueDate])));
});

test('an order granting a motion to modify the scheduling order: the old schedule it recites ("Pursuant to the March 18, 2014, Discovery and Scheduling Order, the deadline to amend is July 15, 2014"; "That order explained …") is not a deadline', () => {
  const e = explainOrder(order("ORDER GRANTING PLAINTIFF'S MOTION TO MODIFY THE DISCOVERY AND SCHEDULING ORDER\nDeadline to Amend: August 29, 2024\nDiscovery Cut-off: September 30, 2024\nPursuant to the March 18, 2024, Discovery and Scheduling Order, the deadline to amend is July 15, 2024, and the discovery cut-off is August 14, 2024. That order explained that the parties may conduct discovery until August 14, 2024."), { orderDate: '2024-07-09' });
  const due = e.requirements.map((r) => r.deadline?.dueDate);
  assert.ok(due.includes('2024-08-29') && due.includes('2024-09-30'), JSON.stringify(e.requirements.map((r) => [r.summary, r.deadline?.dueDate])));
  assert.ok(!due.includes('2024-07-15') && !due.includes('2024-08-14'), 'the old dates are not deadlines');
});

test('"IF PLAINTIFF FAILS TO APPEAR ON JULY 26, 2024" after the conference set that day is the same court date, one card (E.D.N.Y. shape)', () => {
  const e = explainOrder(order('The Court has rescheduled the Initial Conference for:\nDATE: July 26, 2024\nTIME: 4:00 p.m.\nIF PLAINTIFF FAILS TO APPEAR ON JULY 26, 2024 AT 4:00 P.M., THIS CASE MAY BE DISMISSED.'), { orderDate: '2024-07-01' });
  assert.equal(e.requirements.filter((r) => r.kind === 'appearance').length, 1, JSON.stringify(e.requirements.map((r) => [r.kind, r.summary])));
});

test('a docket order in shorthand ("The pltf shall file …", "The dfts shall be permitted to file a reply …") and a schedule "amended as follows: Close of Fact Discovery: February 28, 2018. Reports of Experts : March 14, 2018." (M.D. Pa. docket shape)', () => {
  const e = explainOrder('MEMORANDUM OPINION and ORDER - 1. The pltf shall file a substantive response to the dfts motion for summary judgment on or before Friday, October 27, 2017. The dfts shall be permitted to file a reply brief on or before Friday, November 10, 2017. 2. The case-management Order of February 17, 2017, is hereby amended as follows: Close of Fact Discovery: February 28, 2018. Reports of Experts : March 14, 2018. Consent to Proceed Before United States Magistrate Judge: May 2, 2018. Signed by Magistrate Judge Jane Roe on October 6, 2017. (kjn)', { orderDate: '2017-10-06' });
  const by = (iso: string) => e.requirements.find((r) => r.deadline?.dueDate === iso);
  assert.equal(by('2017-10-27')?.actor, 'plaintiff', JSON.stringify(e.requirements.map((r) => [r.actor, r.summary, r.deadline?.dueDate])));
  assert.equal(by('2017-11-10')?.actor, 'defendant');
  for (const iso of ['2018-02-28', '2018-03-14', '2018-05-02']) assert.ok(by(iso) !== undefined, `the schedule row due ${iso}`);
});

test('periods told as the case\'s history are not new deadlines; the period this order gives is (E.D. Cal. shape)', () => {
  const e = explainOrder(order('Plaintiff\'s complaint was dismissed with leave to amend within 28 days by order filed on December 24, 2023. Plaintiff was granted a 60 day extension. Plaintiff has now filed a second request for an extension of time, this time for an additional 90 days. Plaintiff is granted 45 days from the date of this order in which to file an amended complaint.'), { orderDate: '2024-03-01' });
  const days = e.requirements.filter((r) => r.rule?.days !== undefined).map((r) => r.rule?.days);
  assert.deepEqual(days, [45], JSON.stringify(e.requirements.map((r) => [r.summary, r.rule?.days])));
});

test('"The March 4, 2024, Order to Show Cause … required the parties to file a joint status report no later than fourteen (14) days prior to the scheduling conference": what an earlier order required is not a new deadline', () => {
  const e = explainOrder(order('The March 4, 2024, Order to Show Cause scheduled a status conference in this case on April 22, 2024, and required the parties to file a joint status report no later than fourteen (14) days prior to the scheduling conference. No status report was filed as ordered. Therefore, Plaintiff is Ordered to Show Cause in a writing to be filed no later than April 15, 2024.'), { orderDate: '2024-04-12' });
  const due = e.requirements.map((r) => r.deadline?.dueDate);
  assert.ok(due.includes('2024-04-15'), JSON.stringify(e.requirements.map((r) => [r.summary, r.deadline?.dueDate])));
  assert.ok(!due.includes('2024-04-08'), 'the old 14-days-before date is not a deadline');
});

test('shapes from the blind set N: "but requesting that (1) mediation be continued until …" is asked, not set; "The Court held a conference call … on <the order\'s date>" happened; a due date "this Court granted" before, replaced by a later one, is old', () => {
  const e = explainOrder(order([
    'Petitioner responded, consenting to continuing the hearing, but requesting that: (1) mediation be continued until April 29, 2024; (2) a firm hearing date be set in May.',
    'The Court held a conference call on the record with the parties on March 1, 2024 to discuss a briefing schedule.',
    'By letter order dated February 1, 2024, this Court granted Plaintiff an additional three weeks to file his amended complaint, making his amended complaint due March 22, 2024.',
    'Plaintiff shall file his amended complaint no later than April 12, 2024.',
  ].join(' ')), { orderDate: '2024-03-01' });
  const due = e.requirements.map((r) => r.deadline?.dueDate);
  assert.ok(due.includes('2024-04-12'), JSON.stringify(e.requirements.map((r) => [r.summary, r.deadline?.dueDate])));
  for (const old of ['2024-04-29', '2024-03-01', '2024-03-22']) assert.ok(!due.includes(old), `${old} is not a deadline or a court date`);
});
