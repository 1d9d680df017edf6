/**
 * What "the date you were served" means, said the same way on every screen and in the command
 * line's help.
 *
 * Service is complete when the paper is mailed (FRCP 5(b)(2)(C)), sent electronically (5(b)(2)(E)),
 * handed over (5(b)(2)(A)) or left with the clerk (5(b)(2)(D)), so the date is the one on the proof
 * of service (or the postmark), not the day it arrived. The day it arrived is never earlier than the
 * mailing day, so counting from it can give a date LATER than the law's: we do not suggest it.
 * When the person does not know the mailing day, the safe choice is to leave the field empty: the
 * app then counts from the order's own date, which no mailing can come before.
 *
 * Pure data with no Node imports, so the screens can import it too.
 */
export const SERVED_DATE_MEANING =
  "Enter the day it was mailed, sent or handed to you. The proof of service or the postmark shows it. Do not use the day it arrived: that can make your dates too late. If you do not know, leave this empty. The app then counts from the order's date, which is earlier and safe.";
