/**
 * Library computers: the app keeps nothing about a case on the computer unless asked, and
 * "Leave this computer" closes the case (after its last backup), clears the recent list and any
 * temporary files the app left, removes backups kept on this computer only when the box is
 * ticked, never touches the case files or the backups beside them, and says what it did in words.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { createApi } from '../../src-main/core/api/createApi.js';
import { backupFolder } from '../../src-main/core/backups/backupFolder.js';
import { listBackups } from '../../src-main/core/backups/backups.js';
import { readSettings } from '../../src-main/core/settings/settingsFile.js';
import { tempDir } from '../support/tempDir.js';

const entry = (n: number) => ({ entry: { kind: 'phone-call' as const, at: `2021-06-0${n}T10:00`, timeZone: 'America/Los_Angeles', minutes: 5, notes: `call ${n}` } });
const inWords = (s: string) => s.length > 20 && /^[A-Z0-9"]/.test(s) && /[.)]$/.test(s) && !/undefined|\[object|Error/.test(s);
const walk = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).map(String).sort() : []);

function setup() {
  const dir = tempDir('leave');
  const usb = path.join(dir, 'usb');
  fs.mkdirSync(usb);
  const appData = path.join(dir, 'appdata');
  const api = createApi({ appVersion: '0.0.0-test', shell: 'electron', appDataDir: appData, documentsDir: dir, autoBackup: true });
  return { dir, usb, appData, api };
}

test('opening a case on a USB drive without "remember this file" leaves nothing about it on the computer', async () => {
  const { usb, appData, api } = setup();
  const file = path.join(usb, 'Dickson.casefile');
  assert.ok((await api.call('case.create', { path: file, caption: { plaintiffs: ['Dickson'], defendants: ['Gomez'] } })).ok);
  assert.ok((await api.call('log.add', entry(1))).ok);
  assert.ok((await api.call('case.close', {})).ok);
  assert.ok((await api.call('case.open', { path: file })).ok);
  assert.ok((await api.call('case.close', {})).ok);
  assert.deepEqual(walk(appData), [], 'the app folder on the computer is empty (or not there)');
  assert.ok(listBackups(backupFolder(file, 'beside', appData)).length >= 2, 'the backups went to the drive, beside the file');
  const footprint = await api.call('computer.footprint', {});
  assert.ok(footprint.ok);
  assert.deepEqual(footprint.value.recent, []);
  assert.equal(footprint.value.backupsHere.files, 0);
});

test('"Leave this computer" closes the case after its last backup, clears the recent list, reminders and left-over temporary files, and says so', async () => {
  const { usb, appData, api } = setup();
  const a = path.join(usb, 'Dickson.casefile');
  const b = path.join(usb, 'Roe.casefile');
  assert.ok((await api.call('case.create', { path: b, caption: { plaintiffs: ['Jane Roe'], defendants: ['Doe'] }, remember: true })).ok);
  assert.ok((await api.call('case.create', { path: a, caption: { plaintiffs: ['Christopher Dickson'], defendants: ['Gomez'] }, remember: true })).ok);
  // Case A keeps its backups on this computer (the person chose so on the Backups screen).
  assert.ok((await api.call('backups.setLocation', { location: 'app-data' })).ok);
  assert.ok((await api.call('backups.makeNow', {})).ok);
  assert.ok((await api.call('settings.setTextSize', { textSize: 1.3 })).ok);
  assert.ok((await api.call('log.add', entry(1))).ok);
  assert.ok((await api.call('log.add', entry(2))).ok); // changed since the last backup: closing must back it up

  // What a crash or a pulled drive can leave behind.
  const hereFolder = backupFolder(a, 'app-data', appData);
  const besideB = backupFolder(b, 'beside', appData);
  const leftovers = [
    path.join(appData, 'settings.json.4242.tmp'),
    path.join(hereFolder, 'Dickson 2021-06-03 10-00-00-000.casefile.partial'),
    path.join(besideB, 'Roe 2021-06-03 10-00-00-000 opened.casefile.partial'),
    `${b}.restoring`,
  ];
  for (const f of leftovers) fs.writeFileSync(f, 'half');
  fs.writeFileSync(path.join(appData, 'reminders-shown.json'), JSON.stringify({ '1:contact:2021-06-14': '2021-06-12' }));
  const besideBBefore = walk(besideB).filter((f) => !f.endsWith('.partial'));

  const footprint = await api.call('computer.footprint', {});
  assert.ok(footprint.ok);
  assert.equal(footprint.value.recent.length, 2);
  assert.deepEqual(footprint.value.traces, ['reminders-shown.json']);
  assert.deepEqual([...footprint.value.leftovers].sort(), [...leftovers].sort());
  assert.equal(footprint.value.backupsHere.files, 1);

  const r = await api.call('computer.leave', {});
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  const report = r.value;
  for (const line of [report.closed!, ...report.removed, ...report.kept]) assert.ok(inWords(line), line);
  assert.match(report.closed!, /^Closed "Dickson\.casefile"\. Everything was saved in it, and its newest backup is in/);
  assert.ok(report.removed.some((l) => /list of case files opened on this computer \(2 files: "Dickson v\. Gomez", "Roe v\. Doe"\)/.test(l)), report.removed.join('\n'));
  assert.ok(report.removed.some((l) => /reminders/.test(l)));
  assert.ok(report.removed.some((l) => /^4 unfinished temporary files/.test(l)), report.removed.join('\n'));
  assert.ok(report.kept.some((l) => /backups? of 1 case kept in the app's folder on this computer .*did not tick the box/.test(l)), report.kept.join('\n'));
  assert.ok(report.kept.some((l) => /case files, and the backups kept next to them, were not touched/.test(l)));
  assert.ok(report.kept.some((l) => /text size/.test(l)));

  // What it says is what it did.
  assert.equal(api.session.isOpen, false);
  assert.deepEqual(readSettings(appData).recent, []);
  assert.equal(readSettings(appData).textSize, 1.3);
  for (const f of leftovers) assert.equal(fs.existsSync(f), false, f);
  assert.equal(fs.existsSync(path.join(appData, 'reminders-shown.json')), false);
  const kept = listBackups(hereFolder);
  assert.equal(kept.length, 2, 'the one made by hand, and the last one, made on closing');
  assert.equal(kept[0].entries, 2, 'the newest backup has both entries');
  assert.deepEqual(walk(besideB), besideBBefore, 'backups beside a case file are the person\'s, untouched');
  // The case files themselves are intact.
  assert.ok((await api.call('case.open', { path: a })).ok);
  const v = await api.call('log.verify', {});
  assert.ok(v.ok && v.value.intact && v.value.entries === 2);
  assert.ok((await api.call('case.close', {})).ok);
  assert.ok(fs.existsSync(b));
});

test('with the box ticked, backups kept on this computer go too; a second "Leave" finds nothing left', async () => {
  const { usb, appData, api } = setup();
  const a = path.join(usb, 'Dickson.casefile');
  assert.ok((await api.call('case.create', { path: a, caption: { plaintiffs: ['Christopher Dickson'], defendants: ['Gomez'] } })).ok);
  assert.ok((await api.call('backups.setLocation', { location: 'app-data' })).ok);
  assert.ok((await api.call('backups.makeNow', {})).ok);
  const besideBefore = walk(backupFolder(a, 'beside', appData));

  const r = await api.call('computer.leave', { removeBackupsHere: true });
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  assert.ok(r.value.removed.some((l) => /^\d+ backups? of 1 case kept in the app's folder on this computer \(\d+ KB\)\.$/.test(l)), r.value.removed.join('\n'));
  assert.equal(fs.existsSync(path.join(appData, 'backups')), false);
  assert.ok(fs.existsSync(a), 'the case file stays');
  assert.deepEqual(walk(backupFolder(a, 'beside', appData)), besideBefore);
  assert.deepEqual(walk(appData).filter((f) => f !== 'settings.json'), [], 'nothing else of the app is on the computer');

  const again = await api.call('computer.leave', { removeBackupsHere: true });
  assert.ok(again.ok);
  assert.equal(again.value.closed, null);
  assert.deepEqual(again.value.removed, ['Nothing: the app had kept nothing about your cases on this computer.']);
});

test('"Leave this computer" when the drive was already pulled still closes, clears and reports', async () => {
  const { usb, appData, api } = setup();
  const a = path.join(usb, 'Dickson.casefile');
  assert.ok((await api.call('case.create', { path: a, remember: true })).ok);
  fs.renameSync(usb, `${usb}-gone`); // the drive and everything on it is gone from this path
  const r = await api.call('computer.leave', {});
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  assert.match(r.value.closed!, /^Closed "Dickson\.casefile"\./);
  assert.deepEqual(readSettings(appData).recent, []);
  assert.equal(api.session.isOpen, false);
});

test('"Leave this computer" rejects anything but its one yes/no box', async () => {
  const { api } = setup();
  for (const input of [{ removeBackupsHere: 'yes' }, { removeBackupsHere: true, path: '/' }, { folder: '/' }, [], 'all']) {
    const r = await api.invoke('computer.leave', input);
    assert.ok(!r.ok && r.error.code === 'bad-input', JSON.stringify(input));
  }
});
