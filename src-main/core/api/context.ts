import type { AppInfo } from './contract.js';
import type { CaseSession } from './session.js';

export interface ApiEnv {
  appVersion: string;
  shell: AppInfo['shell'];
  appDataDir: string;
  documentsDir: string;
  /** Where saved papers usually land (the Downloads folder); looked in when leaving a shared computer. */
  downloadsDir?: string;
  /** Rolling backups while a case is open (the shells); off for one-shot CLI commands. */
  autoBackup?: boolean;
}

export interface ApiContext {
  env: ApiEnv;
  session: CaseSession;
}
