/**
 * The ways a paper can be served, FRCP 5(b)(2). This is the one list the whole app uses: the
 * case file, the API, the command line and the screens all take their values from here.
 *
 * 5(b)(2)(A) handing it to the person, and (B) leaving it at their office or home  -> 'hand'
 * 5(b)(2)(C) mailing it to their last known address (complete on mailing)        -> 'mail'
 * 5(b)(2)(D) leaving it with the court clerk, if they have no known address        -> 'clerk'
 * 5(b)(2)(E) sending it by electronic means (the court's e-filing system, or email
 *            they agreed to in writing)                                              -> 'electronic'
 * 5(b)(2)(F) any other means they agreed to in writing                              -> 'other'
 *
 * Pure data with no Node imports, so the screens can import it too.
 */
export const SERVICE_METHODS = ['mail', 'electronic', 'hand', 'clerk', 'other'] as const;

export type ServiceMethod = (typeof SERVICE_METHODS)[number];

export function isServiceMethod(v: unknown): v is ServiceMethod {
  return typeof v === 'string' && (SERVICE_METHODS as readonly string[]).includes(v);
}

/** The words a person would use to pick one, in a select or a list. */
export const SERVICE_METHOD_LABELS: Record<ServiceMethod, string> = {
  mail: 'By mail',
  electronic: "By email or the court's e-filing system",
  hand: 'Handed to me, or left at my home or office',
  clerk: 'Left with the court clerk for me',
  other: 'Another way I agreed to in writing',
};

/** The end of "Service was ..." in the explanation steps. */
export const SERVICE_METHOD_PHRASES: Record<ServiceMethod, string> = {
  mail: 'by mail',
  electronic: 'electronic',
  hand: 'by hand',
  clerk: 'by leaving it with the court clerk',
  other: 'by another means you agreed to in writing',
};
