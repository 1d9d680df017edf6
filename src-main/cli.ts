/**
 * The same API for scripts: `npm run --silent cli -- COMMAND`. stdout carries only the result
 * (JSON with --json); messages go to stderr with a non-zero exit.
 */
import { caseCommands } from './cli/caseCommands.js';
import { closureCommands } from './cli/closureCommands.js';
import { CliFailure, type CliCommand } from './cli/command.js';
import { exportCommands } from './cli/exportCommands.js';
import { fingerprintCommands } from './cli/fingerprintCommands.js';
import { logCommands } from './cli/logCommands.js';
import { orderCommands } from './cli/orderCommands.js';
import { createApi } from './core/api/createApi.js';
import { SERVED_DATE_MEANING } from './core/deadlines/index.js';
import { appVersion } from './core/appRoot.js';
import { defaultAppDataDir, defaultDocumentsDir } from './core/settings/appDataDir.js';

const commands: CliCommand[] = [...caseCommands, ...orderCommands, ...closureCommands, ...logCommands, ...fingerprintCommands, ...exportCommands];

const usage = () =>
  [
    'Pro Se Case File — command line',
    '',
    ...commands.map((c) => `  cli ${c.usage}`),
    '',
    `--served: ${SERVED_DATE_MEANING}`,
    '',
    'Each command prints its result on stdout. Problems are printed on stderr, with a non-zero exit.',
  ].join('\n');

/** Two-word commands ("log add") win over one-word ones. */
function find(argv: string[]): { command: CliCommand; args: string[] } | null {
  const two = commands.find((c) => c.name === `${argv[0]} ${argv[1]}`);
  if (two) return { command: two, args: argv.slice(2) };
  const one = commands.find((c) => c.name === argv[0]);
  return one ? { command: one, args: argv.slice(1) } : null;
}

async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || ['help', '--help', '-h'].includes(argv[0])) {
    process.stdout.write(usage() + '\n');
    return 0;
  }
  const found = find(argv);
  if (!found) {
    process.stderr.write(`"${argv.join(' ')}" is not a command this app knows.\n\n${usage()}\n`);
    return 1;
  }
  const api = createApi({ appVersion: appVersion(), shell: 'cli', appDataDir: defaultAppDataDir(), documentsDir: defaultDocumentsDir() });
  try {
    const out = await found.command.run(api, found.args);
    const { stdout, exitCode = 0 } = typeof out === 'string' ? { stdout: out } : out;
    if (stdout) process.stdout.write(stdout.endsWith('\n') ? stdout : stdout + '\n');
    return exitCode;
  } catch (e) {
    if (e instanceof CliFailure) {
      process.stderr.write(e.message + '\n');
      return e.exitCode;
    }
    // parseArgs explains unknown or malformed options in words already.
    if (e instanceof Error && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${e.message}\nUsage: cli ${found.command.usage}\n`);
      return 2;
    }
    process.stderr.write('Something went wrong inside the app. Your saved work is safe.\n');
    return 1;
  } finally {
    await api.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
