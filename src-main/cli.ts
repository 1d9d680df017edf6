/**
 * The same API for scripts: `npm run --silent cli -- COMMAND`. stdout carries only the result
 * (JSON with --json); messages go to stderr with a non-zero exit.
 */
import { parseArgs } from 'node:util';
import { createApi, type CaseFileApi } from './core/api/createApi.js';
import type { CaseSnapshot } from './core/api/contract.js';
import { appVersion } from './core/appRoot.js';
import { defaultAppDataDir, defaultDocumentsDir } from './core/settings/appDataDir.js';
import type { Result } from './core/result.js';

const USAGE = `Pro Se Case File — command line

  cli new FILE --case-number NUMBER --plaintiff NAME --defendant NAME [--court TEXT] [--district TEXT] [--judge NAME] [--name YOUR-NAME] [--json]
  cli show FILE [--json]

Each command prints its result on stdout. Problems are printed on stderr, with a non-zero exit.`;

class CliFailure extends Error {}

function unwrap<T>(result: Result<unknown>): T {
  if (!result.ok) throw new CliFailure(result.error.message);
  return result.value as T;
}

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

async function run(api: CaseFileApi, argv: string[]): Promise<string> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
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
  switch (command) {
    case 'new': {
      if (!file) throw new CliFailure('Please name the case file to make, for example: cli new my-case.casefile');
      const snap = unwrap<CaseSnapshot>(
        await api.invoke('case.create', {
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
    }
    case 'show': {
      if (!file) throw new CliFailure('Please name the case file to show.');
      const snap = unwrap<CaseSnapshot>(await api.invoke('case.open', { path: file }));
      return values.json ? JSON.stringify(snap, null, 2) : describeCase(snap);
    }
    case undefined:
    case 'help':
    case '--help':
      return USAGE;
    default:
      throw new CliFailure(`"${command}" is not a command this app knows.\n\n${USAGE}`);
  }
}

async function main(): Promise<number> {
  const api = createApi({ appVersion: appVersion(), shell: 'cli', appDataDir: defaultAppDataDir(), documentsDir: defaultDocumentsDir() });
  try {
    const out = await run(api, process.argv.slice(2));
    process.stdout.write(out + '\n');
    return 0;
  } catch (e) {
    const message = e instanceof CliFailure ? e.message : e instanceof Error && 'code' in e && e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? e.message : 'Something went wrong inside the app.';
    if (!(e instanceof CliFailure)) console.error(e instanceof Error ? e.message : e);
    process.stderr.write(message + '\n');
    return 1;
  } finally {
    api.close();
  }
}

process.exitCode = await main();
