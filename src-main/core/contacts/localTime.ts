/**
 * Local date-times as people say them ("June 3 at 10:00, California time"): 'YYYY-MM-DDTHH:mm'
 * plus an IANA time zone. The app stores what the person entered and works out the moment it
 * names only to put entries in time order.
 */

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

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      f = null;
    }
    if (formatters.size > 500) formatters.clear();
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  return timeZone.length > 0 && timeZone.length <= 64 && formatterFor(timeZone) !== null;
}

function realDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && y <= 2200 && t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
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

/** How far the zone's clock is ahead of UTC at a moment, in ms. */
function offsetAt(f: Intl.DateTimeFormat, utcMs: number): number {
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(utcMs)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!, p.second!);
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/** Per zone and day: the zone's offset all that day, or null on a day the clocks change. */
const dayOffsets = new Map<string, number | null>();

function steadyOffset(f: Intl.DateTimeFormat, timeZone: string, day: string, dayWallUtc: number): number | null {
  const key = `${timeZone}|${day}`;
  let off = dayOffsets.get(key);
  if (off === undefined) {
    // Offsets run from -12 h to +14 h: these two moments bracket the whole local day anywhere.
    const before = offsetAt(f, dayWallUtc - 14 * 3_600_000);
    const after = offsetAt(f, dayWallUtc + 38 * 3_600_000);
    off = before === after ? before : null;
    if (dayOffsets.size > 20_000) dayOffsets.clear();
    dayOffsets.set(key, off);
  }
  return off;
}

/**
 * The moment (ms since 1970, UTC) a local date-time names in a zone. For a clock time that
 * happens twice (the autumn change) the earlier one; one that never happens (spring) lands
 * within the hour. It is used only to sort. Unknown zones count as UTC, so sorting never fails.
 */
export function instantOf(at: string, timeZone: string): number {
  const m = LOCAL_DATE_TIME.exec(at);
  if (!m) return Number.NaN;
  const y = Number(m[1]);
  const mo = Number(m[2]) - 1;
  const d = Number(m[3]);
  const wall = Date.UTC(y, mo, d, Number(m[4]), Number(m[5]));
  const f = formatterFor(timeZone);
  if (!f) return wall;
  const steady = steadyOffset(f, timeZone, at.slice(0, 10), Date.UTC(y, mo, d));
  if (steady !== null) return wall - steady;
  const first = wall - offsetAt(f, wall);
  const second = wall - offsetAt(f, first);
  return Math.min(first, second);
}
