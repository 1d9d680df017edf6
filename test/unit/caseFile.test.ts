import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION } from '../../src-main/core/db/migrations/index.js';
import { closeCaseFile, createCaseFile, openCaseFile, openCaseFileToRead } from '../../src-main/core/db/openCaseFile.js';
import { readCaption, writeCaption } from '../../src-main/core/caseInfo/caseInfoRepository.js';
import { applyCaptionPatch, emptyCaption } from '../../src-main/core/caseInfo/caption.js';
import { CaseFileError } from '../../src-main/core/result.js';
import { sha256OfFile, tempDir } from '../support/tempDir.js';

const expectRefusal = (fn: () => unknown, code: string, words: RegExp) => {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof CaseFileError, 'a CaseFileError, not a crash');
    assert.equal(e.code, code);
    assert.match(e.message, words);
    return true;
  });
};

test('a new case file is migrated from empty to the latest schema with safe settings', () => {
  const file = path.join(tempDir(), 'new.casefile');
  const db = createCaseFile(file, 'test');
  assert.equal(db.pragma('user_version', { simple: true }), LATEST_SCHEMA_VERSION);
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(db.pragma('foreign_keys', { simple: true }), 1);
  assert.equal(db.pragma('synchronous', { simple: true }), 2, 'synchronous=FULL');
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
  assert.ok(tables.includes('case_info') && tables.includes('meta'));
  closeCaseFile(db);
});

test('the caption survives closing and reopening the file', () => {
  const file = path.join(tempDir(), 'reopen.casefile');
  const db = createCaseFile(file, 'test');
  writeCaption(db, applyCaptionPatch(emptyCaption(), { caseNumber: '1:17-cv-00294-DAD-BAM (PC)', plaintiffs: ['CHRISTOPHER DICKSON'], counsel: { name: 'A. Lawyer' } }));
  closeCaseFile(db);
  const again = openCaseFile(file);
  const c = readCaption(again);
  assert.equal(c.caseNumber, '1:17-cv-00294-DAD-BAM (PC)');
  assert.deepEqual(c.plaintiffs, ['CHRISTOPHER DICKSON']);
  assert.equal(c.counsel.name, 'A. Lawyer');
  closeCaseFile(again);
});

test('a file from a newer version of the app is refused and left byte-for-byte untouched', async () => {
  const file = path.join(tempDir(), 'future.casefile');
  const db = createCaseFile(file, 'test');
  db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
  closeCaseFile(db);
  const before = await sha256OfFile(file);
  expectRefusal(() => openCaseFile(file), 'newer-version', /newer version/);
  assert.equal(await sha256OfFile(file), before);
  assert.equal(fs.existsSync(file + '-wal'), false, 'no WAL file was made');
});

test('a case file whose version number is negative is called unreadable, not "newer", and left untouched', async () => {
  const file = path.join(tempDir(), 'minus-one.casefile');
  const db = createCaseFile(file, 'test');
  db.pragma('user_version = -1');
  closeCaseFile(db);
  assert.equal(fs.readFileSync(file).readInt32BE(60), -1, 'the file says -1 where SQLite keeps user_version');
  const before = await sha256OfFile(file);
  for (const open of [openCaseFile, openCaseFileToRead]) {
    assert.throws(
      () => open(file),
      (e: unknown) => {
        assert.ok(e instanceof CaseFileError, 'a CaseFileError, not a crash');
        assert.equal(e.code, 'damaged-file');
        assert.equal(
          e.message,
          '"minus-one.casefile" cannot be read as a case file. The version number inside it (-1) is not one Pro Se Case File ever writes, so the file may be damaged or made by another program. Nothing in it was changed. If you have a backup of your case, open that.',
        );
        assert.doesNotMatch(e.message, /newer/);
        return true;
      },
    );
  }
  assert.equal(await sha256OfFile(file), before);
  assert.equal(fs.existsSync(file + '-wal'), false, 'no WAL file was made');
});

test('a file from a newer version keeps the "newer version" message when only read, too', async () => {
  const file = path.join(tempDir(), 'future-read.casefile');
  const db = createCaseFile(file, 'test');
  db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
  closeCaseFile(db);
  const before = await sha256OfFile(file);
  expectRefusal(() => openCaseFileToRead(file), 'newer-version', /^"future-read\.casefile" was saved by a newer version of Pro Se Case File\./);
  assert.equal(await sha256OfFile(file), before);
});

test('a PDF renamed to .casefile is refused as not a case file and not modified', async () => {
  const file = path.join(tempDir(), 'order.casefile');
  fs.writeFileSync(file, '%PDF-1.7\n' + 'x'.repeat(2000));
  const before = await sha256OfFile(file);
  expectRefusal(() => openCaseFile(file), 'not-a-case-file', /not a case file/);
  assert.equal(await sha256OfFile(file), before);
});

test('another program\'s SQLite database is refused as not a case file', async () => {
  const file = path.join(tempDir(), 'other.db');
  const other = new Database(file);
  other.exec('CREATE TABLE notes (t TEXT)');
  other.close();
  const before = await sha256OfFile(file);
  expectRefusal(() => openCaseFile(file), 'not-a-case-file', /not a Pro Se Case File/);
  assert.equal(await sha256OfFile(file), before);
});

test('a damaged case file is refused with a plain message and kept as it was', async () => {
  const file = path.join(tempDir(), 'damaged.casefile');
  const db = createCaseFile(file, 'test');
  writeCaption(db, applyCaptionPatch(emptyCaption(), { mailingAddress: 'x'.repeat(900) }));
  closeCaseFile(db);
  const bytes = fs.readFileSync(file);
  // Wreck the second page (the first table's b-tree) but keep the header readable.
  bytes.fill(0xff, 4096 + 8, 4096 + 200);
  fs.writeFileSync(file, bytes);
  const before = await sha256OfFile(file);
  expectRefusal(() => openCaseFile(file), 'damaged-file', /damaged/);
  assert.equal(await sha256OfFile(file), before);
});

test('an empty file and a missing file get plain messages', () => {
  const dir = tempDir();
  const empty = path.join(dir, 'empty.casefile');
  fs.writeFileSync(empty, '');
  expectRefusal(() => openCaseFile(empty), 'not-a-case-file', /not a case file/);
  expectRefusal(() => openCaseFile(path.join(dir, 'gone.casefile')), 'not-found', /could not find/);
});

test('creating over an existing file is refused and the file kept', () => {
  const file = path.join(tempDir(), 'keep.casefile');
  fs.writeFileSync(file, 'my notes');
  expectRefusal(() => createCaseFile(file, 'test'), 'already-exists', /already there/);
  assert.equal(fs.readFileSync(file, 'utf8'), 'my notes');
});
