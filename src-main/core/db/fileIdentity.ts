import fs from 'node:fs';
import path from 'node:path';

/**
 * Which file on the disk a path named when the case was opened, and what it looked like then.
 * If the path later names no file (the USB drive was pulled, the file was deleted, moved or
 * renamed), another file (someone put a different file in its place), or the same file with
 * other bytes in it (`cp other.casefile open.casefile` writes into the open file), the open
 * connection no longer writes to what the person sees as their case: the app must stop saving.
 */
export interface FileIdentity {
  dev: bigint;
  ino: bigint;
  /** The file as the app last left it: only the app's own checkpoints change these. */
  size: bigint;
  mtimeNs: bigint;
  /** SQLite's 100-byte header: page count, change counter, schema cookie. */
  header: string;
}

export type FileCheck = 'same' | 'missing' | 'replaced' | 'overwritten';

/**
 * Read the header through `fd`, a descriptor the caller keeps open while SQLite has the file:
 * closing any descriptor of a file drops every POSIX lock this process holds on it, SQLite's
 * included. Without one (the file is not open here), the file is opened and closed for the read.
 */
function readHeader(filePath: string, fd?: number): string {
  const own = fd ?? fs.openSync(filePath, 'r');
  try {
    const header = Buffer.alloc(100);
    const read = fs.readSync(own, header, 0, 100, 0);
    return header.subarray(0, read).toString('hex');
  } finally {
    if (fd === undefined) fs.closeSync(own);
  }
}

/**
 * On Windows an open case file cannot be deleted, renamed or swapped (SQLite does not share
 * delete access), and file ids on FAT drives are not promised to stay put: there, the id is not
 * compared, only whether the file is there and what is in it.
 */
export function identityOf(filePath: string, platform: NodeJS.Platform = process.platform, fd?: number): FileIdentity | null {
  try {
    const s = fs.statSync(filePath, { bigint: true });
    const ids = platform === 'win32' ? { dev: 0n, ino: 0n } : { dev: s.dev, ino: s.ino };
    return { ...ids, size: s.size, mtimeNs: s.mtimeNs, header: readHeader(filePath, fd) };
  } catch {
    return null;
  }
}

/** Cheap (one stat, one 100-byte read): called before every use of the open case. `fd` as for readHeader. */
export function checkFile(filePath: string, opened: FileIdentity | null, fd?: number): FileCheck {
  let now: fs.BigIntStats;
  try {
    now = fs.statSync(filePath, { bigint: true });
  } catch {
    return 'missing';
  }
  if (!now.isFile()) return 'missing';
  if (!opened) return 'same';
  // Some file systems (FAT on old Windows drivers) report no inode number: then only the contents are compared.
  if (opened.ino !== 0n && now.ino !== 0n && (now.dev !== opened.dev || now.ino !== opened.ino)) return 'replaced';
  if (now.size !== opened.size || now.mtimeNs !== opened.mtimeNs) return 'overwritten';
  try {
    return readHeader(filePath, fd) === opened.header ? 'same' : 'overwritten';
  } catch {
    return 'missing';
  }
}

export function lostFileMessage(filePath: string, check: Exclude<FileCheck, 'same'>): string {
  const name = path.basename(filePath);
  const where = path.dirname(filePath);
  if (check === 'overwritten') {
    return `Another program wrote over "${name}" in ${where} while it was open here (for example, another case file was copied on top of it). The app stopped saving so it would not mix the two. Nothing more was saved to that file.`;
  }
  if (check === 'replaced') {
    return `"${name}" in ${where} was replaced by another file while it was open here. The app stopped saving so it would not mix the two. Nothing more was saved. Open the file again to see what is in it now.`;
  }
  return `The app can no longer find "${name}" in ${where}. Was the USB drive unplugged, or the file moved, renamed or deleted? Nothing more was saved. Plug the drive back in, or put the file back, and open it again. What was saved before this stays in the file, wherever it is now.`;
}
