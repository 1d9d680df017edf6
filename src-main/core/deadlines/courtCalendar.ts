/**
 * Which days end or extend a period: FRCP 6(a)(1)(C) skips "a Saturday, Sunday, or legal
 * holiday". Legal holidays are the federal ones (6(a)(6)(A)), days the user tells us were
 * declared or the court was closed (6(a)(6)(B), 6(a)(3)), and, only when asked, the state's
 * (6(a)(6)(C)).
 */
import { weekdayNumber } from './isoDate.js';
import { closureName, federalHolidayName } from './federalHolidays.js';
import { stateHolidayOn } from './stateHolidays.js';
import type { Closure, IsoDate, StateCode, StateHoliday } from './types.js';
import { SATURDAY, SUNDAY } from './weekdayRules.js';

export interface ClosedReason {
  weekend: 'Saturday' | 'Sunday' | null;
  federalHoliday: string | null;
  closure: string | null;
  /** Set only when no federal holiday or closure already explains the day. */
  stateHoliday: StateHoliday | null;
}

export interface CourtCalendar {
  /** null when the day counts as an open court day. */
  closedReason(date: IsoDate): ClosedReason | null;
}

export function courtCalendar(closures: Closure[], state: StateCode | null): CourtCalendar {
  const closureByDate = new Map<IsoDate, string>();
  for (const c of closures) if (!closureByDate.has(c.date)) closureByDate.set(c.date, closureName(c));

  return {
    closedReason(date) {
      const weekday = weekdayNumber(date);
      const weekend = weekday === SATURDAY ? 'Saturday' : weekday === SUNDAY ? 'Sunday' : null;
      const federalHoliday = federalHolidayName(date);
      const closure = federalHoliday === null ? (closureByDate.get(date) ?? null) : null;
      const stateHoliday =
        state !== null && weekend === null && federalHoliday === null && closure === null
          ? stateHolidayOn(state, date)
          : null;
      if (weekend === null && federalHoliday === null && closure === null && stateHoliday === null) return null;
      return { weekend, federalHoliday, closure, stateHoliday };
    },
  };
}
