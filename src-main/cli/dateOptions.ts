/** Options several commands share for counting days: --service, --state, --closed. */
import { isServiceMethod, SERVICE_METHODS, type ServiceMethod } from '../core/deadlines/index.js';
import { CliFailure } from './command.js';

export const SERVICE_USAGE = `--service ${SERVICE_METHODS.join('|')}`;

export function serviceOption(v: string | undefined): ServiceMethod | undefined {
  if (v === undefined) return undefined;
  if (isServiceMethod(v)) return v;
  throw new CliFailure(`--service must be one of ${SERVICE_METHODS.join(', ')} (not "${v}").`);
}

export function stateOption(v: string | undefined): 'CA' | undefined {
  if (v === undefined) return undefined;
  if (v.toUpperCase() === 'CA') return 'CA';
  throw new CliFailure(`Only --state CA has state holidays in the app so far (not "${v}").`);
}

/** --closed YYYY-MM-DD, as often as needed: days the court was closed (FRCP 6(a)(3)). The API checks each date. */
export function closedOption(v: string[] | undefined): { date: string; name: string }[] {
  return (v ?? []).map((date) => ({ date, name: 'court closed' }));
}
