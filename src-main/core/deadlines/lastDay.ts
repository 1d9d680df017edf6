/**
 * FRCP 6(a)(4): "Unless a different time is set by a statute, local rule, or court order, the
 * last day ends: (A) for electronic filing, at midnight in the court's time zone; and (B) for
 * filing by other means, when the clerk's office is scheduled to close."
 * Also said here because people filing on paper get it wrong: Rule 5(d)(2) makes filing a
 * delivery to the clerk, so mailing is not filing (except under the prison mailbox rule);
 * and 6(a)(3) extends the last day when the clerk's office is inaccessible.
 */
export const LAST_DAY_MEANING = [
  'The last day ends at a set time (Rule 6(a)(4)).',
  "If you file electronically, you have until midnight in the court's time zone.",
  "If you file on paper, it must reach the clerk's office before it is scheduled to close that day.",
  'A court order or local rule can set a different time.',
  'Mailing is not filing. Unless you are in prison, the court must receive your paper by then.',
  "If the clerk's office cannot be reached on the last day, for example because of bad weather, you get until the next day it is open (Rule 6(a)(3)).",
].join(' ');
