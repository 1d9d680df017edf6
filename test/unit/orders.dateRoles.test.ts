/**
 * The "find time expressions" and "assemble" stages on their own: each date's role read from the
 * words around it, and the explainer's answers for dates in warnings, receipt, counts back from a
 * court event, and docket shorthand. Each case names the words it checks.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findDateMentions } from '../../src-main/core/orders/dateRoles.js';
import { explainOrder, findDates } from '../../src-main/core/orders/index.js';
import { findOrderDate } from '../../src-main/core/orders/orderDate.js';

const role = (text: string, iso: string, orderDate?: string) => findDateMentions(text, orderDate).find((m) => m.iso === iso)?.role;

test('roles: due, set for, held on, entered, signed, changed, on or after, excluded span, before the order', () => {
  assert.equal(role('Objections to Presentence Report due by 5/16/2018.', '2018-05-16'), 'deadline');
  assert.equal(role('Sentencing set for 6/6/2018 02:30 PM in Courtroom 3N.', '2018-06-06'), 'appearance');
  assert.equal(role('Initial Appearance as to J. Doe held on 12/8/2014. Bond set.', '2014-12-08'), 'happened');
  assert.equal(role('(jak) (Entered: 08/12/2011)', '2011-08-12'), 'entered');
  assert.equal(role('Signed by Judge Dana M. Sabraw on 12/4/2012.(aef)', '2012-12-04'), 'signed');
  assert.equal(role('The Sentencing set for 5/22/2017 is RESET for 6/26/2017 at 09:00 AM.', '2017-05-22'), 'changed');
  assert.equal(role('The Sentencing set for 5/22/2017 is RESET for 6/26/2017 at 09:00 AM.', '2017-06-26'), 'appearance');
  assert.equal(role('Schedule for Sentence on or after 8/13/2012 Government attorney: D. Gast.', '2012-08-13'), 'bound');
  assert.equal(role('Time excluded from 1/25/2005 to 3/22/2005.', '2005-03-22'), 'span');
  assert.equal(role('On April 25, 2012, the court issued a minute order.', '2012-04-25', '2012-07-03'), 'past');
  assert.equal(role('Final Pretrial Conference has been continued from 12/27/2004 10:00:00 AM to 02/22/2005 10:00:00 AM before DAE', '2004-12-27'), 'changed');
  assert.equal(role('Final Pretrial Conference has been continued from 12/27/2004 10:00:00 AM to 02/22/2005 10:00:00 AM before DAE', '2005-02-22'), 'appearance');
});

test('docket shorthand dates: 8-17-04, 03/8/4, "this 22 day of September, 2010"', () => {
  assert.deepEqual(findDates('JS/JT 8-17-04 @ 9 a.m.').map((d) => d.iso), ['2004-08-17']);
  assert.deepEqual(findDates('Govt ddl 03/8/4, XE').map((d) => d.iso), ['2004-03-08']);
  assert.deepEqual(findDates('IT IS SO ORDERED THIS 22 day of September, 2010.').map((d) => d.iso), ['2010-09-22']);
});

test('a table of dates keeps every row: "Deadline to Amend Pleadings: 05/23/22" (E.D. Cal. CMSO shape)', () => {
  const text = 'JOSHUA CANTU, Plaintiff, v. P. WARD, Defendants.\nDeadline for Exhaustion-Based Motion: 02/23/22\nDeadline to Amend Pleadings: 05/23/22\nDeadline to Complete Discovery: 08/23/22\nDeadline for Dispositive Motion(s): 10/24/22\nCASE MANAGEMENT SCHEDULING ORDER';
  const e = explainOrder(text, { orderDate: '2021-11-23' });
  assert.deepEqual(e.requirements.map((r) => r.deadline?.dueDate).filter(Boolean).sort(), ['2022-02-23', '2022-05-23', '2022-08-23', '2022-10-24']);
});

test('a date in a warning is a deadline, and with the 30 days from mail service it is a conflict whose safe date is the earlier (issue 10.2)', () => {
  const text = [
    'JOHN DOE, Plaintiff, v. R. ROE, Defendants. Case No. 1:22-cv-01234',
    'ORDER',
    "IT IS HEREBY ORDERED that Plaintiff shall file an opposition or a statement of non-opposition to Defendants' motion for summary judgment within thirty (30) days from the date of service of this order. If Plaintiff does not file an opposition or a statement of non-opposition on or before August 14, 2023, this action may be dismissed for failure to prosecute.",
    'Dated: July 13, 2023',
  ].join('\n');
  const e = explainOrder(text, { servedOn: '2023-07-13', serviceMethod: 'mail' });
  const dates = e.requirements.map((r) => r.deadline?.dueDate).filter(Boolean);
  assert.ok(dates.includes('2023-08-14'), 'the order\'s own date');
  assert.ok(dates.includes('2023-08-17'), '30 days after July 13, plus 3 for mail (FRCP 6(d))');
  assert.equal(e.conflicts.length, 1);
  assert.equal(e.conflicts[0].safeDueDate, '2023-08-14');
  const own = e.requirements.find((r) => r.deadline?.dueDate === '2023-08-14')!;
  assert.match(own.summary, /by August 14, 2023\. If not, the case may be dismissed\./);
});

test('"within thirty days of receipt of this order" counts from the day it arrived, with no 3 mail days (issue 10.3, FRCP 6(d))', () => {
  const text = 'JANE DOE, Plaintiff, v. ACME CORP., Defendant. Case No. 3:24-cv-05555\nORDER TO SHOW CAUSE\nPlaintiff shall file a written response to this order within thirty days of receipt of this order.\nDated: March 1, 2024';
  const asked = explainOrder(text, { servedOn: '2024-03-01', serviceMethod: 'mail' }).requirements.find((r) => r.rule?.days === 30)!;
  assert.equal(asked.rule?.trigger, 'other');
  assert.equal(asked.deadline?.dueDate, undefined, 'no date until the person says when it arrived');
  assert.match(asked.deadline?.pending ?? '', /Enter the day it reached you/);
  assert.match(asked.deadline?.pending ?? '', /Monday, April 1, 2024/, 'a safe date to aim for meanwhile');
  const counted = explainOrder(text, { receivedOn: '2024-03-06', serviceMethod: 'mail' }).requirements.find((r) => r.rule?.days === 30)!;
  assert.equal(counted.deadline?.dueDate, '2024-04-05', 'March 6 + 30 days; mail adds nothing to a period from receipt');
});

test('a count back from a court event takes the event\'s date: "not less than seven days prior to sentencing" (W.D. Mo. notice shape)', () => {
  const text = 'NOTICE OF HEARING as to D. B. Sentencing is set for Tuesday, 3/3/2009, at 11:00 AM, in District Courtroom. Motions to continue for reasons other than scheduling conflicts must be filed not less than seven days prior to sentencing. (Entered: 01/20/2009)';
  const e = explainOrder(text, { orderDate: '2009-01-20' });
  const motions = e.requirements.find((r) => r.rule?.days === 7)!;
  assert.equal(motions.rule?.trigger, 'conference');
  assert.equal(motions.rule?.direction, 'before');
  assert.equal(motions.deadline?.dueDate, '2009-02-24', 'March 3 minus 7 days, a Tuesday (FRCP 6(a)(5) counts backward)');
  assert.equal(e.requirements.find((r) => r.kind === 'appearance')?.deadline?.dueDate, '2009-03-03');
});

test('"48 hours prior to hearing date" is counted from the hearing the sentence names (FRCP 6(a)(2))', () => {
  const text = 'Detention Hearing set for 12/11/2014 10:00 AM. Waiver of Preliminary hearing must be filed 48 hours prior to hearing date. Preliminary Hearing set for 12/18/2014 at 9:00 AM. (Entered: 12/09/2014)';
  const waiver = explainOrder(text, { orderDate: '2014-12-08' }).requirements.find((r) => r.rule?.hours === 48)!;
  assert.equal(waiver.deadline?.dueDate, '2014-12-16');
});

test('"five (5) business days before the Conference" counts open court days back from the defined court event', () => {
  const text = 'ORDER. The parties are ordered to appear for a Case Management and Scheduling Conference (the "Conference") on Tuesday, March 24, 2020, at 10:30 a.m. The Plan must be filed with the Court no later than five (5) business days before the Conference.';
  const plan = explainOrder(text, { orderDate: '2020-02-12' }).requirements.find((r) => r.rule?.days === 5)!;
  assert.equal(plan.rule?.dayKind, 'court');
  assert.equal(plan.deadline?.dueDate, '2020-03-17');
});

test('nothing dropped: every date of a docket entry is a card or an "other date" with its reason', () => {
  const text = 'MINUTES: Final Pretrial Conference has been continued from 12/27/2004 10:00:00 AM to 02/22/2005 10:00:00 AM Motions due: 1/31/2005 Reponses due: 2/14/2005 Time excluded from 1/25/2005 to 3/22/2005. (bbb) (Entered: 11/22/2004)';
  const e = explainOrder(text, { orderDate: '2004-11-17' });
  const shown = new Set([...e.requirements.map((r) => r.rule?.fixedDate), ...e.otherDates.map((o) => o.date)]);
  for (const d of findDates(text)) assert.ok(shown.has(d.iso), d.iso);
  assert.deepEqual(e.requirements.map((r) => r.deadline?.dueDate).filter(Boolean).sort(), ['2005-01-31', '2005-02-14', '2005-02-22']);
  assert.ok(e.otherDates.some((o) => o.date === '2004-12-27' && o.reason === 'changed'));
});

test('conflicts only where they are real: the same paper by the same party (N.D. Cal. briefing schedule shape)', () => {
  const text = [
    'JOHN DOE, Plaintiff, v. R. ROE, Defendants. Case No. 3:08-cv-04192',
    'ORDER',
    'Plaintiff shall file a reply to the motion within thirty (30) days of the date of this order. Defendants shall file a reply to the motion within forty-five (45) days of the date of this order.',
    'Dated: May 9, 2008',
  ].join('\n');
  const e = explainOrder(text);
  assert.equal(e.requirements.filter((r) => r.rule !== undefined).length, 2);
  assert.deepEqual(e.conflicts, [], 'the plaintiff\'s reply and the defendants\' reply are two papers');
});

test("the order's own date: a header line, 'Signed by ... on', minutes held on, and never a later docket stamp", () => {
  assert.deepEqual(findOrderDate('Opinion\n09-CV-4504 (RRM) (LB).\nNovember 9, 2009\nORDER\nThe complaint was filed on October 19, 2009.', undefined), { date: '2009-11-09', source: 'header' });
  assert.deepEqual(findOrderDate('ORDER granting 138 Motion for Extension of Time. Signed by Judge Lacy Thornburg on 7/5/05. (Wilson, Sharon) (Entered: 07/06/2005)', undefined), { date: '2005-07-05', source: 'signed' });
  assert.deepEqual(findOrderDate('Minute Entry for proceedings held before Magistrate Judge R. B. Brooks: Initial Appearance held on 12/8/2014. Detention Hearing set for 12/11/2014 10:00 AM. (Entered: 12/09/2014)', undefined), { date: '2014-12-08', source: 'minutes' });
  assert.deepEqual(findOrderDate('EP: MINUTES: Dates given: JS/JT 8-17-04 @ 9 a.m. Motions due 7-14-04 (bbb) (Entered: 06/25/2004)', undefined), { date: '2004-06-25', source: 'entered' });
  const e = explainOrder('ORDER that the government respond within 10 days from this order. (bbb) (Entered: 08/24/2005)');
  const tenDays = e.requirements.find((r) => r.rule?.days === 10)!;
  assert.ok(tenDays.deadline?.steps.some((s) => /the day the clerk entered this on the docket\. If the order was signed earlier, enter that date/.test(s)), 'the card says the date came from the docket stamp');
});

test('the same period said again by the same party is one card; the same period for another party is its own (S.D.N.Y. briefing shape)', () => {
  const title = 'ORDER DIRECTING PETITIONER TO SHOW CAUSE IN WRITING NO LATER THAN TWENTY-ONE (21) DAYS AFTER THE DATE OF SERVICE OF THIS ORDER\nPetitioner is ORDERED to show cause in writing no later than twenty-one (21) days after the date of service of this order why the petition should not be dismissed.';
  const once = explainOrder(title, { orderDate: '2011-05-03' }).requirements.filter((r) => r.rule?.days === 21);
  assert.equal(once.length, 1, 'the title and the ordering sentence are one card');
  const two = 'If the Commissioner wishes to file a motion for judgment on the pleadings, the Commissioner must do so within 60 days of the date on which the e-CAR was filed. The plaintiff must file an answering brief within 60 days of the filing of the Commissioner\'s motion.';
  assert.equal(explainOrder(two, { orderDate: '2022-11-17' }).requirements.filter((r) => r.rule?.days === 60).length, 2);
});

test('"prior to July 25, 2014" ends the day before; asked-for, adjourned and called-off dates are not deadlines', () => {
  const reopen = explainOrder('If Plaintiff does not file a motion to reopen prior to July 25, 2014, Final Judgment shall be entered. Signed by Magistrate Judge L. R. Anderson on 6/17/2014.');
  const due = reopen.requirements.find((r) => r.rule?.fixedDate !== undefined)!;
  assert.equal(due.deadline?.dueDate, '2014-07-24', 'July 25 itself is too late (never later than the order allows)');
  assert.ok(due.deadline?.steps.some((s) => /before Friday, July 25, 2014\. So the last day is the day before/.test(s)));
  assert.equal(role('Both motions request that the court extend the time to file their answers from July 18, 2019 to August 20, 2019.', '2019-08-20', '2019-07-17'), 'asked');
  assert.equal(role('The Pre Motion Conference previously scheduled for September 30, 2015 is hereby adjourned to October 14, 2015 at 1:30 P.M.', '2015-10-14', '2015-09-21'), 'appearance');
  assert.equal(role('The Pre Motion Conference previously scheduled for September 30, 2015 is hereby adjourned to October 14, 2015 at 1:30 P.M.', '2015-09-30', '2015-09-21'), 'changed');
  assert.equal(role('(Attorneys have been notified that the Court is Not hearing motions on 8/30/2019 and to re-notice the motions', '2019-08-30', '2019-08-09'), 'changed');
});

test('"(Filed on 1/11/2008) (Entered: 01/14/2008)": periods count from the filing day, the earlier one (N.D. Cal., Balbo docket)', () => {
  const e = explainOrder("CLERK'S NOTICE re completion of In Forma Pauperis affidavit or payment of filing fee due within 30 days. (sis, COURT STAFF) (Filed on 1/11/2008) (Entered: 01/14/2008)");
  const fee = e.requirements.find((r) => r.rule?.days === 30);
  assert.equal(fee?.deadline?.dueDate, '2008-02-11'); // 30 days from January 11 is Sunday, February 10
  // A motion "filed on" a date inside the order is not the order's own date.
  const recited = explainOrder('ORDER. Plaintiff\'s motion, filed on January 2, 2008, is GRANTED. Plaintiff shall file an amended complaint within 30 days. Signed by Judge A. B. Cee on 1/11/2008. (Entered: 01/14/2008)');
  assert.equal(recited.requirements.find((r) => r.rule?.days === 30)?.deadline?.dueDate, '2008-02-11');
});
