/**
 * Where a paper may be saved. A paper never takes the place of a case file (or of the "-wal",
 * "-shm" or "-journal" beside one), and never of any other file unless the person said so.
 * Shared by the CLI and the desktop shell's Save dialog.
 */
import fs from 'node:fs';
import path from 'node:path';
import { APPLICATION_ID, SQLITE_HEADER } from '../db/caseFileFormat.js';

const CASE_FILE_NAME = /\.casefile(-wal|-shm|-journal)?$/i;

/** Does this existing file start like one of our case files, whatever its name? */
function looksLikeCaseFile(target: string): boolean {
  let fd: number | undefined;
  try {
    fd = fs.openSync(target, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    const header = Buffer.alloc(72);
    const read = fs.readSync(fd, header, 0, 72, 0);
    return read === 72 && header.subarray(0, 16).toString('latin1') === SQLITE_HEADER && header.readInt32BE(68) === APPLICATION_ID;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export interface SaveTargetOptions {
  /** The person asked to replace a file that is already there (CLI --force, or yes in a dialog). */
  force: boolean;
}

/** Why a paper cannot be saved at `target`, in words; null when it can. */
export function saveTargetProblem(target: string, options: SaveTargetOptions): string | null {
  const name = path.basename(target);
  if (CASE_FILE_NAME.test(name)) return `"${name}" is a case file name. A paper is never saved as a case file, so nothing was saved. Please pick a name that ends in .pdf, .docx, .txt or .ics.`;
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(target);
  } catch {
    return null; // nothing there yet
  }
  if (stat.isDirectory()) return `"${name}" is a folder. Please give a file name.`;
  if (!stat.isFile()) return `"${name}" is already there and is not a plain file. Nothing was saved. Please pick another name.`;
  if (looksLikeCaseFile(target)) return `"${name}" is a case file, even though its name does not say so. The app never writes a paper over a case file, so nothing was saved. Please pick another name.`;
  if (!options.force) return `"${name}" is already there. The app did not replace it. Pick another name, or add --force to replace it.`;
  return null;
}
