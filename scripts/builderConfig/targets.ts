/** The installers electron-builder would make, and the Windows ones' promise of no admin rights. */
import { asArray, isDict, type Dict } from './builderLib.js';

/** The targets the installers must include: platform key in electron-builder.yml -> target names. */
export const REQUIRED_TARGETS: Readonly<Record<'linux' | 'win' | 'mac', readonly string[]>> = {
  linux: ['AppImage', 'deb'],
  win: ['nsis', 'portable'],
  mac: ['dmg'],
};

export interface TargetEntry {
  platform: 'linux' | 'win' | 'mac';
  target: string;
  arch: string[];
}

export function listTargets(config: Dict): TargetEntry[] {
  const out: TargetEntry[] = [];
  for (const platform of ['linux', 'win', 'mac'] as const) {
    const section = config[platform];
    if (!isDict(section)) continue;
    for (const t of asArray(section.target)) {
      if (typeof t === 'string') out.push({ platform, target: t, arch: [] });
      else if (isDict(t) && typeof t.target === 'string') out.push({ platform, target: t.target, arch: asArray(t.arch as string | string[]).map(String) });
    }
  }
  return out;
}

/** All five targets, and the NSIS installer and portable .exe never asking for administrator rights. */
export function targetProblems(config: Dict, targets: TargetEntry[]): string[] {
  const errors: string[] = [];
  for (const [platform, names] of Object.entries(REQUIRED_TARGETS) as Array<[keyof typeof REQUIRED_TARGETS, readonly string[]]>) {
    for (const name of names) {
      if (!targets.some((t) => t.platform === platform && t.target.toLowerCase() === name.toLowerCase())) {
        errors.push(`${platform}.target must include ${name}.`);
      }
    }
  }
  const nsis = isDict(config.nsis) ? config.nsis : {};
  const portable = isDict(config.portable) ? config.portable : {};
  if (nsis.perMachine === true || nsis.oneClick !== false || nsis.allowElevation !== false) {
    errors.push('nsis must install per user without asking for administrator rights: oneClick: false, perMachine: false, allowElevation: false.');
  }
  if (portable.requestExecutionLevel != null && portable.requestExecutionLevel !== 'user') {
    errors.push('portable.requestExecutionLevel must be "user" (library computers give no admin rights).');
  }
  if (nsis.artifactName != null && nsis.artifactName === portable.artifactName) {
    errors.push('nsis and portable would write the same .exe name: give them different artifactName values.');
  }
  return errors;
}
