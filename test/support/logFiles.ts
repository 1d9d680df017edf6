/**
 * What someone with the sqlite3 tool can do to a closed case file, and how the tests read the
 * papers back: PDF through pdftotext (Poppler), DOCX unzipped, text as it is.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { CaseFileApi } from '../../src-main/core/api/createApi.js';
import type { PaperKind, Result } from '../../src-main/core/api/contract.js';
import { chainHashOf, GENESIS_HASH, sha256Hex } from '../../src-main/core/contacts/hashChain.js';
import { zipEntry } from '../../src-main/core/exports/zipEntry.js';

export function ok<T>(r: Result<T>): T {
  if (!r.ok) assert.fail(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

const UNLOCK = 'DROP TRIGGER IF EXISTS log_revisions_no_update; DROP TRIGGER IF EXISTS log_revisions_no_delete; DROP TRIGGER IF EXISTS log_entries_no_delete;';

/** Take the locks out and change rows, hashes left as they are (a careless edit). */
export function editByHand(file: string, sql: string): void {
  const raw = new Database(file);
  raw.exec(UNLOCK);
  raw.exec(sql);
  raw.close();
}

interface Row {
  seq: number;
  entry_id: number;
  revision: number;
  action: string;
  content: string;
  reason: string;
  author: string;
  recorded_at: string;
}

/**
 * A careful rewrite: change rows, then work every hash and the record of the newest link out
 * again with the published recipe (hashChain.ts). Nothing secret is needed.
 */
export function rewriteLog(file: string, sql: string): void {
  const raw = new Database(file);
  raw.exec(UNLOCK);
  raw.exec(sql);
  const rows = raw.prepare('SELECT seq, entry_id, revision, action, content, reason, author, recorded_at FROM log_revisions ORDER BY seq').all() as Row[];
  let prev = GENESIS_HASH;
  const fix = raw.prepare('UPDATE log_revisions SET seq = ?, content_hash = ?, prev_hash = ?, chain_hash = ? WHERE seq = ?');
  raw.transaction(() => {
    rows.forEach((r, i) => {
      const seq = i + 1;
      const contentHash = sha256Hex(r.content);
      const chain = chainHashOf({ prevHash: prev, seq, entryId: r.entry_id, revision: r.revision, action: r.action, reason: r.reason, author: r.author, recordedAt: r.recorded_at, contentHash });
      fix.run(seq, contentHash, prev, chain, r.seq);
      prev = chain;
    });
    raw.prepare('UPDATE meta SET value = ? WHERE key = \'log_head\'').run(JSON.stringify({ seq: rows.length, hash: prev }));
  })();
  raw.close();
}

/** The words of a paper as a reader of the file gets them. */
export async function paperText(api: CaseFileApi, paper: PaperKind, format: 'pdf' | 'docx' | 'txt', dir: string): Promise<string> {
  const file = ok(await api.call('papers.export', { paper, format }));
  const bytes = Buffer.from(file.base64, 'base64');
  if (format === 'txt') return bytes.toString('utf8');
  if (format === 'docx') {
    const xml = zipEntry(new Uint8Array(bytes), 'word/document.xml')?.toString('utf8') ?? '';
    return xml
      .split(/<\/w:p>/)
      .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
      .join('\n');
  }
  const out = path.join(dir, `${paper}-${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(out, bytes);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' });
}

/** Every fingerprint printed in a text: 6 groups of 4 hex digits. */
export const fingerprintsIn = (text: string): string[] => [...text.matchAll(/\b[0-9A-F]{4}(?:-[0-9A-F]{4}){5}\b/g)].map((m) => m[0]);

/** "Contact log fingerprint on June 3, 2021: CODE (the log as of change N" → { code, seq } */
export function paperFingerprint(text: string): { code: string; seq: number } | null {
  const m = /Contact log fingerprint on [A-Z][a-z]+ \d{1,2}, \d{4}: ([0-9A-F]{4}(?:-[0-9A-F]{4}){5}) \(the log as of change (\d+)/.exec(text.replace(/\s+/g, ' '));
  return m ? { code: m[1], seq: Number(m[2]) } : null;
}
