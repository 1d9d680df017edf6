import { parseArgs } from 'node:util';
import type { CaseSnapshot } from '../core/api/contract.js';
import { CliFailure, unwrap, type CliCommand } from './command.js';

function describeCase(s: CaseSnapshot): string {
  const c = s.caption;
  return [
    `File:        ${s.path}`,
    `Court:       ${[c.court, c.district].filter(Boolean).join(', ')}`,
    `Case number: ${c.caseNumber || '(not filled in)'}`,
    `Plaintiffs:  ${c.plaintiffs.filter(Boolean).join('; ') || '(none)'}`,
    `Defendants:  ${c.defendants.filter(Boolean).join('; ') || '(none)'}`,
    `Judges:      ${c.judges.filter(Boolean).join('; ') || '(none)'}`,
    `Saved:       ${s.savedAt ?? 'never'}`,
  ].join('\n');
}

export const caseCommands: CliCommand[] = [
  {
    name: 'new',
    usage: 'new FILE --case-number NUMBER --plaintiff NAME --defendant NAME [--court TEXT] [--district TEXT] [--judge NAME] [--name YOUR-NAME] [--json]',
    async run(api, args) {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
          json: { type: 'boolean', default: false },
          'case-number': { type: 'string' },
          plaintiff: { type: 'string', multiple: true },
          defendant: { type: 'string', multiple: true },
          judge: { type: 'string', multiple: true },
          court: { type: 'string' },
          district: { type: 'string' },
          name: { type: 'string' },
        },
      });
      const file = positionals[0];
      if (!file) throw new CliFailure('Please name the case file to make, for example: cli new my-case.casefile');
      const snap = unwrap(
        await api.call('case.create', {
          path: file,
          caption: {
            ...(values['case-number'] !== undefined && { caseNumber: values['case-number'] }),
            ...(values.plaintiff && { plaintiffs: values.plaintiff }),
            ...(values.defendant && { defendants: values.defendant }),
            ...(values.judge && { judges: values.judge }),
            ...(values.court !== undefined && { court: values.court }),
            ...(values.district !== undefined && { district: values.district }),
            ...(values.name !== undefined && { partyName: values.name }),
          },
        }),
      );
      return values.json ? JSON.stringify(snap, null, 2) : `Made ${snap.path}`;
    },
  },
  {
    name: 'demo',
    usage: 'demo FILE [--practice]   (a case to look around in, labelled "Demo"; --practice moves its dates to near today)',
    async run(api, args) {
      const file = args.find((a) => !a.startsWith('--'));
      if (!file) throw new CliFailure('Please name the demo file to make, for example: cli demo demo.casefile');
      const snap = unwrap(await api.call('case.createDemo', { path: file, practice: args.includes('--practice') }));
      return args.includes('--json') ? JSON.stringify(snap, null, 2) : `Made demo case ${snap.path}`;
    },
  },
  {
    name: 'show',
    usage: 'show FILE [--json]',
    async run(api, args) {
      const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
      const file = positionals[0];
      if (!file) throw new CliFailure('Please name the case file to show.');
      const snap = unwrap(await api.call('case.open', { path: file, readOnly: true }));
      return values.json ? JSON.stringify(snap, null, 2) : describeCase(snap);
    },
  },
];
