/**
 * Wall-clock times in a named time zone ("10:00 in Los Angeles") and the moments they name.
 * The zone data is the computer's own (through @date-fns/tz's tzOffset); the computer's own
 * time zone never changes an answer.
 *
 * On clock-change days (test/unit/localTime.clockChanges.test.ts):
 * - a time that happens twice (the autumn change) means the first time it happens, the
 *   "never later" reading;
 * - a time the clock skips (the spring change) is read with the offset in force before the
 *   change: 02:30 on a spring day in Los Angeles is 03:30 new time. This is iCalendar's rule
 *   (RFC 5545, 3.3.5). `isSkippedTime` lets a caller that must not guess say so instead.
 */
import { tzOffset } from '@date-fns/tz';
import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const WALL_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/;

/** How far the zone's clock is ahead of UTC at a moment, in ms; NaN for a zone this computer does not know. */
export function zoneOffsetMs(timeZone: string, instant: number): number {
  return Math.round(tzOffset(timeZone, new Date(instant)) * MINUTE_MS);
}

const known = new Map<string, boolean>();

/** An IANA zone name this computer's time-zone data has (tzOffset alone would also take 'x+05'). */
export function isKnownTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone.length === 0 || timeZone.length > 64) return false;
  let ok = known.get(timeZone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
      ok = true;
    } catch {
      ok = false;
    }
    if (known.size > 500) known.clear();
    known.set(timeZone, ok);
  }
  return ok;
}

/** The readings of a wall time (written as if it were UTC, in ms) that really happen, earliest first. */
function readings(wall: number, timeZone: string): { real: number[]; before: number } {
  // No zone changes its clock twice within two days, so the offsets a day either side are the
  // only ones a wall time on this day can have.
  const before = zoneOffsetMs(timeZone, wall - DAY_MS);
  const after = zoneOffsetMs(timeZone, wall + DAY_MS);
  const tries = before === after ? [wall - before] : [wall - before, wall - after];
  const real = tries.filter((t) => zoneOffsetMs(timeZone, t) === wall - t).sort((a, b) => a - b);
  return { real, before };
}

function wallMs(at: string): number {
  const m = WALL_TIME.exec(at);
  return m ? Date.parse(`${m[1]}T${m[2]}:${m[3]}:00Z`) : Number.NaN;
}

/** The moment (ms since 1970, UTC) a 'YYYY-MM-DDTHH:mm' wall time names in a known zone, by the rules above. */
export function instantOfWallTime(at: string, timeZone: string): number {
  const wall = wallMs(at);
  if (Number.isNaN(wall)) return Number.NaN;
  const { real, before } = readings(wall, timeZone);
  return real[0] ?? wall - before;
}

/** True when the zone's clock jumps over this wall time (02:30 on a spring-forward day). */
export function isSkippedTime(at: string, timeZone: string): boolean {
  const wall = wallMs(at);
  return !Number.isNaN(wall) && readings(wall, timeZone).real.length === 0;
}

/** The zone's wall clock at a moment: date 'YYYY-MM-DD' and time 'HH:mm'. */
export function wallTimeAt(instant: number, timeZone: string): { date: string; time: string } {
  const wall = new Date(instant + zoneOffsetMs(timeZone, instant)).toISOString();
  return { date: wall.slice(0, 10), time: wall.slice(11, 16) };
}

/** '17:05' -> '5:05 PM' */
export function formatClockTime(time: string): string {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return format(new UTCDate(2000, 0, 1, h, m), 'h:mm a');
}
