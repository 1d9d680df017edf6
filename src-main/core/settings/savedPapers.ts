/**
 * The papers the person saved while the app ran (a joint statement, a calendar file, ...). The
 * browser or Electron writes them, usually to the Downloads folder, so the app remembers what it
 * handed over (name and fingerprint, in memory only) and, when leaving a shared computer, finds
 * them by that fingerprint: only a file that is byte for byte the app's own paper is offered for
 * deletion, never one the person changed or another file with the same name.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

interface Handed {
  fileName: string;
  sha256: string;
}

export interface SavedPapers {
  /** The folder searched, usually Downloads. */
  folder: string;
  /** Papers found there, with their full paths. */
  found: { fileName: string; path: string }[];
  /** Papers saved this session that are not in that folder (saved elsewhere, renamed, or moved). */
  notFound: string[];
}

const handedOver = new WeakMap<object, Handed[]>();
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Remember a paper given to the person to save, for this run of the app (`run` is the API's session). */
export function rememberSavedPaper(run: object, fileName: string, bytes: Uint8Array): void {
  const list = handedOver.get(run) ?? [];
  const hash = sha256(bytes);
  if (!list.some((h) => h.fileName === fileName && h.sha256 === hash)) list.push({ fileName, sha256: hash });
  handedOver.set(run, list);
}

/** "paper.pdf", "paper (1).pdf", "paper(2).pdf": the names a browser gives a second copy. */
function copyNames(fileName: string, names: readonly string[]): string[] {
  const ext = path.extname(fileName);
  const base = fileName.slice(0, fileName.length - ext.length);
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`^${escape(base)}(?: ?\\(\\d+\\))?${escape(ext)}$`, 'i');
  return names.filter((n) => re.test(n));
}

function readOrNull(file: string): Buffer | null {
  try {
    return fs.statSync(file).isFile() ? fs.readFileSync(file) : null;
  } catch {
    return null;
  }
}

/** Where the papers saved this run are now, looked for by name and fingerprint in `folder`. */
export function findSavedPapers(run: object, folder: string): SavedPapers {
  const handed = handedOver.get(run) ?? [];
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    names = [];
  }
  const found: SavedPapers['found'] = [];
  const notFound: string[] = [];
  for (const h of handed) {
    const matches = copyNames(h.fileName, names).filter((n) => {
      const bytes = readOrNull(path.join(folder, n));
      return bytes !== null && sha256(bytes) === h.sha256;
    });
    for (const n of matches) if (!found.some((f) => f.fileName === n)) found.push({ fileName: n, path: path.join(folder, n) });
    if (matches.length === 0 && !notFound.includes(h.fileName)) notFound.push(h.fileName);
  }
  return { folder, found, notFound };
}

/** Forget what was handed over (after the person left the computer). */
export function forgetSavedPapers(run: object): void {
  handedOver.delete(run);
}
