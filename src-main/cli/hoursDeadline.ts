/** `cli deadline --from YYYY-MM-DDTHH:mm --hours N`: a period stated in hours (FRCP 6(a)(2)). */
import type { CaseFileApi } from '../core/api/createApi.js';
import { formatClockTime, formatLongDate } from '../core/deadlines/index.js';
import { CliFailure, unwrap } from './command.js';
import { closedOption } from './dateOptions.js';

interface HoursOptions {
  from?: string;
  hours?: string;
  'time-zone'?: string;
  closed?: string[];
  json?: boolean;
}

export async function hoursDeadline(api: CaseFileApi, values: HoursOptions): Promise<string> {
  if (values.hours === undefined || !/^\d+$/.test(values.hours)) throw new CliFailure('Please give the number of hours as a whole number, for example: --hours 48');
  // The core never reads the computer's time zone; the command line may, and says which it used.
  const timeZone = values['time-zone'] ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const due = unwrap(
    await api.call('deadlines.computeHours', {
      from: values.from ?? '',
      hours: Number(values.hours),
      timeZone,
      ...(values.closed && { closures: closedOption(values.closed) }),
    }),
  );
  if (values.json) return JSON.stringify(due, null, 2);
  return [`Due: ${formatLongDate(due.dueDate)} at ${formatClockTime(due.dueTime)} (${due.timeZone} time)`, '', ...due.steps.map((s) => `  ${s}`), '', 'This is not legal advice.'].join('\n');
}
