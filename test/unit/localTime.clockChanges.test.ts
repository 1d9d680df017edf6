/**
 * Wall-clock times next to every clock change from 2020 through 2030, in zones that change at
 * different hours and by different amounts. The expected moments come from the platform's own
 * time-zone data (Intl), read independently of the code under test:
 * - a time that happens twice (the autumn change) means the first time it happens;
 * - a time the clock skips (the spring change) is read with the offset in force before the
 *   change, so it lands as far past the change as it was past the old clock's jump
 *   (02:30 on a spring day in Los Angeles is 03:30 new time). This is iCalendar's rule
 *   (RFC 5545, 3.3.5), so the log sorts the way a calendar file of it would.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { instantOf } from '../../src-main/core/contacts/localTime.js';

const ZONES = [
  'America/Los_Angeles', // changes at 02:00 local, one hour
  'America/New_York',
  'Europe/London', // changes at 01:00 UTC
  'Europe/Berlin',
  'America/Santiago', // changes at midnight: the day starts at 01:00, or 00:00 happens twice
  'Australia/Lord_Howe', // a half-hour change
  'Pacific/Chatham', // +12:45 / +13:45
];
const MINUTE = 60_000;
const HOUR = 3_600_000;

const readers = new Map<string, Intl.DateTimeFormat>();
/** The zone's wall clock at a moment, as 'YYYY-MM-DDTHH:mm', from Intl alone. */
function wallAt(ms: number, zone: string): string {
  let f = readers.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    readers.set(zone, f);
  }
  const p = Object.fromEntries(f.formatToParts(ms).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}
const offsetAt = (ms: number, zone: string) => Date.parse(`${wallAt(ms, zone)}Z`) - Math.floor(ms / MINUTE) * MINUTE;

interface Change {
  at: number;
  before: number;
  after: number;
}

/** Every moment the zone's offset changes in [from, to), to the minute. */
function clockChanges(zone: string, from: number, to: number): Change[] {
  const out: Change[] = [];
  for (let t = from; t < to; t += 6 * HOUR) {
    const before = offsetAt(t, zone);
    if (offsetAt(t + 6 * HOUR, zone) === before) continue;
    let lo = t;
    let hi = t + 6 * HOUR;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (offsetAt(mid, zone) === before) lo = mid;
      else hi = mid;
    }
    out.push({ at: hi, before, after: offsetAt(hi, zone) });
  }
  return out;
}

/** What a wall time (written as if it were UTC, in ms) means, by the rules above. */
function expectedInstant(wall: number, change: Change, zone: string): number {
  const iso = new Date(wall).toISOString().slice(0, 16);
  const real = [wall - change.before, wall - change.after].filter((t) => wallAt(t, zone) === iso);
  return real.length > 0 ? Math.min(...real) : wall - change.before;
}

test('every clock change from 2020 to 2030, in seven zones: the hour before, the changed hour and the hour after', () => {
  let changes = 0;
  let checked = 0;
  for (const zone of ZONES) {
    for (const change of clockChanges(zone, Date.UTC(2020, 0, 1), Date.UTC(2031, 0, 1))) {
      changes++;
      const oldClock = change.at + change.before;
      const newClock = change.at + change.after;
      for (let wall = Math.min(oldClock, newClock) - 90 * MINUTE; wall <= Math.max(oldClock, newClock) + 90 * MINUTE; wall += 5 * MINUTE) {
        const at = new Date(wall).toISOString().slice(0, 16);
        const want = expectedInstant(wall, change, zone);
        assert.equal(new Date(instantOf(at, zone)).toISOString(), new Date(want).toISOString(), `${at} in ${zone}`);
        checked++;
      }
    }
  }
  // Two changes a year for eleven years in each zone (Chile and Lord Howe included) is about 150.
  assert.ok(changes >= 140, `found ${changes} clock changes`);
  assert.ok(checked > 5000, `checked ${checked} times`);
});

test('the examples people will meet: Los Angeles in 2021', () => {
  const utc = (at: string) => new Date(instantOf(at, 'America/Los_Angeles')).toISOString();
  assert.equal(utc('2021-11-07T01:30'), '2021-11-07T08:30:00.000Z', '01:30 happens twice: the first one, still daylight time');
  assert.equal(utc('2021-11-07T02:30'), '2021-11-07T10:30:00.000Z', '02:30 happens once, in standard time');
  assert.equal(utc('2021-11-07T00:59'), '2021-11-07T07:59:00.000Z');
  assert.equal(utc('2021-03-14T01:59'), '2021-03-14T09:59:00.000Z');
  assert.equal(utc('2021-03-14T02:30'), '2021-03-14T10:30:00.000Z', 'the skipped 02:30 is read as 03:30 daylight time');
  assert.equal(utc('2021-03-14T03:00'), '2021-03-14T10:00:00.000Z');
});

test('a zone the computer does not know counts as UTC, and a malformed time is not a moment', () => {
  assert.equal(new Date(instantOf('2021-06-03T10:00', 'Not/AZone')).toISOString(), '2021-06-03T10:00:00.000Z');
  assert.ok(Number.isNaN(instantOf('2021-6-3T10:00', 'America/Los_Angeles')));
});

test("the computer's own time zone never changes the answer", () => {
  const times = ['2020-10-25T01:30', '2021-11-07T01:30', '2021-03-14T02:30', '2024-04-07T02:15'];
  const zones = ['Europe/London', 'America/Los_Angeles', 'America/Los_Angeles', 'Australia/Lord_Howe'];
  const here = times.map((t, i) => instantOf(t, zones[i]));
  const script = `import { instantOf } from ${JSON.stringify(new URL('../../src-main/core/contacts/localTime.ts', import.meta.url).href)};
    console.log(JSON.stringify(${JSON.stringify(times)}.map((t, i) => instantOf(t, ${JSON.stringify(zones)}[i]))));`;
  for (const TZ of ['UTC', 'Europe/London', 'Asia/Tokyo', 'America/Los_Angeles']) {
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env: { ...process.env, TZ }, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), here, `with TZ=${TZ}`);
  }
  assert.equal(new Date(here[0]).toISOString(), '2020-10-25T00:30:00.000Z', 'London 01:30 twice: the first, still summer time');
});
