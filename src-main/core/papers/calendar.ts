/**
 * Deadlines as a calendar file (iCalendar, RFC 5545) for a phone or computer calendar: one
 * all-day event per dated requirement, its plain summary, "This is not legal advice." in the
 * description, and a reminder 3 days before. Lines end in CRLF and are folded at 75 octets.
 * Each event's UID is a hash of the order and the requirement, so importing a newer file
 * updates the same events instead of adding copies.
 */
import { createHash } from 'node:crypto';
import { shortCaseName } from '../caseInfo/caption.js';
import { addDays } from '../deadlines/index.js';
import { NOT_LEGAL_ADVICE_SHORT } from '../plainLanguage/index.js';
import type { ChecklistData } from './types.js';
import { firstSentences, whoMustAct } from './words.js';

export const PRODID = '-//Pro Se Case File//Deadlines//EN';

export interface CalendarEvent {
  uid: string;
  /** YYYY-MM-DD */
  date: string;
  summary: string;
  description: string;
}

/** Text values: backslash, semicolon, comma and newline escaped (RFC 5545 §3.3.11). */
export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/**
 * Fold a content line so no line is longer than 75 octets (RFC 5545 §3.1), never splitting a
 * UTF-8 character or an escape such as "\," (some calendar apps mishandle a fold inside one).
 */
export function foldLine(line: string): string {
  const enc = new TextEncoder();
  if (enc.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line.match(/\\[\s\S]|[\s\S]/gu) ?? []) {
    const n = enc.encode(ch).length;
    if (octets + n > limit) {
      out.push(current);
      current = '';
      octets = 0;
      limit = 74; // continuation lines start with one space
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

const basic = (iso: string) => iso.replace(/-/g, '');

/** "20210610T120000Z" */
export function utcStamp(isoDateTime: string): string {
  const d = new Date(isoDateTime);
  const t = Number.isNaN(d.getTime()) ? new Date() : d;
  return t.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Stable across exports: the order's text fingerprint, its number in the file, and the requirement's id. */
export function eventUid(order: { id: number; sourceSha256: string }, requirementId: string): string {
  return `${createHash('sha256').update(`${order.sourceSha256}\n${order.id}\n${requirementId}`).digest('hex').slice(0, 32)}@pro-se-case-file`;
}

export function calendarEvents(d: ChecklistData): CalendarEvent[] {
  const caseName = shortCaseName(d.caption);
  const events: CalendarEvent[] = [];
  for (const v of d.orders) {
    for (const r of v.requirements) {
      if (!r.dueDate || r.status === 'dismissed') continue;
      const who = whoMustAct(String(r.actor), d.caption.side);
      events.push({
        uid: eventUid(v.order, r.id),
        date: r.dueDate,
        summary: `${d.caption.practice ? 'PRACTICE (not real): ' : ''}${r.status === 'done' ? 'Done: ' : ''}${r.summary}`,
        description: [
          `Who must act: ${who}.`,
          firstSentences(r.explanation, 400),
          `From the order: ${v.order.title}${v.order.signedDate ? ` (signed ${v.order.signedDate})` : ''}. Case: ${caseName}${d.caption.caseNumber ? `, No. ${d.caption.caseNumber}` : ''}.`,
          `${NOT_LEGAL_ADVICE_SHORT} Check every date against the order and the rules.`,
        ]
          .filter(Boolean)
          .join('\n'),
      });
    }
  }
  return events.sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
}

export function buildCalendar(d: ChecklistData): string {
  const stamp = utcStamp(d.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(`Court deadlines: ${shortCaseName(d.caption)}`)}`,
  ];
  for (const e of calendarEvents(d)) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basic(e.date)}`,
      `DTEND;VALUE=DATE:${basic(addDays(e.date, 1))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(`In 3 days: ${e.summary}`)}`,
      'TRIGGER:-P3D',
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
