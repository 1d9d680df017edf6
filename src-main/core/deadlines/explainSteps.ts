/**
 * The sentences a reader sees next to each date. Short, one idea each, for a reader at about
 * an 8th-grade level who may be under stress; every date written out with its weekday.
 */
import { formatLongDate, formatShortDate } from './isoDate.js';
import type { ClosedDay, Roll } from './rule6a.js';
import { SERVICE_BY_MAIL_EXTRA_DAYS } from './rule6d.js';
import { SERVICE_METHOD_PHRASES, type ServiceMethod } from './serviceMethods.js';
import type { CountDirection, IsoDate } from './types.js';

export const DEFAULT_TRIGGER_LABEL = 'the starting day';

const dayWord = (n: number) => (n === 1 ? 'day' : 'days');

export function triggerStep(from: IsoDate, label: string, days: number): string {
  if (days === 0) return `${formatShortDate(from)} is ${label}.`;
  return `${formatShortDate(from)} is ${label}. We do not count that day.`;
}

export function countStep(days: number, direction: CountDirection, lastDay: IsoDate): string {
  if (days === 0) return `The period is 0 days, so the last day is that same day: ${formatLongDate(lastDay)}.`;
  if (direction === 'before') return `${days} ${dayWord(days)} before that is ${formatLongDate(lastDay)}.`;
  return `${days} ${dayWord(days)} later is ${formatLongDate(lastDay)}.`;
}

export function closedDaySentence({ date, reason }: ClosedDay, stateName: string): string {
  if (reason.weekend !== null) {
    if (reason.federalHoliday !== null) {
      return `${formatShortDate(date)} is a ${reason.weekend} and a legal holiday (${reason.federalHoliday}).`;
    }
    return `${formatShortDate(date)} is a ${reason.weekend}.`;
  }
  if (reason.federalHoliday !== null) return `${formatLongDate(date)} is a legal holiday (${reason.federalHoliday}).`;
  if (reason.closure !== null) return `${formatLongDate(date)} is a holiday or court closure you added (${reason.closure}).`;
  if (reason.stateHoliday !== null) {
    return `${formatLongDate(date)} is a ${stateName} state holiday (${reason.stateHoliday.name}).`;
  }
  return `${formatLongDate(date)} is not a day the court is open.`;
}

/**
 * `ending` says whether this roll fixes the deadline itself or only the end of the Rule 6(a)
 * period that Rule 6(d) then adds to.
 */
export function rollStep(roll: Roll, direction: CountDirection, ending: 'deadline' | 'period', stateName = ''): string {
  const end = formatLongDate(roll.endsOn);
  if (roll.closedDays.length === 0) {
    return ending === 'deadline'
      ? `That day is not a weekend or a legal holiday, so the deadline is ${end}.`
      : `That day is not a weekend or a legal holiday, so the period ends on ${end}.`;
  }
  const why = roll.closedDays.map((d) => closedDaySentence(d, stateName)).join(' ');
  if (direction === 'before') {
    return `${why} When counting back lands on a weekend or legal holiday, the deadline moves back to the nearest earlier day the court is open: ${end}.`;
  }
  const subject = ending === 'deadline' ? 'the deadline moves' : 'the period runs';
  return `${why} When the last day falls on a weekend or legal holiday, ${subject} to the next day the court is open: ${end}.`;
}

export function serviceByMailStep(afterExtraDays: IsoDate, method: ServiceMethod = 'mail'): string {
  return `Service was ${SERVICE_METHOD_PHRASES[method]}, so Rule 6(d) adds ${SERVICE_BY_MAIL_EXTRA_DAYS} days: ${formatLongDate(afterExtraDays)}.`;
}

export const MAIL_DAYS_NOT_FOR_BACKWARD_COUNT =
  'Rule 6(d) adds 3 days only to time counted after service, so it does not apply here.';

export function stateHolidayIntroStep(stateName: string): string {
  return `Rule 6(a)(6)(C) also counts holidays declared by the state where the court sits (${stateName}).`;
}

export function stateHolidayCautionSteps(federalDue: IsoDate): string[] {
  return [
    'Courts do not all agree which state holidays count in federal court.',
    `To be safe, file by the earlier date: ${formatLongDate(federalDue)}.`,
  ];
}
