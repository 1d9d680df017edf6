import path from 'node:path';
import { readSettings, writeSettings, type RecentFile } from './settingsFile.js';

const MAX_RECENT = 8;

export function listRecent(dir: string): RecentFile[] {
  return readSettings(dir).recent;
}

export function rememberRecent(dir: string, filePath: string, name: string): void {
  const s = readSettings(dir);
  const entry: RecentFile = { path: path.resolve(filePath), name, openedAt: new Date().toISOString() };
  s.recent = [entry, ...s.recent.filter((r) => r.path !== entry.path)].slice(0, MAX_RECENT);
  writeSettings(dir, s);
}

export function forgetRecent(dir: string, filePath: string): void {
  const s = readSettings(dir);
  const before = s.recent.length;
  s.recent = s.recent.filter((r) => r.path !== path.resolve(filePath));
  if (s.recent.length !== before) writeSettings(dir, s);
}
