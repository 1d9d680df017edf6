/**
 * The fixed sentences the app shows beside dates and explanations. Plain, short, and
 * scored at grade 8 or below by the tests. They name where help can be found without
 * giving a phone number, street address or web address: those differ from court to court
 * and change, and a wrong one would send a person in trouble the wrong way.
 */

/** The short form, for tight spaces next to a date or an explanation. */
export const NOT_LEGAL_ADVICE_SHORT = 'This is not legal advice.';

/** The full notice. */
export const NOT_LEGAL_ADVICE =
  'This is not legal advice. This app helps you read and track your case, but it is not a lawyer. ' +
  'Check each date and rule for yourself. If you can, ask a lawyer or a legal aid group.';

/** Where to find help, as separate steps (for a list on the Help screen). */
export const SELF_HELP_STEPS: readonly string[] = [
  'Ask the clerk’s office at your court. The staff can explain forms and steps, but they cannot give legal advice.',
  'Look on your court’s web site for a page for people who go to court without a lawyer. It may be called “pro se” or “representing yourself.”',
  'Ask a legal aid group or a law school clinic near you. Some help for free.',
  'If you are in prison, ask at the prison law library.',
];

/** The same help, as one paragraph. */
export const SELF_HELP = SELF_HELP_STEPS.join(' ');
