/**
 * Step 4: every date that is no one's deadline now gets a line under "Other dates in this order",
 * once per date and reason, with why: signed, entered, already held, changed, a bound, part of a
 * span, before the order, recited, or named without a reason the app could read.
 */
import type { OtherDateReason } from '../dateRoles.js';
import { otherDateWhy } from '../datedPhrases.js';
import type { IsoDate, Quote } from '../types.js';
import { allOf, LIVE, quoteOf, ruleDates, type AssembleContext } from './context.js';

export interface OtherDate {
  date: IsoDate;
  time?: string;
  reason: OtherDateReason;
  /** Why it is not a deadline, in plain words. */
  why: string;
  quote: Quote;
}

export function listOtherDates(ctx: AssembleContext): OtherDate[] {
  const out: OtherDate[] = [];
  const seen = new Set<string>();
  const accounted = new Set<IsoDate>(allOf(ctx).flatMap((r) => ruleDates(r.rule)));
  ctx.mentions.forEach((m, i) => {
    if (ctx.used.has(i)) return;
    if (m.role === 'mentioned' && accounted.has(m.iso)) return;
    const key = `${m.iso}|${m.role}`;
    if (seen.has(key)) return;
    seen.add(key);
    const reason: OtherDateReason = LIVE.has(m.role) ? 'mentioned' : (m.role as OtherDateReason);
    const o: OtherDate = { date: m.iso, reason, why: otherDateWhy(reason, m.event), quote: quoteOf(ctx.cleaned, m.clauseStart, m.clauseEnd) };
    if (m.time !== undefined) o.time = m.time;
    out.push(o);
  });
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
