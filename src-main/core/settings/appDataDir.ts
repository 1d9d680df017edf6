import os from 'node:os';
import path from 'node:path';

/**
 * Where the app keeps its own small settings (never case data). Tests and the portable
 * build choose their own folder through CASEFILE_HOME, so nothing leaks into a profile.
 */
export function defaultAppDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CASEFILE_HOME) return env.CASEFILE_HOME;
  const home = os.homedir();
  if (process.platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Pro Se Case File');
  if (process.platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Pro Se Case File');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'pro-se-case-file');
}

/** The user's Documents folder when it exists; their home folder otherwise. */
export function defaultDocumentsDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CASEFILE_DOCUMENTS) return env.CASEFILE_DOCUMENTS;
  return path.join(os.homedir(), 'Documents');
}

/** Where a browser saves downloads by default: the papers the person saves land there. */
export function defaultDownloadsDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CASEFILE_DOWNLOADS) return env.CASEFILE_DOWNLOADS;
  return path.join(os.homedir(), 'Downloads');
}
