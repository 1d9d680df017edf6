/**
 * FRCP 6(a)(6)(C): holidays declared by the state where the district court sits.
 * Only California is written so far; each state's list lives in its own file with its sources.
 */
import { californiaHolidays } from './californiaHolidays.js';
import type { IsoDate, StateCode, StateHoliday } from './types.js';

export const STATE_NAMES: Record<StateCode, string> = { CA: 'California' };

export function stateHolidays(state: StateCode, year: number): StateHoliday[] {
  switch (state) {
    case 'CA':
      return californiaHolidays(year);
    default:
      return [];
  }
}

export function stateHolidayOn(state: StateCode, date: IsoDate): StateHoliday | null {
  const year = Number(date.slice(0, 4));
  return stateHolidays(state, year).find((h) => h.date === date) ?? null;
}
