/**
 * "Leave this computer": what the app keeps on a computer (not on the person's drive), and
 * removing it. The case file and the backups beside it belong to the person and are never
 * touched here; backups kept in the app's folder go only when the person ticks the box.
 */
import fs from 'node:fs';
import path from 'node:path';
import { backupFolder } from '../backups/backupFolder.js';
import type { SavedPapers } from './savedPapers.js';
import { readSettings, writeSettings, type RecentFile, type Settings } from './settingsFile.js';

export interface ComputerFootprint {
  /** The app's own folder on this computer (settings, and backups if the person chose so). */
  appFolder: string;
  recent: RecentFile[];
  /** Other small files about a case (which reminders were shown), by name. */
  traces: string[];
  /** Backups kept in the app's folder on this computer, by case. */
  backupsHere: { cases: number; files: number; bytes: number; folder: string };
  /** Unfinished temporary files the app made and left behind (a crash, a pulled drive). */
  leftovers: string[];
  /** Papers the person saved while the app ran, and where they are now. */
  savedPapers: SavedPapers;
}

export interface LeaveResult {
  /** Each thing removed, in words. */
  removed: string[];
  /** What stays, and why, in words. */
  kept: string[];
}

const BACKUPS_DIR = 'backups';
const SETTINGS_TMP = /^settings\.json\.\d+\.tmp$/;

/** Small files in the app's folder that say something about a case (dates, ids), and what they are. */
const CASE_TRACES: readonly { name: string; words: string }[] = [{ name: 'reminders-shown.json', words: 'The note of which deadline reminders this computer has shown (it holds due dates)' }];

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function sizeInWords(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function listDir(dir: string): fs.Dirent[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/** Backups in the app's folder: one sub-folder per case ("NAME-1a2b3c4d5e6f"). */
function backupsHere(appDataDir: string): { folders: string[]; files: string[]; bytes: number } {
  const root = path.join(appDataDir, BACKUPS_DIR);
  const folders = listDir(root)
    .filter((d) => d.isDirectory())
    .map((d) => path.join(root, d.name));
  const files = folders.flatMap((f) =>
    listDir(f)
      .filter((d) => d.isFile() && d.name.toLowerCase().endsWith('.casefile'))
      .map((d) => path.join(f, d.name)),
  );
  return { folders, files, bytes: files.reduce((n, f) => n + fileSize(f), 0) };
}

/**
 * Temporary files the app makes and renames when done: "settings.json.PID.tmp", backups being
 * written ("….casefile.partial"), a restore in progress ("CASE.casefile.restoring"). One left
 * behind means the app stopped half-way; the finished file it was meant to become is elsewhere
 * (or was never finished), so removing it loses nothing.
 */
export function findLeftovers(appDataDir: string, casePaths: readonly string[]): string[] {
  const found = new Set<string>();
  for (const d of listDir(appDataDir)) if (d.isFile() && SETTINGS_TMP.test(d.name)) found.add(path.join(appDataDir, d.name));
  const folders = new Set(backupsHere(appDataDir).folders);
  for (const casePath of casePaths) {
    const resolved = path.resolve(casePath);
    if (fs.existsSync(`${resolved}.restoring`)) found.add(`${resolved}.restoring`);
    folders.add(backupFolder(resolved, 'beside', appDataDir));
    folders.add(backupFolder(resolved, 'app-data', appDataDir));
  }
  for (const folder of folders) {
    for (const d of listDir(folder)) if (d.isFile() && d.name.toLowerCase().endsWith('.partial')) found.add(path.join(folder, d.name));
  }
  return [...found].sort();
}

/** What the app keeps on this computer now; `casePaths` are the cases it knows besides the recent list. */
export function computerFootprint(appDataDir: string, casePaths: readonly string[], savedPapers: SavedPapers): ComputerFootprint {
  const here = backupsHere(appDataDir);
  const recent = readSettings(appDataDir).recent;
  return {
    appFolder: appDataDir,
    recent,
    traces: CASE_TRACES.map((t) => t.name).filter((n) => fs.existsSync(path.join(appDataDir, n))),
    backupsHere: { cases: here.folders.length, files: here.files.length, bytes: here.bytes, folder: path.join(appDataDir, BACKUPS_DIR) },
    leftovers: findLeftovers(appDataDir, [...casePaths, ...recent.map((r) => r.path)]),
    savedPapers,
  };
}

/** What leaving has done so far: each step adds to it, in the order the person reads it. */
interface Tally {
  removed: string[];
  kept: string[];
  /** Things that could not be removed (in use, no permission), by path. */
  failed: string[];
  /** Remove one file or folder; true when it is gone. */
  remove: (target: string, recursive?: boolean) => boolean;
}

function newTally(): Tally {
  const tally: Tally = {
    removed: [],
    kept: [],
    failed: [],
    remove: (target, recursive = false) => {
      try {
        fs.rmSync(target, { force: true, recursive });
        return !fs.existsSync(target);
      } catch {
        tally.failed.push(target);
        return false;
      }
    },
  };
  return tally;
}

/** The list of recent case files: the names of the person's cases, and where they are. */
function forgetRecentFiles(appDataDir: string, settings: Settings, tally: Tally): void {
  const recent = settings.recent;
  if (recent.length === 0) return;
  try {
    writeSettings(appDataDir, { ...settings, recent: [] });
    const names = recent.map((r) => `"${r.name || path.basename(r.path)}"`).join(', ');
    tally.removed.push(`The list of case files opened on this computer (${plural(recent.length, 'file')}: ${names}).`);
  } catch {
    tally.failed.push(path.join(appDataDir, 'settings.json'));
  }
}

/** Small files that hold traces of a case, and unfinished temporary files. */
function removeTracesAndLeftovers(appDataDir: string, casePaths: readonly string[], tally: Tally): void {
  for (const trace of CASE_TRACES) {
    const file = path.join(appDataDir, trace.name);
    if (fs.existsSync(file) && tally.remove(file)) tally.removed.push(`${trace.words}.`);
  }
  const leftovers = findLeftovers(appDataDir, casePaths).filter((f) => tally.remove(f));
  if (leftovers.length > 0) {
    tally.removed.push(`${plural(leftovers.length, 'unfinished temporary file')} the app had left behind (${leftovers.map((f) => `"${path.basename(f)}"`).join(', ')}).`);
  }
}

/** Backups kept in the app's folder on this computer: removed only when the person asked. */
function leaveBackupsHere(appDataDir: string, removeThem: boolean, tally: Tally): void {
  const here = backupsHere(appDataDir);
  if (here.files.length === 0 && here.folders.length === 0) return;
  if (removeThem) {
    const root = path.join(appDataDir, BACKUPS_DIR);
    if (tally.remove(root, true)) {
      tally.removed.push(
        here.files.length > 0
          ? `${plural(here.files.length, 'backup')} of ${plural(here.folders.length, 'case')} kept in the app's folder on this computer (${sizeInWords(here.bytes)}).`
          : 'The empty backups folder in the app\'s folder on this computer.',
      );
    }
  } else if (here.files.length > 0) {
    tally.kept.push(`${plural(here.files.length, 'backup')} of ${plural(here.folders.length, 'case')} kept in the app's folder on this computer (${path.join(appDataDir, BACKUPS_DIR)}). You did not tick the box to remove them.`);
  }
}

/** Papers the person saved: theirs, so removed only when asked, and only the app's own bytes. */
function leaveSavedPapers(saved: SavedPapers, removeThem: boolean, tally: Tally): void {
  if (saved.found.length > 0) {
    const where = (list: { path: string }[]) => list.map((f) => `"${f.path}"`).join(', ');
    if (removeThem) {
      const gone = saved.found.filter((f) => tally.remove(f.path));
      if (gone.length > 0) tally.removed.push(`${plural(gone.length, 'paper')} you saved while the app was open: ${where(gone)}.`);
    } else {
      tally.kept.push(`${plural(saved.found.length, 'paper')} you saved while the app was open: ${where(saved.found)}. You did not tick the box to delete them.`);
    }
  }
  if (saved.notFound.length > 0) {
    tally.kept.push(
      `${plural(saved.notFound.length, 'paper')} you saved while the app was open ${saved.notFound.length === 1 ? 'is' : 'are'} not in "${saved.folder}" ` +
        `(${saved.notFound.map((n) => `"${n}"`).join(', ')}). ${saved.notFound.length === 1 ? 'It was' : 'They were'} saved somewhere else, renamed or changed. Look for ${saved.notFound.length === 1 ? 'it' : 'them'} and delete by hand if you need to.`,
    );
  }
}

/** Remove what the app keeps on this computer, and say what went, in words. */
export function leaveComputer(
  appDataDir: string,
  options: { casePaths: readonly string[]; removeBackupsHere: boolean; savedPapers: SavedPapers; removeSavedPapers: boolean },
): LeaveResult {
  const tally = newTally();
  const { removed, kept, failed } = tally;
  const settings = readSettings(appDataDir);
  const recent = settings.recent;
  forgetRecentFiles(appDataDir, settings, tally);
  const casePaths = [...new Set([...options.casePaths, ...recent.map((r) => r.path)].map((p) => path.resolve(p)))];
  removeTracesAndLeftovers(appDataDir, casePaths, tally);
  leaveBackupsHere(appDataDir, options.removeBackupsHere, tally);
  const saved = options.savedPapers;
  leaveSavedPapers(saved, options.removeSavedPapers, tally);

  if (removed.length === 0) {
    // With papers saved this session, "nothing" is only about the app's own folder: the papers are listed under what stays.
    const anyPapers = saved.found.length + saved.notFound.length > 0;
    removed.push(anyPapers ? 'Nothing from the app\'s own folder: it had kept nothing about your cases there.' : 'Nothing: the app had kept nothing about your cases on this computer.');
  }
  kept.push('Your case files, and the backups kept next to them, were not touched: they are yours, wherever you keep them.');
  if (settings.textSize !== 1) kept.push('The text size you picked. It says nothing about you or your case.');
  if (failed.length > 0) {
    kept.push(`The app could not remove ${plural(failed.length, 'item')}: ${failed.map((f) => `"${f}"`).join(', ')}. Another program may be using ${failed.length === 1 ? 'it' : 'them'}; you can delete ${failed.length === 1 ? 'it' : 'them'} by hand.`);
  }
  return { removed, kept };
}
