/**
 * Deadlines under Federal Rule of Civil Procedure 6: the public API of this folder.
 * Nothing here reads the clock, the network or the computer's time zone.
 */
export type {
  Closure,
  ComputeInput,
  CountDirection,
  DeadlineResult,
  DueDate,
  Holiday,
  IsoDate,
  ParsedDate,
  StateCode,
  StateHoliday,
  StateHolidayNote,
} from './types.js';
export { computeDueDate, MAX_PERIOD_DAYS } from './computeDueDate.js';
export { federalHolidays, legalHolidayName } from './federalHolidays.js';
export { stateHolidays } from './stateHolidays.js';
export { CALIFORNIA_DAYS_NOT_COUNTED, type UncountedHoliday } from './californiaHolidays.js';
export { addDays, daysBetween, formatLongDate, formatShortDate, parseIsoDate, weekdayName } from './isoDate.js';
export { SERVICE_BY_MAIL_EXTRA_DAYS, addsThreeDays } from './rule6d.js';
export { SERVICE_METHODS, SERVICE_METHOD_LABELS, isServiceMethod, type ServiceMethod } from './serviceMethods.js';
export { LAST_DAY_MEANING } from './lastDay.js';
export { SERVED_DATE_MEANING } from './servedDate.js';
export { PRISON_MAILBOX_RULE } from './prisonMailbox.js';
export { countCourtDays, type CourtDaysResult } from './courtDays.js';
export { formatClockTime } from './wallClock.js';
export { computeDueTime, MAX_PERIOD_HOURS, type HoursDue, type HoursInput, type HoursResult } from './rule6aHours.js';
export { dateCertainOnClosedDay } from './dateCertain.js';
