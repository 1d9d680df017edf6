/**
 * The deadlines calendar (.ics): structure by RFC 5545 (CRLF, 75-octet folding, VCALENDAR with
 * VERSION and PRODID, one VEVENT per dated requirement, all-day DTSTART/DTEND, a VALARM 3 days
 * before), and UIDs that stay the same from one export to the next.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { createApi } from '../../src-main/core/api/createApi.js';
import type { CaseFileApi } from '../../src-main/core/api/createApi.js';
import type { Result } from '../../src-main/core/api/contract.js';
import { escapeText, eventUid, foldLine, PRODID, utcStamp } from '../../src-main/core/papers/calendar.js';
import { tempDir } from '../support/tempDir.js';

const root = path.resolve(import.meta.dirname, '../..');
const SEED_ORDER = fs.readFileSync(path.join(root, 'assets/demo/order.txt'), 'utf8');
const WORK = tempDir('papers-ics');
const TZ = 'America/Los_Angeles';

function ok<T>(r: Result<T>): T {
  if (!r.ok) assert.fail(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

const octets = (s: string) => Buffer.byteLength(s, 'utf8');
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');
const unescape = (v: string) => v.replace(/\\n/gi, '\n').replace(/\\([\\;,])/g, '$1');

interface Event {
  props: Map<string, string>;
  alarm: Map<string, string>;
}

/** A small reader: unfold, then split into VEVENTs (with their VALARM) by BEGIN/END. */
function parse(ics: string): { calendar: Map<string, string>; events: Event[] } {
  const lines = unfold(ics).split('\r\n');
  assert.equal(lines.pop(), '', 'the file ends with CRLF');
  const calendar = new Map<string, string>();
  const events: Event[] = [];
  const stack: string[] = [];
  let ev: Event | null = null;
  for (const line of lines) {
    const colon = line.indexOf(':');
    assert.ok(colon > 0, `a content line: ${line}`);
    const name = line.slice(0, colon);
    const value = line.slice(colon + 1);
    if (name === 'BEGIN') {
      stack.push(value);
      if (value === 'VEVENT') ev = { props: new Map(), alarm: new Map() };
      continue;
    }
    if (name === 'END') {
      assert.equal(stack.pop(), value, `END:${value} closes what was opened`);
      if (value === 'VEVENT' && ev) events.push(ev);
      continue;
    }
    const where = stack[stack.length - 1];
    if (where === 'VCALENDAR') calendar.set(name, value);
    else if (where === 'VEVENT') ev!.props.set(name, value);
    else if (where === 'VALARM') ev!.alarm.set(name, value);
  }
  assert.equal(stack.length, 0, 'every BEGIN has its END');
  return { calendar, events };
}

const nextDay = (yyyymmdd: string) => {
  const d = new Date(Date.UTC(Number(yyyymmdd.slice(0, 4)), Number(yyyymmdd.slice(4, 6)) - 1, Number(yyyymmdd.slice(6, 8)) + 1));
  return d.toISOString().slice(0, 10).replace(/-/g, '');
};

describe('calendar file', () => {
  let api: CaseFileApi;
  let orderId: number;
  const exportIcs = async () => {
    const f = ok(await api.call('papers.exportCalendar', {}));
    assert.equal(f.mimeType, 'text/calendar; charset=utf-8');
    assert.match(f.fileName, /^court-deadlines-dickson-v-gomez\.ics$/);
    return { text: Buffer.from(f.base64, 'base64').toString('utf8'), events: f.events };
  };

  before(async () => {
    api = createApi({ appVersion: '0.0.0-test', shell: 'cli', appDataDir: path.join(WORK, 'appdata'), documentsDir: WORK });
    ok(await api.call('case.create', { path: path.join(WORK, 'ics.casefile'), caption: { caseNumber: '1:17-cv-00294-DAD-BAM (PC)', plaintiffs: ['CHRISTOPHER DICKSON'], defendants: ['GOMEZ, et al.'], side: 'plaintiff', partyName: 'Christopher Dickson', inPrison: true } }));
    orderId = ok(await api.call('orders.add', { source: { name: 'order.txt', text: SEED_ORDER }, servedDate: '2021-05-24', serviceMethod: 'mail' })).order.id;
  });

  test('structure: CRLF only, lines folded at 75 octets, VCALENDAR with VERSION and PRODID', async () => {
    const { text } = await exportIcs();
    assert.ok(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'));
    assert.ok(text.endsWith('END:VCALENDAR\r\n'));
    assert.doesNotMatch(text, /[^\r]\n/, 'no bare LF');
    assert.doesNotMatch(text, /\r(?!\n)/, 'no bare CR');
    for (const line of text.split('\r\n')) assert.ok(octets(line) <= 75, `line of ${octets(line)} octets: ${line}`);
    assert.match(text, /\r\n /, 'long lines are folded');
    const { calendar } = parse(text);
    assert.equal(calendar.get('VERSION'), '2.0');
    assert.equal(calendar.get('PRODID'), PRODID);
    assert.equal(calendar.get('CALSCALE'), 'GREGORIAN');
  });

  test('one all-day VEVENT per dated requirement, with its summary, "not legal advice" and a reminder 3 days before', async () => {
    const view = ok(await api.call('orders.get', { orderId }));
    const dated = view.requirements.filter((r) => r.dueDate && r.status !== 'dismissed');
    assert.ok(dated.length >= 2, 'the seed order has dated requirements');
    const { text, events: count } = await exportIcs();
    const { events } = parse(text);
    assert.equal(events.length, dated.length);
    assert.equal(count, dated.length);
    for (const r of dated) {
      const ev = events.find((e) => unescape(e.props.get('SUMMARY') ?? '') === r.summary);
      assert.ok(ev, `an event for ${r.id}`);
      const start = ev.props.get('DTSTART;VALUE=DATE');
      assert.equal(start, r.dueDate!.replace(/-/g, ''));
      assert.equal(ev.props.get('DTEND;VALUE=DATE'), nextDay(start));
      assert.match(ev.props.get('DTSTAMP') ?? '', /^\d{8}T\d{6}Z$/);
      assert.equal(ev.props.get('UID'), eventUid(view.order, r.id));
      const description = unescape(ev.props.get('DESCRIPTION') ?? '');
      assert.ok(description.includes('This is not legal advice.'));
      assert.ok(description.includes('Who must act:'));
      assert.equal(ev.alarm.get('TRIGGER'), '-P3D');
      assert.equal(ev.alarm.get('ACTION'), 'DISPLAY');
      assert.ok(ev.alarm.get('DESCRIPTION'));
    }
    assert.equal(new Set(events.map((e) => e.props.get('UID'))).size, events.length, 'UIDs are unique');
  });

  test('UIDs stay the same across exports, even when a date moves; a dismissed requirement drops out', async () => {
    const first = parse((await exportIcs()).text).events;
    // A conference logged later starts the "7 days after the conference" clock: one more dated event.
    ok(await api.call('log.add', { entry: { kind: 'phone-call', at: '2021-06-03T10:00', timeZone: TZ, minutes: 20 } }));
    const second = parse((await exportIcs()).text).events;
    const uids = (evs: Event[]) => evs.map((e) => e.props.get('UID')!);
    for (const uid of uids(first)) assert.ok(uids(second).includes(uid), `UID ${uid} kept`);
    assert.ok(second.length > first.length, 'the conference gave a new date');
    const third = parse((await exportIcs()).text).events;
    assert.deepEqual(uids(third), uids(second), 'the same case exports the same UIDs');

    const view = ok(await api.call('orders.get', { orderId }));
    const target = view.requirements.find((r) => r.dueDate)!;
    ok(await api.call('orders.setRequirement', { orderId, requirementId: target.id, status: 'dismissed' }));
    const fourth = parse((await exportIcs()).text).events;
    assert.ok(!uids(fourth).includes(eventUid(view.order, target.id)));
    assert.equal(fourth.length, second.length - 1);
    ok(await api.call('orders.setRequirement', { orderId, requirementId: target.id, status: 'done' }));
    const fifth = parse((await exportIcs()).text).events;
    const done = fifth.find((e) => e.props.get('UID') === eventUid(view.order, target.id))!;
    assert.match(unescape(done.props.get('SUMMARY')!), /^Done: /);
  });
});

describe('calendar text rules', () => {
  test('folding never splits a UTF-8 character or an escape, and unfolds to the same line', () => {
    const value = escapeText('Section § 1746; “quotes”, commas, and a newline\nhere — ñandú ✓ '.repeat(6));
    const line = `DESCRIPTION:${value}`;
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    assert.ok(physical.length > 3);
    physical.forEach((l, i) => {
      assert.ok(octets(l) <= 75, `line ${i} has ${octets(l)} octets`);
      if (i > 0) assert.ok(l.startsWith(' '));
      assert.doesNotMatch(l, /(?<!\\)\\$/, 'no line ends inside an escape');
      assert.ok(!l.includes('\uFFFD'));
    });
    assert.equal(unfold(folded), line);
  });

  test('short lines are left alone; text values are escaped', () => {
    assert.equal(foldLine('SUMMARY:short'), 'SUMMARY:short');
    assert.equal(escapeText('a,b;c\\d\ne'), 'a\\,b\\;c\\\\d\\ne');
    assert.equal(utcStamp('2021-06-10T12:34:56.789Z'), '20210610T123456Z');
  });
});
