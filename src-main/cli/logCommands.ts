import { parseArgs } from 'node:util';
import type { EntryInput, LogEntryView, Outcome, RequestOutcome, RequestView } from '../core/api/contract.js';
import type { CaseFileApi } from '../core/api/createApi.js';
import { ENTRY_KINDS, OUTCOMES } from '../core/contacts/entryContent.js';
import { parseRequestKey, SET_TYPES } from '../core/contacts/requests.js';
import { CliFailure, unwrap, type CliCommand } from './command.js';

/** Contact log commands: requests add/list, log add/list/void, verify. */

/** Commands that only read open the file so that it is not changed at all (readOnly). */
async function openCase(api: CaseFileApi, file: string | undefined, what: string, readOnly = false): Promise<void> {
  if (!file) throw new CliFailure(`Please name the case file, for example: cli ${what} my-case.casefile`);
  unwrap(await api.call('case.open', { path: file, readOnly }));
}

const whole = (value: string | undefined, option: string): number | undefined => {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) throw new CliFailure(`--${option} must be a whole number, like 3 (you gave "${value}").`);
  return Number(value);
};

/** "RFP-1-3=still-disputed" or "RFP-1-3=agreed-to-supplement:2021-06-20" -> a request outcome. */
function parseRequestOption(text: string, requests: RequestView[]): RequestOutcome {
  const m = /^([^=]+)=([a-z-]+)(?:[:@](\d{4}-\d{2}-\d{2}))?$/.exec(text.trim());
  if (!m) throw new CliFailure(`--request "${text}" is not in the form KEY=OUTCOME, like RFP-1-3=still-disputed or RFP-1-3=agreed-to-supplement:2021-06-20.`);
  const key = parseRequestKey(m[1]);
  const request = key && requests.find((r) => r.setType === key.setType && r.setNumber === key.setNumber && r.number === key.number);
  if (!request) {
    const known = requests.map((r) => r.key).join(', ') || 'none yet';
    throw new CliFailure(`There is no request "${m[1]}" in this case file (listed: ${known}). Add it first with: cli requests add FILE --set-type rfp --set 1 --number 3 --description "..."`);
  }
  if (!(OUTCOMES as readonly string[]).includes(m[2])) throw new CliFailure(`"${m[2]}" is not an outcome. Use one of: ${OUTCOMES.join(', ')}.`);
  return { requestId: request.id, outcome: m[2] as Outcome, ...(m[3] && { byDate: m[3] }) };
}

const describeEntry = (e: LogEntryView): string => {
  const c = e.content;
  const parts = [`${String(e.id).padStart(4)}  ${c.at.replace('T', ' ')} ${c.timeZone}  ${c.kind}${c.minutes !== null ? `, ${c.minutes} min` : ''}`];
  if (e.isVoid) parts.push(`REMOVED (${e.voidReason})`);
  if (e.revisionCount > 1) parts.push(`${e.revisionCount} versions`);
  for (const o of e.outcomes) parts.push(`${o.key}: ${o.outcome}${o.byDate ? ` by ${o.byDate}` : ''}`);
  if (c.notes) parts.push(c.notes.replace(/\s+/g, ' ').slice(0, 80));
  return parts.join('  |  ');
};

export const logCommands: CliCommand[] = [
  {
    name: 'requests add',
    usage: 'requests add FILE --set-type rfp|interrogatory|rfa|deposition|other --set N --number N --description TEXT [--asked TEXT] [--answer TEXT] [--position TEXT] [--json]',
    async run(api, args) {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
          json: { type: 'boolean', default: false },
          'set-type': { type: 'string' },
          set: { type: 'string' },
          number: { type: 'string' },
          description: { type: 'string' },
          asked: { type: 'string' },
          answer: { type: 'string' },
          position: { type: 'string' },
        },
      });
      await openCase(api, positionals[0], 'requests add');
      const setType = values['set-type'];
      if (!setType || !(SET_TYPES as readonly string[]).includes(setType)) throw new CliFailure(`Please give --set-type, one of: ${SET_TYPES.join(', ')}.`);
      const setNumber = whole(values.set, 'set');
      const number = whole(values.number, 'number');
      if (setNumber === undefined || number === undefined) throw new CliFailure('Please give both --set and --number, like --set 1 --number 3.');
      const r = unwrap(
        await api.call('requests.add', {
          setType: setType as (typeof SET_TYPES)[number],
          setNumber,
          number,
          description: values.description ?? '',
          ...(values.asked !== undefined && { asked: values.asked }),
          ...(values.answer !== undefined && { answer: values.answer }),
          ...(values.position !== undefined && { position: values.position }),
        }),
      );
      return values.json ? JSON.stringify(r, null, 2) : String(r.id);
    },
  },
  {
    name: 'requests list',
    usage: 'requests list FILE [--json]',
    async run(api, args) {
      const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
      await openCase(api, positionals[0], 'requests list', true);
      const list = unwrap(await api.call('requests.list', {}));
      if (values.json) return JSON.stringify(list, null, 2);
      return list.map((r) => `${r.key.padEnd(12)} ${r.status.state}${r.status.entryId ? ` (entry ${r.status.entryId}, ${r.status.date})` : ''}  ${r.description}`).join('\n');
    },
  },
  {
    name: 'log add',
    usage: `log add FILE --kind ${ENTRY_KINDS.join('|')} --at YYYY-MM-DDTHH:mm [--time-zone America/Los_Angeles] [--minutes N] [--started-by me|them|other] [--with NAME ...] [--notes TEXT] [--reference TEXT] [--request KEY=OUTCOME[:YYYY-MM-DD] ...]`,
    async run(api, args) {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
          kind: { type: 'string' },
          at: { type: 'string' },
          'time-zone': { type: 'string' },
          minutes: { type: 'string' },
          'started-by': { type: 'string' },
          with: { type: 'string', multiple: true },
          notes: { type: 'string' },
          reference: { type: 'string' },
          request: { type: 'string', multiple: true },
        },
      });
      await openCase(api, positionals[0], 'log add');
      if (!values.kind || !(ENTRY_KINDS as readonly string[]).includes(values.kind)) throw new CliFailure(`Please give --kind, one of: ${ENTRY_KINDS.join(', ')}.`);
      if (!values.at) throw new CliFailure('Please give --at with the date and time, like --at 2021-06-03T10:00.');
      const requests = values.request?.length ? unwrap(await api.call('requests.list', {})) : [];
      const startedBy = values['started-by'];
      if (startedBy !== undefined && !['me', 'them', 'other'].includes(startedBy)) throw new CliFailure('--started-by must be me, them or other.');
      const minutes = whole(values.minutes, 'minutes');
      const entry: EntryInput = {
        kind: values.kind as EntryInput['kind'],
        at: values.at,
        ...(values['time-zone'] !== undefined && { timeZone: values['time-zone'] }),
        ...(minutes !== undefined && { minutes }),
        ...(startedBy !== undefined && { startedBy: startedBy as 'me' | 'them' | 'other' }),
        ...(values.with && { participants: values.with }),
        ...(values.notes !== undefined && { notes: values.notes }),
        ...(values.reference !== undefined && { reference: values.reference }),
        requests: (values.request ?? []).map((r) => parseRequestOption(r, requests)),
      };
      return String(unwrap(await api.call('log.add', { entry })).id);
    },
  },
  {
    name: 'log list',
    usage: 'log list FILE [--json]   (oldest first; --json gives every entry with all its versions and request outcomes)',
    async run(api, args) {
      const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
      await openCase(api, positionals[0], 'log list', true);
      const listing = unwrap(await api.call('log.list', { order: 'oldest', withHistory: values.json }));
      if (values.json) return JSON.stringify(listing.entries, null, 2);
      return listing.entries.length ? listing.entries.map(describeEntry).join('\n') : 'The contact log is empty.';
    },
  },
  {
    name: 'log void',
    usage: 'log void FILE ENTRY --reason TEXT   (marks the entry removed; it stays in the history)',
    async run(api, args) {
      const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { reason: { type: 'string' } } });
      await openCase(api, positionals[0], 'log void');
      const entryId = whole(positionals[1], 'entry');
      if (entryId === undefined) throw new CliFailure('Please give the entry number to remove, like: cli log void my-case.casefile 4 --reason "Logged twice"');
      const e = unwrap(await api.call('log.void', { entryId, reason: values.reason ?? '' }));
      return String(e.id);
    },
  },
  {
    name: 'verify',
    usage: 'verify FILE [--json]   (exit 0 when every saved version of the contact log checks out and no problem found before is still open; exit 1 naming the problem)',
    async run(api, args) {
      const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
      await openCase(api, positionals[0], 'verify', true);
      const result = unwrap(await api.call('log.verify', {}));
      if (values.json) return { stdout: JSON.stringify(result, null, 2), exitCode: result.intact ? 0 : 1 };
      if (!result.intact) throw new CliFailure(result.problem.message, 1);
      if (result.warning) process.stderr.write(result.warning + '\n');
      return `intact, ${result.entries} entries, ${result.revisions} revisions`;
    },
  },
];
