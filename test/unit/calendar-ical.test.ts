/**
 * The calendar file stays valid iCalendar (RFC 5545), read back with a real parser (ical.js,
 * the parser Thunderbird uses), for a case whose party writes a name in other scripts.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import ICAL from 'ical.js';
import { createApi } from '../../src-main/core/api/createApi.js';
import type { Result } from '../../src-main/core/api/contract.js';
import { tempDir } from '../support/tempDir.js';

const root = path.resolve(import.meta.dirname, '../..');
const SEED_ORDER = fs.readFileSync(path.join(root, 'assets/demo/order.txt'), 'utf8');
const WORK = tempDir('calendar-ical');

function ok<T>(r: Result<T>): T {
  if (!r.ok) assert.fail(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

test('the .ics parses with ical.js: all-day events with summaries, descriptions and a reminder', async () => {
  const api = createApi({ appVersion: '0.0.0-test', shell: 'cli', appDataDir: path.join(WORK, 'appdata'), documentsDir: WORK });
  try {
    ok(await api.call('case.create', { path: path.join(WORK, 'ics.casefile'), caption: { caseNumber: '1:21-cv-00001', plaintiffs: ['王小明 / محمد أحمد'], defendants: ['Nguyễn Thị Ánh'], side: 'plaintiff', partyName: '王小明 / محمد أحمد' } }));
    ok(await api.call('orders.add', { source: { name: 'order.txt', text: SEED_ORDER }, servedDate: '2021-05-24', serviceMethod: 'mail' }));
    const file = ok(await api.call('papers.exportCalendar', {}));
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    assert.equal(calendar.name, 'vcalendar');
    assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
    const events = calendar.getAllSubcomponents('vevent');
    assert.ok(events.length >= 2, `events: ${events.length}`);
    assert.equal(events.length, file.events);
    for (const vevent of events) {
      const ev = new ICAL.Event(vevent);
      assert.ok(ev.startDate.isDate, 'an all-day event');
      assert.equal(ev.endDate.toJSDate().getTime() - ev.startDate.toJSDate().getTime(), 24 * 3600_000);
      assert.ok(ev.summary.length > 0);
      assert.match(ev.description, /This is not legal advice\./);
      assert.ok(ev.uid);
      const alarm = vevent.getFirstSubcomponent('valarm');
      assert.ok(alarm, 'a reminder');
      assert.equal(String(alarm.getFirstPropertyValue('trigger')), '-P3D');
    }
  } finally {
    await api.close();
  }
});
