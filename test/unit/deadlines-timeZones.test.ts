/**
 * Dates are counted the same on every computer, whatever its time zone: each zone below runs
 * the real date code in its own process (TZ=...) over every day from 2000 to 2030, and the
 * answers must equal the ones computed in UTC.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

const moduleUrl = (p: string) => JSON.stringify(new URL(`../../src-main/core/deadlines/${p}`, import.meta.url).href);

// Prints one line per day: the next day, the day before, its weekday and its long name, and a
// 30-day deadline from it with mail service and California's days.
const script = `
import { addDays, formatLongDate, formatShortDate, weekdayNumber } from ${moduleUrl('isoDate.ts')};
import { computeDueDate } from ${moduleUrl('computeDueDate.ts')};
const out = [];
for (let d = '2000-01-01'; d <= '2030-12-31'; d = addDays(d, 1)) {
  const due = d.endsWith('01') || d.endsWith('15') ? computeDueDate({ from: d, days: 30, serviceByMail: true, state: 'CA' }) : null;
  out.push([d, addDays(d, -1), weekdayNumber(d), formatLongDate(d), formatShortDate(d), due && due.ok ? due.value.dueDate : ''].join('|'));
}
console.log(out.join('\\n'));
`;

function run(TZ: string): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env: { ...process.env, TZ }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

test("every day from 2000 to 2030 is counted and named the same in any computer's time zone", () => {
  const utc = run('UTC');
  assert.equal(utc.status, 0, utc.stderr);
  const lines = utc.stdout.trim().split('\n');
  assert.equal(lines.length, 11_323);
  assert.ok(lines.includes('2021-06-14|2021-06-13|1|Monday, June 14, 2021|June 14, 2021|'));
  // Santiago changes its clocks at midnight, so some days there have no 00:00; Kiritimati
  // (1994-12-31) and Samoa (2011-12-30) skipped a whole day when they moved across the date line.
  for (const TZ of ['America/Los_Angeles', 'America/Santiago', 'Pacific/Kiritimati', 'Pacific/Apia']) {
    const there = run(TZ);
    assert.equal(there.status, 0, `${TZ}: ${there.stderr}`);
    assert.equal(there.stdout, utc.stdout, `TZ=${TZ} counted a day differently`);
  }
});
