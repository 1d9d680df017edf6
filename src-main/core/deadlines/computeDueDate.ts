/**
 * The deadline for one period: Rule 6(a) counting, Rule 6(d) mail days, and the Rule 6(a)(6)(C)
 * state-holiday note, with the steps that explain each move.
 *
 * The date we give (dueDate) counts federal legal holidays and the user's closures only. State
 * holidays are reported separately (stateHolidayLater) because whether a federal court honours
 * a given state holiday is unsettled, and the earlier date is always the safe one to aim for.
 */
import { closureName } from './federalHolidays.js';
import { courtCalendar, type CourtCalendar } from './courtCalendar.js';
import {
  DEFAULT_TRIGGER_LABEL,
  MAIL_DAYS_NOT_FOR_BACKWARD_COUNT,
  countStep,
  rollStep,
  serviceByMailStep,
  stateHolidayCautionSteps,
  stateHolidayIntroStep,
  triggerStep,
} from './explainSteps.js';
import { parseIsoDate } from './isoDate.js';
import { lastDayOfPeriod, rollToOpenDay, type ClosedDay } from './rule6a.js';
import { addServiceByMailDays, addsThreeDays } from './rule6d.js';
import { isServiceMethod, type ServiceMethod } from './serviceMethods.js';
import { STATE_NAMES } from './stateHolidays.js';
import type {
  Closure,
  ComputeInput,
  CountDirection,
  DeadlineResult,
  DueDate,
  IsoDate,
  StateCode,
  StateHolidayNote,
} from './types.js';

// Ten years: longer than any period in the rules, short enough to catch a typo like 300000.
export const MAX_PERIOD_DAYS = 3650;

interface CleanInput {
  from: IsoDate;
  days: number;
  direction: CountDirection;
  /** The method that earns Rule 6(d)'s 3 days, or null when none does. */
  threeDaysFor: ServiceMethod | null;
  state: StateCode | null;
  closures: Closure[];
  label: string;
}

type Checked = { ok: true; value: CleanInput } | Extract<DeadlineResult, { ok: false }>;

function check(input: ComputeInput): Checked {
  const from = parseIsoDate(input?.from);
  if (!from.ok) return from;
  const days = input?.days;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 0 || days > MAX_PERIOD_DAYS) {
    return {
      ok: false,
      error: { code: 'bad-days', message: `The number of days must be a whole number from 0 to ${MAX_PERIOD_DAYS}.` },
    };
  }
  const closures: Closure[] = [];
  for (const closure of Array.isArray(input.closures) ? input.closures : []) {
    const date = parseIsoDate(closure?.date);
    if (!date.ok) {
      const name = closureName(closure ?? { date: '', name: '' });
      const message = `The closure "${name}" has a date we cannot use. ${date.error.message}`;
      return { ok: false, error: { code: 'bad-date', message } };
    }
    closures.push({ date: date.value, name: closureName(closure) });
  }
  const label =
    typeof input.fromLabel === 'string' && input.fromLabel.trim() !== '' ? input.fromLabel.trim() : DEFAULT_TRIGGER_LABEL;
  return {
    ok: true,
    value: {
      from: from.value,
      days,
      // The API boundary validates the enum; anything unexpected counts forward, the usual case.
      direction: input.direction === 'before' ? 'before' : 'after',
      threeDaysFor: threeDaysFor(input),
      state: input.state === 'CA' ? 'CA' : null,
      closures,
      label,
    },
  };
}

function threeDaysFor(input: ComputeInput): ServiceMethod | null {
  const method = isServiceMethod(input.serviceMethod) ? input.serviceMethod : null;
  if (addsThreeDays(method)) return method;
  return input.serviceByMail === true ? 'mail' : null;
}

interface Counted {
  dueDate: IsoDate;
  steps: string[];
  closedDays: ClosedDay[];
}

function count(input: CleanInput, calendar: CourtCalendar, stateName: string): Counted {
  const { from, days, direction, label } = input;
  const steps = [triggerStep(from, label, days)];
  const lastDay = lastDayOfPeriod(from, days, direction);
  steps.push(countStep(days, direction, lastDay));
  const periodRoll = rollToOpenDay(lastDay, direction, calendar);

  if (input.threeDaysFor !== null && direction === 'after') {
    steps.push(rollStep(periodRoll, direction, 'period', stateName));
    const withMailDays = addServiceByMailDays(periodRoll.endsOn);
    steps.push(serviceByMailStep(withMailDays, input.threeDaysFor));
    const finalRoll = rollToOpenDay(withMailDays, direction, calendar);
    steps.push(rollStep(finalRoll, direction, 'deadline', stateName));
    return { dueDate: finalRoll.endsOn, steps, closedDays: [...periodRoll.closedDays, ...finalRoll.closedDays] };
  }
  if (input.threeDaysFor !== null) steps.push(MAIL_DAYS_NOT_FOR_BACKWARD_COUNT);
  steps.push(rollStep(periodRoll, direction, 'deadline', stateName));
  return { dueDate: periodRoll.endsOn, steps, closedDays: periodRoll.closedDays };
}

/**
 * 6(a)(6)(C) reaches only "periods that are measured after an event", and state holidays can
 * only push such a date later, so there is nothing to report for a backward count.
 */
function stateHolidayNote(input: CleanInput, federal: Counted): StateHolidayNote | undefined {
  if (input.state === null || input.direction !== 'after') return undefined;
  const stateName = STATE_NAMES[input.state];
  const withState = count(input, courtCalendar(input.closures, input.state), stateName);
  if (withState.dueDate <= federal.dueDate) return undefined;

  const holidays = withState.closedDays.flatMap((d) => (d.reason.stateHoliday ? [d.reason.stateHoliday] : []));
  const unique = <T>(items: T[]) => [...new Set(items)];
  const federalSteps = new Set(federal.steps);
  return {
    dueDate: withState.dueDate,
    holiday: unique(holidays.map((h) => h.name)).join(' and '),
    source: unique(holidays.map((h) => h.source)).join('; '),
    steps: [
      stateHolidayIntroStep(stateName),
      ...withState.steps.filter((s) => !federalSteps.has(s)),
      ...stateHolidayCautionSteps(federal.dueDate),
    ],
  };
}

export function computeDueDate(input: ComputeInput): DeadlineResult {
  const checked = check(input);
  if (!checked.ok) return checked;
  const clean = checked.value;
  const federal = count(clean, courtCalendar(clean.closures, null), '');
  const note = stateHolidayNote(clean, federal);
  const value: DueDate = { dueDate: federal.dueDate, steps: federal.steps };
  if (note !== undefined) value.stateHolidayLater = note;
  return { ok: true, value };
}
