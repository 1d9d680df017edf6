/**
 * Where the case file lives can fail under the app: a read-only folder or drive, a USB drive
 * pulled (the file gone while open), the file moved or renamed while open, a full drive. Each
 * gives a plain message (no crash, no stack), nothing half-written, and the last saved state
 * intact wherever the file still is. Real files and, where it takes one, a real process.
 *
 * Tests run as root in CI, where chmod does not stop anyone: there the read-only folder is
 * tried by a child running as "nobody", and the read-only drive and the full drive are small
 * file systems mounted in a private mount namespace (unshare -m) that vanish with the child.
 * Where that is impossible the test says why and skips, never passes silently.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { createApi, type CaseFileApi } from '../../src-main/core/api/createApi.js';
import { backupFolder } from '../../src-main/core/backups/backupFolder.js';
import { listBackups } from '../../src-main/core/backups/backups.js';
import { verifyLog } from '../../src-main/core/contacts/verifyLog.js';
import { checkFile, identityOf } from '../../src-main/core/db/fileIdentity.js';
import { closeCaseFile, openCaseFile } from '../../src-main/core/db/openCaseFile.js';
import { AppProcess } from '../support/childProcess.js';
import { portableApiChild } from '../support/portableApiChild.js';
import { cannotMountPrivately, cannotRunAsNobody, isRoot, NOBODY } from '../support/privileges.js';
import { sha256OfFile, tempDir } from '../support/tempDir.js';

const READ_ONLY = /read-only/;
const inWords = (m: string) => m.length > 40 && !/\n\s+at |SQLITE_|Error:|undefined/.test(m);
const entry = (n: number, notes = `call ${n}`) => ({ entry: { kind: 'phone-call' as const, at: `2021-06-${String((n % 28) + 1).padStart(2, '0')}T10:00`, timeZone: 'America/Los_Angeles', minutes: 10, notes } });

function newApi(dir: string, autoBackup = false): CaseFileApi {
  return createApi({ appVersion: '0.0.0-test', shell: 'web', appDataDir: path.join(dir, 'appdata'), documentsDir: dir, autoBackup });
}

async function caseWithEntries(dir: string, name: string, n: number, autoBackup = false): Promise<{ api: CaseFileApi; file: string }> {
  const api = newApi(dir, autoBackup);
  const file = path.join(dir, name);
  const made = await api.call('case.create', { path: file, caption: { caseNumber: '1:17-cv-00294' } });
  assert.ok(made.ok, made.ok ? '' : made.error.message);
  for (let i = 1; i <= n; i++) assert.ok((await api.call('log.add', entry(i))).ok);
  return { api, file };
}

/** Open the file the way the app does and say what is in it. */
function inspect(file: string): { entries: number; intact: boolean; integrity: string } {
  const db = openCaseFile(file);
  try {
    const v = verifyLog(db);
    return { entries: v.intact ? v.entries : -1, intact: v.intact, integrity: String(db.pragma('integrity_check', { simple: true })) };
  } finally {
    closeCaseFile(db);
  }
}

const siblings = (file: string) => fs.readdirSync(path.dirname(file)).filter((f) => f.startsWith(path.basename(file))).sort();

test('a case file in a read-only folder: refused at open in words, nothing written, no -wal or -shm made', async (t) => {
  const dir = tempDir('media-ro');
  fs.chmodSync(dir, 0o755); // mkdtemp makes it 0700: "nobody" must be able to reach the folder inside
  const roDir = path.join(dir, 'locked');
  fs.mkdirSync(roDir);
  const { api, file } = await caseWithEntries(roDir, 'case.casefile', 2);
  await api.close();
  const hash = await sha256OfFile(file);
  fs.chmodSync(file, 0o444);
  fs.chmodSync(roDir, 0o555);
  try {
    let result: { ok: boolean; error?: { code: string; message: string } };
    if (!isRoot()) {
      result = await newApi(dir).call('case.open', { path: file });
    } else {
      const why = cannotRunAsNobody();
      if (why) {
        console.log(`read-only folder: skipped, running as root and ${why}: chmod does not stop root`);
        return t.skip(`root, and ${why}`);
      }
      // Root ignores chmod; "nobody" does not. The app, as nobody, in its own process.
      const appData = path.join(dir, 'appdata-nobody');
      fs.mkdirSync(appData, { mode: 0o777 });
      fs.chownSync(appData, NOBODY.uid, NOBODY.gid);
      // The child gets a bundled copy of the app in a world-readable folder: "nobody" may not be
      // able to read this checkout at all (a clone in a private folder, root's home).
      const child = new AppProcess(appData, { spawn: NOBODY, script: await portableApiChild() });
      try {
        await child.ready();
        result = await child.call('case.open', { path: file });
        const made = await child.call('case.create', { path: path.join(roDir, 'new.casefile') });
        assert.ok(!made.ok && made.error.code === 'cannot-write' && READ_ONLY.test(made.error.message), JSON.stringify(made));
      } finally {
        await child.kill();
      }
    }
    assert.ok(!result.ok, JSON.stringify(result));
    assert.equal(result.error!.code, 'cannot-write');
    assert.match(result.error!.message, READ_ONLY);
    assert.match(result.error!.message, /Nothing in it was changed/);
    assert.ok(inWords(result.error!.message), result.error!.message);
    assert.equal(await sha256OfFile(file), hash);
    assert.deepEqual(siblings(file), ['case.casefile'], 'no -wal, -shm or journal was made');
  } finally {
    fs.chmodSync(roDir, 0o755); // so the temp folder can be removed by a user who is not root
  }
});

test('a read-only drive (a read-only mount): refused at open in words, even for root, file untouched', async (t) => {
  const why = cannotMountPrivately();
  if (why) {
    console.log(`read-only drive: skipped: ${why}`);
    return t.skip(why);
  }
  const dir = tempDir('media-rodrive');
  const drive = path.join(dir, 'drive');
  fs.mkdirSync(drive);
  const { api, file } = await caseWithEntries(drive, 'case.casefile', 3);
  await api.close();
  const hash = await sha256OfFile(file);
  // The child sees "drive" re-mounted read-only; nobody else does, and it ends with the child.
  const child = new AppProcess(path.join(dir, 'appdata'), { wrap: ['unshare', '-m', 'sh', '-c', 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"', drive] });
  try {
    await child.ready();
    const r = await child.call('case.open', { path: file });
    assert.ok(!r.ok, JSON.stringify(r));
    assert.equal(r.error.code, 'cannot-write');
    assert.match(r.error.message, READ_ONLY);
    assert.ok(inWords(r.error.message), r.error.message);
    const made = await child.call('case.create', { path: path.join(drive, 'new.casefile') });
    assert.ok(!made.ok && made.error.code === 'cannot-write', JSON.stringify(made));
  } finally {
    await child.kill();
  }
  assert.equal(await sha256OfFile(file), hash);
  assert.deepEqual(siblings(file), ['case.casefile']);
});

test('a file that turns read-only while open (simulated with a read-only connection): each save is refused in words, reading goes on', async () => {
  const dir = tempDir('media-roflag');
  const { api, file } = await caseWithEntries(dir, 'case.casefile', 2);
  await api.close();
  const hash = await sha256OfFile(file);
  await api.session.attach(new Database(file, { readonly: true, fileMustExist: true }), file);
  for (const [method, input] of [
    ['log.add', entry(3)],
    ['case.updateCaption', { patch: { caseNumber: 'changed' } }],
    ['requests.add', { setType: 'rfp', setNumber: 1, number: 1, description: 'records' }],
  ] as const) {
    const r = await api.invoke(method, input);
    assert.ok(!r.ok, method);
    assert.equal(r.error.code, 'cannot-write', `${method}: ${r.error.message}`);
    assert.match(r.error.message, READ_ONLY);
    assert.match(r.error.message, /last saved work is safe/);
  }
  const list = await api.call('log.list', {});
  assert.ok(list.ok && list.value.entries.length === 2, 'what was saved can still be read');
  await api.close();
  assert.equal(await sha256OfFile(file), hash);
});

test('the file deleted while open (USB drive pulled): the next save says so in words, nothing is re-created, and the last state is rescued into a backup', async () => {
  const dir = tempDir('media-gone');
  const { api, file } = await caseWithEntries(dir, 'case.casefile', 3, true);
  for (const f of siblings(file)) fs.rmSync(path.join(dir, f)); // the file and its -wal, as when the drive goes
  const r = await api.call('log.add', entry(4));
  assert.ok(!r.ok);
  assert.equal(r.error.code, 'cannot-write');
  assert.match(r.error.message, /can no longer find "case\.casefile"/);
  assert.match(r.error.message, /Nothing more was saved/);
  assert.ok(inWords(r.error.message), r.error.message);
  for (const m of ['log.list', 'case.current', 'log.verify'] as const) {
    const again = await api.invoke(m, {});
    assert.ok(!again.ok && again.error.code === 'cannot-write', `${m}: ${JSON.stringify(again)}`);
  }
  assert.equal(fs.existsSync(file), false, 'nothing half-made appears where the file was');
  const closed = await api.call('case.close', {});
  assert.ok(closed.ok);
  // The open connection still held the file: the app copied it to the backups when it noticed.
  const rescued = listBackups(backupFolder(file, 'beside', path.join(dir, 'appdata'))).find((b) => b.reason === 'rescued');
  assert.ok(rescued, 'a rescued backup');
  assert.ok(rescued.good);
  assert.equal(rescued.entries, 3, 'every saved entry is in the rescued copy');
  const reopen = await api.call('case.open', { path: file });
  assert.ok(!reopen.ok && reopen.error.code === 'not-found');
});

test('the file moved or renamed while open: saving stops with a message, and the file at its new place holds every saved entry even before the app closes', async () => {
  const dir = tempDir('media-moved');
  const { api, file } = await caseWithEntries(dir, 'case.casefile', 5);
  const moved = path.join(dir, 'moved.casefile');
  fs.renameSync(file, moved); // the -wal stays behind under the old name, as a file manager would leave it
  const r = await api.call('log.add', entry(6));
  assert.ok(!r.ok);
  assert.equal(r.error.code, 'cannot-write');
  assert.match(r.error.message, /moved, renamed or deleted/);
  // The moved file alone (no -wal with it) already has all 5: the app folded them in when it noticed.
  const copy = path.join(dir, 'copy-of-moved.casefile');
  fs.copyFileSync(moved, copy);
  assert.deepEqual(inspect(copy), { entries: 5, intact: true, integrity: 'ok' });
  assert.ok((await api.call('case.close', {})).ok);
  assert.equal(fs.existsSync(`${file}-wal`), false, 'nothing left under the old name');
  assert.ok((await api.call('case.open', { path: moved })).ok, 'it opens from its new place');
  const list = await api.call('log.list', {});
  assert.ok(list.ok && list.value.entries.length === 5);
  await api.close();
});

test('a full drive (a 1 MB file system): a clear message, every save before it kept, nothing half-written, and saving works again once there is room', async (t) => {
  const why = cannotMountPrivately();
  if (why) {
    console.log(`full drive: skipped: ${why}`);
    return t.skip(why);
  }
  const dir = tempDir('media-full');
  const drive = path.join(dir, 'drive');
  fs.mkdirSync(drive);
  const filler = path.join(dir, 'filler.bin');
  fs.writeFileSync(filler, Buffer.alloc(400 * 1024, 1));
  const child = new AppProcess(path.join(dir, 'appdata'), { wrap: ['unshare', '-m', 'sh', '-c', 'mount -t tmpfs -o size=1m tmpfs "$0" && exec "$@"', drive] });
  try {
    await child.ready();
    const file = path.join(drive, 'full.casefile');
    assert.ok((await child.call('case.create', { path: file, caption: { caseNumber: '1' } })).ok);
    assert.ok((await child.send({ op: 'copy', from: filler, to: path.join(drive, 'filler.bin') })).ok);
    let saved = 0;
    let refusal: { code: string; message: string } | null = null;
    for (let i = 1; i <= 400 && !refusal; i++) {
      const r = await child.call('log.add', entry(i, `long notes ${i} `.repeat(600)));
      assert.equal(r.thrown, undefined);
      if (r.ok) saved++;
      else refusal = r.error;
    }
    assert.ok(refusal, 'the drive filled up');
    assert.ok(saved > 5, `${saved} saved before it was full`);
    assert.equal(refusal.code, 'cannot-write');
    assert.match(refusal.message, /full/);
    assert.ok(inWords(refusal.message), refusal.message);
    // Everything saved before the refusal is there and the chain is whole; the failed save left nothing.
    const list = await child.call('log.list', {});
    assert.ok(list.ok && (list.value as { total: number }).total === saved);
    const v = await child.call('log.verify', {});
    assert.ok(v.ok && (v.value as { intact: boolean; entries: number }).intact && (v.value as { entries: number }).entries === saved, JSON.stringify(v));
    // A backup on a full drive fails in words too.
    const backup = await child.call('backups.makeNow', {});
    const backupMessage = backup.ok ? 'a backup still fitted' : backup.error.message;
    assert.ok(backup.ok || (backup.error.code === 'cannot-write' && inWords(backup.error.message)), JSON.stringify(backup));
    const leftovers = ((await child.send({ op: 'ls', path: path.join(drive, 'full backups') })) as { value?: string[] }).value ?? [];
    // Make room: the same save now works.
    assert.ok((await child.send({ op: 'rm', path: path.join(drive, 'filler.bin') })).ok);
    for (const f of leftovers.filter((n) => n.endsWith('.partial'))) await child.send({ op: 'rm', path: path.join(drive, 'full backups', f) });
    const again = await child.call('log.add', entry(999));
    assert.ok(again.ok, JSON.stringify(again));
    assert.ok((await child.call('case.close', {})).ok);
    // Take a copy out before the drive goes away with the child, and check it the app's way.
    // (with its -wal, if the drive was too full to fold it in: on the drive they stay together).
    const onDrive = ((await child.send({ op: 'ls', path: drive })) as { value: string[] }).value;
    const out = path.join(dir, 'out.casefile');
    for (const suffix of ['', '-wal']) {
      if (onDrive.includes(`full.casefile${suffix}`)) assert.ok((await child.send({ op: 'copy', from: file + suffix, to: out + suffix })).ok);
    }
    assert.deepEqual(inspect(out), { entries: saved + 1, intact: true, integrity: 'ok' });
    console.log(`full drive: ${saved} entries saved, then "${refusal.message}"; backup on the full drive: ${backupMessage}; left in the backups folder: ${leftovers.join(', ') || 'nothing'}; on the drive after closing: ${onDrive.join(', ')}`);
  } finally {
    await child.kill();
  }
});

test('another file put in place of the open one (an older copy dragged over it): saving stops instead of mixing the two', async () => {
  const dir = tempDir('media-replaced');
  const { api, file } = await caseWithEntries(dir, 'case.casefile', 2);
  const older = path.join(dir, 'older.casefile');
  const other = newApi(path.join(dir, 'x'));
  fs.mkdirSync(path.join(dir, 'x'));
  assert.ok((await other.call('case.create', { path: older })).ok);
  await other.close();
  const olderHash = await sha256OfFile(older);
  fs.renameSync(older, file); // replaces the open file's name with another file
  const r = await api.call('log.add', entry(3));
  assert.ok(!r.ok);
  assert.equal(r.error.code, 'cannot-write');
  assert.match(r.error.message, /was replaced by another file while it was open here/);
  assert.ok((await api.call('case.close', {})).ok);
  assert.equal(await sha256OfFile(file), olderHash, 'the file now at that name was not written to');
});

test('file identity: the same file, a missing one, a replaced one; on Windows only whether it is there', () => {
  const dir = tempDir('identity');
  const file = path.join(dir, 'a.casefile');
  fs.writeFileSync(file, 'a');
  const id = identityOf(file);
  assert.ok(id);
  assert.equal(checkFile(file, id), 'same');
  fs.writeFileSync(path.join(dir, 'b'), 'b');
  fs.renameSync(path.join(dir, 'b'), file);
  assert.equal(checkFile(file, id), 'replaced');
  assert.equal(checkFile(file, identityOf(file, 'win32')), 'same');
  fs.rmSync(file);
  assert.equal(checkFile(file, id), 'missing');
  assert.equal(checkFile(dir, null), 'missing', 'a folder is not the file');
});
