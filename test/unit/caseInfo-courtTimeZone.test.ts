/** Issue 12, item 7: the court's time zone, offered as the suggestion next to this computer's own. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { courtTimeZone } from '../../src-main/core/caseInfo/courtTimeZone.js';

test('districts name their court time zone; an unknown district names none', () => {
  const cases: [string, string | null][] = [
    ['Eastern District of California', 'America/Los_Angeles'],
    ['Western District of Washington', 'America/Los_Angeles'],
    ['District of Arizona', 'America/Phoenix'],
    ['Northern District of Texas', 'America/Chicago'],
    ['Eastern District of Arkansas', 'America/Chicago'],
    ['District of Kansas', 'America/Chicago'],
    ['Southern District of New York', 'America/New_York'],
    ['Western District of Virginia', 'America/New_York'],
    ['Eastern District of Tennessee', 'America/New_York'],
    ['Middle District of Tennessee', 'America/Chicago'],
    ['District of New Mexico', 'America/Denver'],
    ['District of Hawaii', 'Pacific/Honolulu'],
    ['District of Puerto Rico', 'America/Puerto_Rico'],
    ['', null],
    ['Some District', null],
  ];
  for (const [district, zone] of cases) assert.equal(courtTimeZone(district), zone, district);
  for (const [, zone] of cases) if (zone) assert.ok(Intl.supportedValuesOf('timeZone').includes(zone) || zone === 'America/Indiana/Indianapolis', zone);
});
