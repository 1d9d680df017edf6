/**
 * Stage "segment", the order's own date: periods "from the date of this order" count from it, so
 * a wrong one moves every such deadline. Read in this order of trust:
 *  1. a date alone on one of the first lines (court websites print the filing date there);
 *  2. "Signed by Judge ... on 7/5/05" / "Ordered by ... on" / "(Filed on 1/11/2008)" in a docket entry;
 *  3. the caption's reading ("Dated:", "IT IS SO ORDERED ... date", "Filed 05/24/21");
 *  4. minutes: the day the hearing was held, which is the day the minute order was made;
 *  5. "(Entered: 07/06/2005)", the day the clerk put it on the docket, often a day or more later.
 * Among 2–5 the earliest wins: counting from a later day could give a date later than the law's.
 */
import { findDateMentions } from './dateRoles.js';
import { findDates } from './numbers.js';
import type { IsoDate } from './types.js';

export type OrderDateSource = 'header' | 'signed' | 'caption' | 'minutes' | 'entered';

export interface FoundOrderDate {
  date: IsoDate;
  source: OrderDateSource;
}

const SIGNED_BY = /\b(?:signed|ordered|entered)\s+by\s+(?:[^.;]|(?<=\b[A-Z])\.){2,90}?\s+on\s*$/i;
/** A docket stamp "(Filed on 1/11/2008)": the day the order was filed, often before "(Entered: 01/14/2008)". */
const FILED_STAMP = /\(\s*filed\s+on\s*$/i;

export function findOrderDate(text: string, captionDate: IsoDate | undefined): FoundOrderDate | undefined {
  const head = text.slice(0, 400).split('\n').slice(0, 8);
  let at = 0;
  for (const line of head) {
    const d = findDates(line)[0];
    if (d !== undefined && line.trim() === line.slice(d.start, d.end).trim() && at < 400) return { date: d.iso, source: 'header' };
    at += line.length + 1;
  }
  const found: FoundOrderDate[] = [];
  for (const d of findDates(text)) {
    const before = text.slice(Math.max(0, d.start - 120), d.start);
    if (SIGNED_BY.test(before) || FILED_STAMP.test(before)) found.push({ date: d.iso, source: 'signed' });
  }
  if (captionDate !== undefined) found.push({ date: captionDate, source: 'caption' });
  const mentions = findDateMentions(text);
  if (/^\W*(?:E[PO]:\s*)?(?:minute\s+entry|minutes|minute\s+order)\b/i.test(text.trimStart())) {
    const held = mentions.find((m) => m.role === 'happened');
    if (held !== undefined) found.push({ date: held.iso, source: 'minutes' });
  }
  for (const m of mentions) if (m.role === 'entered') found.push({ date: m.iso, source: 'entered' });
  found.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const first = found[0];
  if (first === undefined) return undefined;
  // The caption reader also reads "Entered:"; a date that only a docket stamp gives is said to be one.
  const same = found.filter((f) => f.date === first.date);
  if (same.some((f) => f.source === 'entered') && !same.some((f) => f.source === 'signed' || f.source === 'minutes')) return { date: first.date, source: 'entered' };
  return first;
}
