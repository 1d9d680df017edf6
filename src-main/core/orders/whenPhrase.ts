/**
 * "By when" in plain words, for the summaries and the conflict notes: "within 21 days of the
 * order's date", "by March 3, 2025", "at least 7 days before the hearing on April 7, 2025".
 */
import { isoToWords } from './numbers.js';
import { plain } from './plainWords.js';
import { isCourtEvent } from './timePhrase.js';
import type { DeadlineRule } from './types.js';

function days(n: number, kind: DeadlineRule['dayKind']): string {
  const unit = kind === 'court' ? 'court day' : kind === 'calendar' ? 'calendar day' : 'day';
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

function atTime(rule: DeadlineRule): string {
  return rule.time === undefined ? '' : ` at ${rule.time}`;
}

/** "within 21 days of the order's date", "by March 3, 2025", "at least 7 days before the hearing on April 7, 2025". */
export function whenPhrase(rule: DeadlineRule | undefined): string {
  if (rule === undefined) return '';
  if (rule.trigger === 'fixed-date' && rule.fixedDate !== undefined) return `by ${isoToWords(rule.fixedDate)}${atTime(rule)}`;
  const span = rule.days !== undefined ? days(rule.days, rule.dayKind) : rule.months !== undefined ? `${rule.months} month${rule.months === 1 ? '' : 's'}` : '';
  if (span === '') return '';
  if (rule.direction === 'before') {
    const date = rule.triggerDate !== undefined ? ` on ${isoToWords(rule.triggerDate)}${atTime(rule)}` : '';
    const event = isCourtEvent(rule.triggerWords) ? `the ${/\b(trial|conference|argument)\b/i.exec(rule.triggerWords)?.[0]?.toLowerCase() ?? 'hearing'}` : plain(rule.triggerWords).replace(/\s+on\s+.*$/, '');
    return `at least ${span} before ${event}${date}`;
  }
  switch (rule.trigger) {
    case 'order-date':
      return rule.triggerAssumed ? `within ${span} (counted from the order's date)` : `within ${span} of the order's date`;
    case 'service':
      return `within ${span} after the order is served (sent) to you`;
    case 'conference':
      return isCourtEvent(rule.triggerWords) ? `within ${span} after ${plain(rule.triggerWords).replace(/\s+on\s+.*$/, '')}` : `within ${span} after you meet and confer`;
    default:
      return `within ${span} after ${plain(rule.triggerWords).replace(/^the date of /i, '')}`;
  }
}

const WRITTEN_WHEN = /\s+(?:by\s+(?=no\s+later|not\s+later|on\s+or\s+before))?(?:within|no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|by\s+(?=(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b|\d))\b[\s\S]*$/i;

/**
 * A duty in the order's own words, with its written "by when" ("within FOURTEEN (14) DAYS of the
 * date of this Order") taken off the end, so the plain one can take its place.
 */
export function withoutWrittenWhen(predicate: string): string {
  const noAside = withoutAsideWhen(predicate);
  if (noAside !== predicate) return noAside;
  const m = WRITTEN_WHEN.exec(predicate);
  if (m === null) return predicate;
  // A date or a period before it ("due on of before February 17, 2006 and any reply … on or
  // before February 24"): the one found may not be this duty's, so the words stay as written.
  if (EARLIER_WHEN.test(predicate.slice(0, m.index))) return predicate;
  return predicate.slice(0, m.index);
}

// Only a time is set off: "submit, by mail, a copy" keeps its "by mail".
const ASIDE_WHEN =
  /,\s*(?:(?:within|no\s+later\s+than|not\s+later\s+than)\s+(?=[^,]{0,40}\b(?:days?|weeks?|months?|hours?)\b)[^,]{1,40}|(?:no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|by)\s+(?:[a-z]+day,\s+)?(?:[a-z]+\.?\s+\d{1,2},\s+\d{4}|\d[^,]{0,20})),\s*(?=[a-z])/i;

/** "submit, no later than January 25, 2018, a written statement": the time set off by commas comes out, the rest stays. */
export function withoutAsideWhen(text: string): string {
  const aside = ASIDE_WHEN.exec(text);
  return aside === null ? text : `${text.slice(0, aside.index)} ${text.slice(aside.index + aside[0].length)}`;
}

const EARLIER_WHEN = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d\s*\/\s*\d|\bdays?\b|\bweeks?\b|\bmonths?\b/i;

/** Words that already tell a time: a date, a month, a number of days, "within", "by …". */
export function saysWhen(text: string): boolean {
  return EARLIER_WHEN.test(text) || WRITTEN_WHEN.test(text);
}
