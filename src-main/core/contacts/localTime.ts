/**
 * Local date-times as people say them ("June 3 at 10:00, California time"): 'YYYY-MM-DDTHH:mm'
 * plus an IANA time zone. The app stores what the person entered and works out the moment it
 * names only to put entries in time order.
 */
import { daysInMonth } from '../deadlines/isoDate.js';
import { instantOfWallTime, isKnownTimeZone, zoneOffsetMs } from '../deadlines/wallClock.js';

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The time zone of this computer, or UTC when it has none. */
export function defaultTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

export const isValidTimeZone = isKnownTimeZone;

function realDate(y: number, m: number, d: number): boolean {
  return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** 'YYYY-MM-DD' that names a day that exists. */
export function isRealDate(s: string): boolean {
  const m = DATE_ONLY.exec(s);
  return !!m && realDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** 'YYYY-MM-DDTHH:mm' that names a day and a time that exist. */
export function isRealLocalDateTime(s: string): boolean {
  const m = LOCAL_DATE_TIME.exec(s);
  return !!m && realDate(Number(m[1]), Number(m[2]), Number(m[3])) && Number(m[4]) < 24 && Number(m[5]) < 60;
}

/**
 * The moment (ms since 1970, UTC) a local date-time names in a zone, used only to sort. A time
 * that happens twice means the first; a skipped one is read as iCalendar reads it (see
 * deadlines/wallClock.ts). Unknown zones count as UTC, so sorting never fails.
 */
export function instantOf(at: string, timeZone: string): number {
  if (!LOCAL_DATE_TIME.test(at)) return Number.NaN;
  const wall = Date.parse(`${at}:00Z`);
  if (!isValidTimeZone(timeZone)) return wall;
  const steady = steadyOffset(timeZone, at.slice(0, 10));
  return steady === null ? instantOfWallTime(at, timeZone) : wall - steady;
}

/** Per zone and day: the zone's offset all that day (ms), or null on a day the clocks change. */
const dayOffsets = new Map<string, number | null>();

// A log lists thousands of entries on a few hundred days; most days have one offset all day.
function steadyOffset(timeZone: string, day: string): number | null {
  const key = `${timeZone}|${day}`;
  let off = dayOffsets.get(key);
  if (off === undefined) {
    // Offsets run from -12 h to +14 h: these two moments bracket the whole local day anywhere.
    const midnight = Date.parse(`${day}T00:00:00Z`);
    const before = zoneOffsetMs(timeZone, midnight - 14 * 3_600_000);
    off = before === zoneOffsetMs(timeZone, midnight + 38 * 3_600_000) ? before : null;
    if (dayOffsets.size > 20_000) dayOffsets.clear();
    dayOffsets.set(key, off);
  }
  return off;
}
