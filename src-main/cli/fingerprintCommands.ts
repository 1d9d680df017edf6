import type { CliCommand } from './command.js';
import { CliFailure, unwrap } from './command.js';

/** The log's fingerprint now, or whether a fingerprint from an old paper is still in the log. */
export const fingerprintCommands: CliCommand[] = [
  {
    name: 'fingerprint',
    usage: 'fingerprint FILE [CODE]   (no CODE: print the contact log\'s fingerprint now; with CODE: exit 0 when today\'s log still holds that history, 1 when not)',
    async run(api, args) {
      const [file, ...code] = args;
      if (!file) throw new CliFailure('Please name the case file, for example: cli fingerprint my-case.casefile 3F9C-21AB-7D10-88E2-0C4B-A9F1');
      unwrap(await api.call('case.open', { path: file }));
      if (code.length === 0) {
        const v = unwrap(await api.call('log.verify', {}));
        if (!v.fingerprint) return 'The contact log is empty, so it has no fingerprint yet.';
        return `${v.fingerprint.code} (as of change ${v.fingerprint.seq})`;
      }
      const r = unwrap(await api.call('log.checkFingerprint', { fingerprint: code.join(' ') }));
      return { stdout: r.message, exitCode: r.matches ? 0 : 1 };
    },
  },
];
