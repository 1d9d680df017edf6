/**
 * Numbers, periods of time, dates and times of day as courts write them:
 * "twenty-one (21) days", "thirty (30) calendar days", "May 24, 2021", "5/24/2021", "10:00 a.m.".
 */
import { daysInMonth, isoFromParts, monthName } from '../deadlines/isoDate.js';
import type { IsoDate } from './types.js';

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

const UNIT_ALT = 'eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|zero|one|two|three|four|five|six|seven|eight|nine|ten';
const TENS_ALT = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const SMALL = `(?:(?:${TENS_ALT})(?:[ -]+(?:one|two|three|four|five|six|seven|eight|nine)\\b)?|${UNIT_ALT})`;
/** A number written in words, up to one hundred ninety-nine. */
export const NUMBER_WORDS_SOURCE = `(?:(?:one|a)[ -]+hundred(?:[ -]+(?:and[ -]+)?${SMALL})?|${SMALL})`;

/** "twenty-one" -> 21, "one hundred and twenty" -> 120; null when not a number in words. */
export function parseNumberWords(text: string): number | null {
  const words = text.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter((w) => w !== '' && w !== 'and');
  if (words.length === 0) return null;
  let total = 0;
  let seen = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w in UNITS) total += UNITS[w];
    else if (w in TENS) total += TENS[w];
    else if (w === 'hundred') total = (total === 0 ? 1 : total) * 100;
    else if (w === 'a' && words[i + 1] === 'hundred') continue;
    else return null;
    seen = true;
  }
  return seen ? total : null;
}

/** A number in digits or words. */
export function parseNumber(text: string): number | null {
  const t = text.trim();
  if (/^\d{1,6}$/.test(t)) return Number(t);
  return parseNumberWords(t);
}

export type DurationUnit = 'day' | 'week' | 'month' | 'year' | 'hour';

export interface Duration {
  start: number;
  end: number;
  value: number;
  unit: DurationUnit;
  /** 'court' for "court days" / "business days", counted without weekends. */
  dayKind?: 'calendar' | 'court';
  /** Set when the words and the digits disagree ("twenty (21) days"); we trust the digits. */
  mismatch?: { words: number; digits: number };
}

const DURATION_RE = new RegExp(
  `(?:\\b(${NUMBER_WORDS_SOURCE})(?:\\s*\\(\\s*(\\d{1,4})\\s*\\))?|\\(\\s*(\\d{1,4})\\s*\\)|\\b(\\d{1,4}))` +
    '(?:\\s*-\\s*|\\s+)(?:(calendar|court|business|judicial)(?:\\s*-\\s*|\\s+))?(days?|weeks?|months?|years?|hours?)\\b',
  'gi',
);

/** Every period of time in text, in order. */
export function findDurations(text: string): Duration[] {
  const out: Duration[] = [];
  DURATION_RE.lastIndex = 0;
  for (let m = DURATION_RE.exec(text); m !== null; m = DURATION_RE.exec(text)) {
    const words = m[1] !== undefined ? parseNumberWords(m[1]) : null;
    const digitText = m[2] ?? m[3] ?? m[4];
    const digits = digitText !== undefined ? Number(digitText) : null;
    const value = digits ?? words;
    if (value === null) continue;
    const unitWord = m[6].toLowerCase();
    const unit: DurationUnit = unitWord.startsWith('day')
      ? 'day'
      : unitWord.startsWith('week')
        ? 'week'
        : unitWord.startsWith('month')
          ? 'month'
          : unitWord.startsWith('year')
            ? 'year'
            : 'hour';
    // "this 22 day of September, 2010" is a date, not a period.
    if (unit === 'day' && /^\s+of\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    const kindWord = m[5]?.toLowerCase();
    const d: Duration = { start: m.index, end: m.index + m[0].length, value, unit };
    if (kindWord === 'calendar') d.dayKind = 'calendar';
    else if (kindWord !== undefined) d.dayKind = 'court';
    if (words !== null && digits !== null && words !== digits) d.mismatch = { words, digits };
    out.push(d);
  }
  return out;
}

const MONTH_NAMES = Array.from({ length: 12 }, (_, i) => monthName(i + 1).toLowerCase());
const MONTH_ALT = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTH_NAMES.findIndex((m) => m.startsWith(w.slice(0, 3)));
}

export function isValidDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  return y >= 1900 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** "04" -> 2004, "98" -> 1998, "2021" -> 2021. */
function fullYear(y: string): number {
  if (y.length !== 2) return Number(y);
  const n = Number(y);
  return n >= 70 ? 1900 + n : 2000 + n;
}

export interface DateMatch {
  start: number;
  end: number;
  iso: IsoDate;
}

// Ordinals as orders write them: "1st", "3rd", and the legal "2d", "3d".
const ORDINAL_SUFFIX = '(?:st|nd|rd|th|d)?';
// "the first day of June", "this twenty-second day of September".
const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
  twentieth: 20, thirtieth: 30,
};
const ORDINAL_WORD_ALT = `(?:(?:twenty|thirty)[ -]?)?(?:${Object.keys(ORDINAL_WORDS).join('|')})`;

function ordinalWordsValue(text: string): number {
  const m = /^(?:(twenty|thirty)[ -]?)?(\w+)$/i.exec(text.trim());
  if (m === null) return 0;
  const tens = m[1] === undefined ? 0 : m[1].toLowerCase() === 'twenty' ? 20 : 30;
  const unit = ORDINAL_WORDS[m[2].toLowerCase()] ?? 0;
  // "twenty-twentieth" is no day; only twenty/thirty + first..ninth make one.
  return tens > 0 && unit > 9 ? 0 : tens + unit;
}

/** A year of four digits, "'21" (two digits after an apostrophe), or a web copy's "20 14" (a space inside the year). */
const NAMED_YEAR = "(\\d{4}|['\u2019]\\d{2}|(?:19|20) \\d{2}(?![\\d ]))";

const DATE_PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => [number, number, number] }[] = [
  {
    // A scanned copy may read the comma as a period: "November 9.2007", "March 11. 2008".
    re: new RegExp(`\\b${MONTH_ALT}\\s+(\\d{1,2})${ORDINAL_SUFFIX}(?:\\s*,\\s*|\\s+|\\.\\s?(?=\\d{4}))${NAMED_YEAR}(?![\\w])`, 'gi'),
    read: (m) => [fullYear(m[3].replace(/^['\u2019]/, '').replace(' ', '')), monthIndex(m[1]) + 1, Number(m[2])],
  },
  {
    // "1st day of June, 2021", "the 1st of June, 2021", "1 June 2021".
    re: new RegExp(`\\b(\\d{1,2})${ORDINAL_SUFFIX}\\s+(?:day\\s+of\\s+|of\\s+)?${MONTH_ALT}(?:\\s*,\\s*|\\s+)(\\d{4})\\b`, 'gi'),
    read: (m) => [Number(m[3]), monthIndex(m[2]) + 1, Number(m[1])],
  },
  {
    // "this twentieth day of December, 2024", "the first of June, 2021".
    re: new RegExp(`\\b(${ORDINAL_WORD_ALT})\\s+(?:day\\s+of\\s+|of\\s+)${MONTH_ALT}(?:\\s*,\\s*|\\s+)(\\d{4})\\b`, 'gi'),
    read: (m) => [Number(m[3]), monthIndex(m[2]) + 1, ordinalWordsValue(m[1])],
  },
  {
    re: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g,
    read: (m) => [fullYear(m[3]), Number(m[1]), Number(m[2])],
  },
  { re: /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, read: (m) => [Number(m[1]), Number(m[2]), Number(m[3])] },
  {
    // Docket shorthand: "8-17-04", "11-23-2021".
    re: /(?<![\d/:-])(\d{1,2})-(\d{1,2})-(\d{4}|\d{2})(?![\d-])/g,
    read: (m) => [fullYear(m[3]), Number(m[1]), Number(m[2])],
  },
  {
    // Clerks' minutes sometimes drop a digit of the year: "2/9/4", "03/8/4" (2004).
    re: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d)(?![\d/])/g,
    read: (m) => [2000 + Number(m[3]), Number(m[1]), Number(m[2])],
  },
];

/** Every real calendar date in text, in order, without overlaps. */
export function findDates(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  for (const { re, read } of DATE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const [y, mo, d] = read(m);
      if (isValidDate(y, mo, d)) found.push({ start: m.index, end: m.index + m[0].length, iso: isoFromParts(y, mo, d) });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateMatch[] = [];
  for (const f of found) if (out.length === 0 || f.start >= out[out.length - 1].end) out.push(f);
  return out;
}

/**
 * Date-shaped words that name no real day ("February 30, 2021", "6/31/21"), so a reader can say
 * so instead of quietly dropping them or rolling them into the next month.
 */
export function findImpossibleDates(text: string): { start: number; end: number; text: string }[] {
  const real = findDates(text);
  const out: { start: number; end: number; text: string }[] = [];
  for (const { re, read } of DATE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const [y, mo, d] = read(m);
      const start = m.index;
      const end = m.index + m[0].length;
      const shaped = y >= 1900 && y <= 2200 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
      if (!shaped || isValidDate(y, mo, d)) continue;
      if (real.some((r) => r.start < end && start < r.end) || out.some((o) => o.start < end && start < o.end)) continue;
      out.push({ start, end, text: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The first date in text, as ISO, or null. */
export function parseDate(text: string): IsoDate | null {
  return findDates(text)[0]?.iso ?? null;
}

export interface TimeMatch {
  start: number;
  end: number;
  /** e.g. "10:00 a.m." */
  time: string;
}

/** Times of day: "10:00 a.m.", "1:30 PM", "9 a.m.", "noon". */
export function findTimes(text: string): TimeMatch[] {
  const out: TimeMatch[] = [];
  const re = /\b(\d{1,2})(?::(\d{2}))?(?::\d{2})?\s*([ap])\.?\s?m\b\.?|\bnoon\b/gi;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].toLowerCase() === 'noon') {
      out.push({ start: m.index, end: m.index + 4, time: '12:00 p.m.' });
      continue;
    }
    const h = Number(m[1]);
    const min = m[2] ?? '00';
    if (h < 1 || h > 12 || Number(min) > 59) continue;
    out.push({ start: m.index, end: m.index + m[0].length, time: `${h}:${min} ${m[3].toLowerCase()}.m.` });
  }
  return out;
}

/** "May 24, 2021" for an ISO date (no weekday; the deadlines module adds it). */
export function isoToWords(iso: IsoDate): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m === null) return iso;
  const name = MONTH_NAMES[Number(m[2]) - 1];
  if (name === undefined) return iso;
  return `${name[0].toUpperCase()}${name.slice(1)} ${Number(m[3])}, ${m[1]}`;
}
