/**
 * The prison mailbox rule: Houston v. Lack, 487 U.S. 266 (1988). A notice of appeal by a
 * prisoner without a lawyer is filed when handed to prison authorities for forwarding to the
 * court; courts have since applied the same reasoning to many other filings, and it is written
 * into Fed. R. App. P. 4(c). It decides WHEN a paper counts as filed. It never moves a deadline,
 * so nothing in this module uses it to change a computed date.
 * It rests on the prisoner's lack of control over the mail, so it does not cover papers a
 * relative or friend mails for them.
 */
export const PRISON_MAILBOX_RULE = [
  'If you are in prison, your paper counts as filed on the day you hand it to prison staff for mailing to the court.',
  'This is the prison mailbox rule (Houston v. Lack, 487 U.S. 266 (1988)).',
  "Use the prison's legal mail system if it has one.",
  'Write down the date you hand it over.',
  'Sign a statement with that date saying the postage was paid (a declaration under 28 U.S.C. § 1746).',
  'The rule does not change your deadline. It only decides which day counts as the day you filed.',
  'It covers papers you hand over yourself. A paper a family member mails for you counts when the court receives it.',
  'Hand your papers over well before the deadline, in case the date is ever questioned.',
].join(' ');
