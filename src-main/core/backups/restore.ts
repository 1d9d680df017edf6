import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { APPLICATION_ID } from '../db/caseFileFormat.js';
import { CaseFileError } from '../result.js';
import { describeBackup } from './backups.js';

const errnoOf = (e: unknown): string => {
  const code = (e as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : '';
};

function notRestored(e: unknown, caseFilePath: string): CaseFileError {
  if (e instanceof CaseFileError) return e;
  const code = errnoOf(e);
  const name = path.basename(caseFilePath);
  const kept = `Nothing was changed: "${name}" and the backup are both still where they were.`;
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') return new CaseFileError('cannot-write', `There is not enough free space on the drive to put the backup back. ${kept} Free some space and try again.`);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code.startsWith('SQLITE_READONLY')) {
    return new CaseFileError('cannot-write', `This computer will not let the app write in the folder of "${name}", so the backup was not put back. ${kept}`);
  }
  return new CaseFileError('cannot-write', `The app could not put the backup back. ${kept} Try again, or copy the backup somewhere else and open it from there.`);
}

/** The copy must be whole and ours before it may take the case file's place. */
function checkCopy(copy: string): void {
  let probe: Database.Database | undefined;
  try {
    probe = new Database(copy, { readonly: true, fileMustExist: true });
    const whole = probe.pragma('integrity_check', { simple: true }) === 'ok';
    const ours = probe.pragma('application_id', { simple: true }) === APPLICATION_ID;
    if (!whole || !ours) throw new CaseFileError('damaged-file', 'The copy of the backup did not come out whole. Nothing was changed. Please try again, or pick another backup.');
  } finally {
    probe?.close();
  }
}

/**
 * Write the backup into a new file beside the case file, flush it to the drive, and check it.
 * The case file is not touched; when anything fails, the half-made copy is removed and the
 * message says both files are where they were.
 */
export function stageBackup(backupPath: string, caseFilePath: string): string {
  const info = describeBackup(backupPath);
  if (!info.good) throw new CaseFileError('damaged-file', `The backup "${info.name}" is damaged too. Please pick another one.`);
  const staged = `${caseFilePath}.restoring`;
  try {
    fs.copyFileSync(backupPath, staged);
    const fd = fs.openSync(staged, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    checkCopy(staged);
    return staged;
  } catch (e) {
    fs.rmSync(staged, { force: true });
    throw notRestored(e, caseFilePath);
  }
}

/** Drop a staged copy that will not be used. */
export function dropStaged(staged: string): void {
  fs.rmSync(staged, { force: true });
}

/**
 * Put a staged, checked copy in place of the (closed) case file in one rename: the name holds
 * either the old file or the whole backup, never part of each and never nothing.
 */
export function swapInStaged(staged: string, caseFilePath: string): void {
  try {
    fs.renameSync(staged, caseFilePath);
  } catch (e) {
    dropStaged(staged);
    throw notRestored(e, caseFilePath);
  }
  // The old file's helper files belong to it, not to the backup now under its name.
  for (const suffix of ['-wal', '-shm']) fs.rmSync(caseFilePath + suffix, { force: true });
}

const stampNow = () => new Date().toISOString().replace(/[:T]/g, '-').slice(0, 19);

/**
 * A damaged file is kept, unchanged, under a new name for a helper to look at, and the staged
 * backup takes its place. A second name for the same file (a hard link) keeps the case's name
 * filled at every moment; where links are not allowed (some USB drives), the file is renamed
 * aside and renamed back if the backup cannot be put in.
 */
export function swapOutDamaged(staged: string, caseFilePath: string): string {
  const kept = path.join(path.dirname(caseFilePath), `${path.basename(caseFilePath)}.damaged-${stampNow()}`);
  const helpers = ['-wal', '-shm'].filter((suffix) => fs.existsSync(caseFilePath + suffix));
  try {
    try {
      fs.linkSync(caseFilePath, kept);
    } catch {
      fs.renameSync(caseFilePath, kept);
    }
    for (const suffix of helpers) fs.renameSync(caseFilePath + suffix, kept + suffix);
  } catch (e) {
    dropStaged(staged);
    for (const suffix of helpers) if (fs.existsSync(kept + suffix)) fs.renameSync(kept + suffix, caseFilePath + suffix);
    if (!fs.existsSync(caseFilePath) && fs.existsSync(kept)) fs.renameSync(kept, caseFilePath);
    else fs.rmSync(kept, { force: true });
    throw notRestored(e, caseFilePath);
  }
  try {
    fs.renameSync(staged, caseFilePath);
  } catch (e) {
    dropStaged(staged);
    if (!fs.existsSync(caseFilePath)) fs.renameSync(kept, caseFilePath);
    for (const suffix of helpers) fs.renameSync(kept + suffix, caseFilePath + suffix);
    throw notRestored(e, caseFilePath);
  }
  return kept;
}
