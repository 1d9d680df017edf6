/**
 * The contact log as a paper: every entry in date order (removed ones marked, with the reason),
 * the log's fingerprint just after each entry, where each request stands, and what the check
 * found today and can prove (logIntegrity.ts). Once the other side holds this paper, its
 * fingerprints show whether the log up to each entry was changed later.
 */
import type { LogEntryView } from '../contacts/contactLog.js';
import type { LogFingerprint } from '../contacts/fingerprint.js';
import type { EntryKind, Outcome } from '../contacts/entryContent.js';
import { whoLine } from '../contacts/whoWords.js';
import type { RequestState } from '../contacts/requestStatus.js';
import type { Block } from '../exports/model.js';
import { integrityBlocks } from './logIntegrity.js';
import { courtCaption, demoWarning, demoWatermark } from './orderFacts.js';
import type { Draft, LogReportData } from './types.js';
import { clockTime, footerCase, partyWord, personName, shortDate } from './words.js';

export const KIND_LABEL: Record<EntryKind, string> = {
  'phone-call': 'Phone call',
  'video-call': 'Video call',
  'in-person': 'Meeting in person',
  'letter-sent': 'Letter sent',
  'letter-received': 'Letter received',
  'email-sent': 'Email sent',
  'email-received': 'Email received',
  'no-answer': 'Call, no answer',
  voicemail: 'Voicemail left',
  'message-with-staff': 'Message with staff',
  other: 'Other',
};

export const OUTCOME_WORDS: Record<Outcome, string> = {
  'agreed-to-produce': 'they agreed to provide it',
  'agreed-to-supplement': 'they agreed to supplement their answer',
  withdrawn: 'withdrawn',
  'still-disputed': 'still disputed',
  other: 'talked about it',
};

export const STATE_WORDS: Record<RequestState, string> = {
  open: 'Still at issue',
  resolved: 'Resolved',
  'partly-resolved': 'Partly resolved',
  withdrawn: 'Withdrawn',
};

const STARTED: Record<string, string> = { me: 'started by me', them: 'started by the other side', other: 'started by someone else' };

function whatHappened(e: LogEntryView, fp: LogFingerprint | undefined): string {
  const c = e.content;
  const out: string[] = [];
  if (e.isVoid) out.push(`REMOVED from the log: ${e.voidReason ?? 'no reason given'}`);
  if (c.notes.trim()) out.push(c.notes.trim());
  if (c.reference.trim()) out.push(`Reference: ${c.reference.trim()}`);
  for (const o of e.outcomes) {
    out.push(`${o.label}: ${OUTCOME_WORDS[o.outcome]}${o.byDate ? ` by ${shortDate(o.byDate)}` : ''}${o.note ? ` (${o.note})` : ''}`);
  }
  for (const a of c.agreements) out.push(`Agreed: ${a.text}${a.dueDate ? ` (by ${shortDate(a.dueDate)})` : ''}`);
  for (const f of c.followUps) out.push(`Next step: ${f.text}${f.dueDate ? ` (by ${shortDate(f.dueDate)})` : ''}`);
  if (!e.isVoid && e.revision > 1) out.push(`Changed ${e.revision - 1 === 1 ? 'once' : `${e.revision - 1} times`}; last reason: ${e.lastReason ?? ''}`);
  if (fp) out.push(`Log fingerprint as of change ${fp.seq}: ${fp.code}`);
  return out.join('\n') || '—';
}

function how(e: LogEntryView): string {
  const c = e.content;
  const bits = [KIND_LABEL[c.kind] ?? c.kind];
  if (c.minutes) bits.push(`${c.minutes} min`);
  bits.push(STARTED[c.startedBy] ?? '');
  return bits.filter(Boolean).join(', ') + (e.isVoid ? ' (REMOVED)' : '');
}

export function buildLogReport(d: LogReportData): Draft {
  const c = d.caption;
  const name = personName(c);
  const party = partyWord(c.side);
  const warnings: string[] = [];
  const live = d.entries.filter((e) => !e.isVoid).length;
  const removed = d.entries.length - live;

  const rows = d.entries.map((e) => [
    String(e.id),
    `${shortDate(e.content.at)}\n${clockTime(e.content.at)}`,
    how(e),
    whoLine(e.content, party) || '—',
    whatHappened(e, d.fingerprints[e.id]),
  ]);

  const requestRows = d.requests.map((r) => [
    `${r.label}\n${r.description}`,
    `${STATE_WORDS[r.status.state]}${r.status.date ? ` since ${shortDate(r.status.date)}` : ''}${r.status.byDate ? ` (promised by ${shortDate(r.status.byDate)})` : ''}`,
    r.outcomes.map((o) => `${shortDate(o.date)}: ${OUTCOME_WORDS[o.outcome]}${o.byDate ? ` by ${shortDate(o.byDate)}` : ''} (entry ${o.entryId})`).join('\n') || 'Not in the log yet',
  ]);

  const blocks: Block[] = [
    {
      type: 'paragraph',
      text:
        `This is ${name ? `${party} ${name}'s` : `the ${party.toLowerCase()}'s`} record of each call, meeting, letter and try to reach the other side in this case, in date order. ` +
        `It has ${d.entries.length} ${d.entries.length === 1 ? 'entry' : 'entries'}${removed > 0 ? `, ${removed} of them removed` : ''}. ` +
        'Entries removed from the log are still shown, marked "REMOVED", with the reason. Times are as entered, in the local time of the person who logged them.',
    },
    { type: 'heading', level: 2, text: 'Contacts' },
    d.entries.length > 0
      ? { type: 'table', columns: ['No.', 'Date', 'How', 'Who', 'What happened'], widths: [0.45, 1.15, 1.3, 1.4, 4], rows }
      : { type: 'paragraph', text: 'The log has no entries yet.' },
    { type: 'heading', level: 2, text: 'Where each request stands' },
    d.requests.length > 0
      ? { type: 'table', columns: ['Request', 'Where it stands', 'What the log says'], widths: [2, 1.6, 3], rows: requestRows }
      : { type: 'paragraph', text: 'No requests are listed.' },
  ];

  const integrity = integrityBlocks(d.verify, d.today);
  blocks.push(...integrity.blocks);
  warnings.push(...integrity.warnings);
  if (c.isDemo) warnings.push(demoWarning(c, 'file'));

  return {
    model: {
      kind: 'contact-log',
      caption: courtCaption(c, null, 'RECORD OF MEET-AND-CONFER CONTACTS'),
      blocks,
      footer: `Contact log \u2014 ${footerCase(c)}`,
      ...(c.isDemo && { draftWatermark: demoWatermark(c) }),
      title: `Contact log \u2014 ${footerCase(c)}`,
      ...(name && { author: name }),
      createdAt: d.now,
    },
    parts: [],
    warnings,
  };
}
