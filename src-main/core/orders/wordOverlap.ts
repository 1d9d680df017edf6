/**
 * What two bits of an order are about, compared by their words: used to tell that a date told twice
 * (the clerk's docket text and the order below it) or replaced (an old schedule and the new one) is
 * for the same thing.
 */

const PLAIN_WORDS = new Set(
  'shall must will this that with from have been date dates days order ordered court plaintiff plaintiffs defendant defendants party parties than later before after within upon which their there these those being further hereby time action case judge magistrate district writing advised directed failure deadline deadlines filed file due monday tuesday wednesday thursday friday saturday sunday'.split(' '),
);

/** The words of a text that say what it is about (four letters or more, not the order's everyday words). */
export function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => !PLAIN_WORDS.has(w)));
}

/** How many of `a`'s words `b` also has. */
export function sharedWords(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared;
}
