import type { AppInfo } from './contract.js';
import type { CaseSession } from './session.js';

export interface ApiEnv {
  appVersion: string;
  shell: AppInfo['shell'];
  appDataDir: string;
  documentsDir: string;
}

export interface ApiContext {
  env: ApiEnv;
  session: CaseSession;
}
