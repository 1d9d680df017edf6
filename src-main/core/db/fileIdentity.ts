import fs from 'node:fs';
import path from 'node:path';

/**
 * Which file on the disk a path named when the case was opened. If the path later names no
 * file (the USB drive was pulled, the file was deleted, moved or renamed) or another file
 * (someone copied a different case file over it), the open connection no longer writes to
 * what the person sees as their case: the app must stop saving and say so.
 */
export interface FileIdentity {
  dev: bigint;
  ino: bigint;
}

export type FileCheck = 'same' | 'missing' | 'replaced';

/**
 * On Windows an open case file cannot be deleted, renamed or swapped (SQLite does not share
 * delete access), and file ids on FAT drives are not promised to stay put: there, only "is it
 * still there" is checked (a pulled drive), never the id.
 */
export function identityOf(filePath: string, platform: NodeJS.Platform = process.platform): FileIdentity | null {
  if (platform === 'win32') return null;
  try {
    const s = fs.statSync(filePath, { bigint: true });
    return { dev: s.dev, ino: s.ino };
  } catch {
    return null;
  }
}

/** Cheap (one stat): called before every use of the open case. */
export function checkFile(filePath: string, opened: FileIdentity | null): FileCheck {
  let now: fs.BigIntStats;
  try {
    now = fs.statSync(filePath, { bigint: true });
  } catch {
    return 'missing';
  }
  if (!now.isFile()) return 'missing';
  // Some file systems (FAT on old Windows drivers) report no inode number: existence is all we can check.
  if (!opened || opened.ino === 0n || now.ino === 0n) return 'same';
  return now.dev === opened.dev && now.ino === opened.ino ? 'same' : 'replaced';
}

export function lostFileMessage(filePath: string, check: Exclude<FileCheck, 'same'>): string {
  const name = path.basename(filePath);
  const where = path.dirname(filePath);
  if (check === 'replaced') {
    return `"${name}" in ${where} was replaced by another file while it was open here. The app stopped saving so it would not mix the two. Nothing more was saved. Open the file again to see what is in it now.`;
  }
  return `The app can no longer find "${name}" in ${where}. Was the USB drive unplugged, or the file moved, renamed or deleted? Nothing more was saved. Plug the drive back in, or put the file back, and open it again. What was saved before this stays in the file, wherever it is now.`;
}
