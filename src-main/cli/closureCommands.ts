/**
 * Days the court was closed (FRCP 6(a)(3): the clerk's office was inaccessible; 6(a)(6)(B): a day
 * the President or Congress declared a holiday), kept in a case file. Every date in that case file
 * counts them like legal holidays, forward and backward.
 */
import { parseArgs } from 'node:util';
import { formatLongDate } from '../core/deadlines/index.js';
import { CliFailure, unwrap, type CliCommand } from './command.js';

type Closure = { date: string; name: string };

const describe = (list: Closure[]) =>
  list.length === 0 ? 'No days the court was closed are saved in this case file.' : list.map((c) => `${c.date}  ${formatLongDate(c.date)} — ${c.name}`).join('\n');

export const closureCommands: CliCommand[] = [
  {
    name: 'closure add',
    usage: 'closure add FILE YYYY-MM-DD [--reason TEXT] [--json]   (a day the court was closed)',
    async run(api, args) {
      const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false }, reason: { type: 'string' } } });
      const [file, date] = positionals;
      if (!file || !date) throw new CliFailure('Please name the case file and the date the court was closed, for example: cli closure add my.casefile 2033-01-20');
      unwrap(await api.call('case.open', { path: file }));
      const list = unwrap(await api.call('closures.add', { date, name: values.reason?.trim() || 'court closed' }));
      return values.json ? JSON.stringify(list, null, 2) : describe(list);
    },
  },
  {
    name: 'closure list',
    usage: 'closure list FILE [--json]',
    async run(api, args) {
      const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
      const [file] = positionals;
      if (!file) throw new CliFailure('Please name the case file, for example: cli closure list my.casefile');
      unwrap(await api.call('case.open', { path: file }));
      const list = unwrap(await api.call('closures.list', {}));
      return values.json ? JSON.stringify(list, null, 2) : describe(list);
    },
  },
  {
    name: 'closure remove',
    usage: 'closure remove FILE YYYY-MM-DD [--json]',
    async run(api, args) {
      const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
      const [file, date] = positionals;
      if (!file || !date) throw new CliFailure('Please name the case file and the date to take off the list, for example: cli closure remove my.casefile 2033-01-20');
      unwrap(await api.call('case.open', { path: file }));
      const before = unwrap(await api.call('closures.list', {}));
      if (!before.some((c) => c.date === date)) throw new CliFailure(`${date} is not on this case file's list of days the court was closed.`);
      const list = unwrap(await api.call('closures.remove', { date }));
      return values.json ? JSON.stringify(list, null, 2) : describe(list);
    },
  },
];
