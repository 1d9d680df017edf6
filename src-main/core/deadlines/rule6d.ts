/**
 * FRCP 6(d) (current text, as amended effective December 1, 2016):
 * "When a party may or must act within a specified time after being served and service is
 * made under Rule 5(b)(2)(C) (mail), (D) (leaving with the clerk), or (F) (other means
 * consented to), 3 days are added after the period would otherwise expire under Rule 6(a)."
 *
 * So the order is: count the period under 6(a), including its weekend/holiday move; then add
 * 3 days; then apply the weekend/holiday move again. The "added after the period would
 * otherwise expire" wording dates from the 2005 amendment (then Rule 6(e)), whose Committee
 * Note explains this method; the 2016 amendment kept it and took electronic service out of the
 * rule, so e-service gets no extra days.
 *
 * This file is the only place that decides whether a service method earns the 3 days.
 */
import { addDays } from './isoDate.js';
import type { ServiceMethod } from './serviceMethods.js';
import type { IsoDate } from './types.js';

export const SERVICE_BY_MAIL_EXTRA_DAYS = 3;

/**
 * 6(d): 3 days for 5(b)(2)(C) mail, (D) clerk, (F) other consented means; none for (A)/(B)
 * hand delivery or (E) electronic service. An unknown method gets none: the earlier date is
 * the safe one to aim for.
 */
export const THREE_DAYS_FOR: Record<ServiceMethod, boolean> = {
  mail: true, // 5(b)(2)(C)
  clerk: true, // 5(b)(2)(D)
  other: true, // 5(b)(2)(F)
  hand: false, // 5(b)(2)(A), (B)
  electronic: false, // 5(b)(2)(E); taken out of 6(d) in 2016
};

export function addsThreeDays(method: ServiceMethod | '' | null | undefined): boolean {
  return method !== undefined && method !== null && method !== '' && THREE_DAYS_FOR[method] === true;
}

export function addServiceByMailDays(periodEnd: IsoDate): IsoDate {
  return addDays(periodEnd, SERVICE_BY_MAIL_EXTRA_DAYS);
}
