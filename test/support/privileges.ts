import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Root (as in CI) reads and writes through chmod; a test that relies on permissions must know. */
export const isRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0;

/** The "nobody" user, to run a child that file permissions really apply to. */
export const NOBODY = { uid: 65534, gid: 65534 };

/** Can we run a command as nobody here? Returns why not, or null. */
export function cannotRunAsNobody(): string | null {
  if (!isRoot()) return 'not root, so no other user to switch to';
  const r = spawnSync(process.execPath, ['-e', 'process.exit(process.getuid() === 65534 ? 0 : 1)'], { ...NOBODY, stdio: 'ignore' });
  return r.status === 0 ? null : `cannot start a process as uid 65534 (${r.error?.message ?? `exit ${r.status}`})`;
}

/**
 * Can we mount a small file system in a private mount namespace (`unshare -m`)? Such a mount
 * is seen only by that process and goes away with it: nothing is left mounted on the machine.
 * Returns why not, or null.
 */
export function cannotMountPrivately(): string | null {
  if (process.platform !== 'linux') return 'mount namespaces are a Linux feature';
  if (!isRoot()) return 'mounting needs root';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mount-probe-'));
  try {
    const r = spawnSync('unshare', ['-m', 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs "$0" && mount -o remount,ro "$0"', dir], { encoding: 'utf8' });
    if (r.error) return `unshare is not available (${r.error.message})`;
    return r.status === 0 ? null : `mount in a private namespace failed: ${r.stderr.trim() || `exit ${r.status}`}`;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
