/**
 * The party's part of the joint statement an order asks for, drafted from the case file:
 * caption and title from the order, a sentence that says who files it, then the contents the
 * order lists in its own order ((a) the conference(s) from the log, never invented; (b) whether
 * the motion was resolved, from the requests' statuses; (c) each request still at issue with the
 * party's position; anything else as a heading to fill in), the signature ("/s/" only where the
 * order allows it) and a certificate of service (for a person in prison, a 28 U.S.C. § 1746
 * declaration under the prison mailbox rule).
 *
 * Every paragraph the app writes carries a stable id, so the person's own words can replace it.
 */
import type { ContactRef } from '../contacts/conference.js';
import type { RequestView } from '../contacts/requests.js';
import type { Block } from '../exports/model.js';
import {
  courtCaption,
  demoWarning,
  demoWatermark,
  jointPaperName,
  motionWords,
  orderDate,
  requiredContents,
  requirementOf,
  statementTitle,
  type ContentItem,
} from './orderFacts.js';
import { fingerprintBlocks } from './fingerprintLine.js';
import { filingPlan, type FilingPlan } from './filingPlan.js';
import type { Draft, GeneratedPart, StatementData } from './types.js';
import { addressLines, footerCase, listWords, otherSideWord, partyWord, personName, prisonerLine, requestFullName, shortDate } from './words.js';

export const NO_CONFERENCE_WARNING =
  'Your contact log has no phone call, video call or meeting with the other side. The statement says so in plain words. ' +
  'The order asks for a real talk, by phone or in person. Log the call or meeting as soon as it happens, and the statement will list it.';

const MEANS_PHRASE: Record<ContactRef['means'], string> = {
  phone: 'by telephone',
  video: 'by video call',
  'in-person': 'in person',
  letter: 'by letter',
  email: 'by email',
  attempt: 'by a try that reached no one',
  other: 'by another means',
};

/** How a contact that was not a talk is named: "a letter sent on May 27, 2021". */
export const CONTACT_WORDS: Record<ContactRef['kind'], string> = {
  'phone-call': 'a phone call',
  'video-call': 'a video call',
  'in-person': 'a meeting in person',
  'letter-sent': 'a letter sent',
  'letter-received': 'a letter received',
  'email-sent': 'an email sent',
  'email-received': 'an email received',
  'no-answer': 'a call that got no answer',
  voicemail: 'a voicemail message',
  'message-with-staff': 'a message left with staff',
  other: 'another contact',
};

const BLANK_DATE = '____________________';

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const sentence = (s: string) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return /[.!?]["')\]]*$/.test(t) ? t : `${t}.`;
};

/** People the party spoke with, leaving out the party's own name. */
function others(participants: string[], self: string): string[] {
  const me = self.toLowerCase().replace(/\s*\(demo\)\s*$/, '');
  return participants.filter((p) => p.trim() && p.toLowerCase().replace(/\s*\(demo\)\s*$/, '') !== me);
}

export function conferenceText(d: StatementData, party: string, other: string): { text: string; warnings: string[] } {
  const motion = motionWords(d.order);
  const warnings: string[] = [];
  const confs = d.conferences;
  const self = personName(d.caption);
  if (confs.length === 0) {
    const out: string[] = [`The parties have not yet met and conferred about ${motion.words} by telephone or in person.`];
    const contact = requirementOf(d.order, 'contact');
    if (contact?.dueDate && contact.dueDate < d.today && (contact.actor === 'defense-counsel' || contact.actor === 'defendant') && d.caption.side !== 'defendant') {
      out.push(`The Court's order directed counsel for ${other} to contact ${party} by ${shortDate(contact.dueDate)}.`);
    }
    const tries = d.otherContacts;
    if (tries.length > 0) {
      const shown = tries.slice(0, 8).map((t) => `${CONTACT_WORDS[t.kind]} on ${shortDate(t.date)}`);
      const more = tries.length > 8 ? `, and ${tries.length - 8} more` : '';
      out.push(`${party}'s log shows these other contacts: ${shown.join('; ')}${more}.`);
    }
    warnings.push(NO_CONFERENCE_WARNING);
    return { text: out.join(' '), warnings };
  }
  const detail = (k: ContactRef) => {
    const who = others(k.participants, self);
    return `${MEANS_PHRASE[k.means]} on ${shortDate(k.date)}${k.minutes ? `, for about ${k.minutes} minutes` : ''}${who.length > 0 ? `, with ${listWords(who)}` : ''}`;
  };
  const out = [`The parties met and conferred about ${motion.words}.`];
  if (confs.length === 1) out.push(`They talked ${detail(confs[0])}.`);
  else {
    const all = confs.map(detail);
    out.push(`They talked ${confs.length === 2 ? 'twice' : `${confs.length} times`}: ${all.slice(0, -1).join('; ')}; and ${all[all.length - 1]}.`);
  }
  out.push(`${party} took part in good faith and tried to resolve the dispute.`);

  const allowed = requirementOf(d.order, 'meet-and-confer')?.means ?? [];
  if (allowed.length > 0 && !confs.some((k) => (allowed as string[]).includes(k.means))) {
    const words = listWords(allowed.map((m) => MEANS_PHRASE[m as ContactRef['means']] ?? m), 'or');
    warnings.push(`The order asks you to meet and confer ${words}. Your log shows no talk of that kind. Check that what you logged counts.`);
  }
  return { text: out.join(' '), warnings };
}

function byDate<T extends RequestView>(list: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of list) {
    const k = r.status.date ?? '';
    out.set(k, [...(out.get(k) ?? []), r]);
  }
  return out;
}

export function resolutionText(d: StatementData, party: string, other: string): string {
  const motion = motionWords(d.order);
  const subject = capitalize(motion.words);
  const reqs = d.requests;
  if (reqs.length === 0) {
    return `${party} has not yet listed the requests that the motion is about. [Write whether the motion was resolved in full, in part, or not at all.]`;
  }
  const of = (s: RequestView['status']['state']) => reqs.filter((r) => r.status.state === s);
  const resolved = of('resolved');
  const partly = of('partly-resolved');
  const withdrawn = of('withdrawn');
  const open = of('open');
  const out: string[] = [];
  if (open.length === 0 && partly.length === 0) out.push(`${subject} was resolved in full through the meet and confer process.`);
  else if (resolved.length + partly.length + withdrawn.length > 0) out.push(`${subject} was resolved in part through the meet and confer process.`);
  else if (d.conferences.length > 0) out.push(`${subject} was not resolved. The parties did not agree on any request.`);
  else out.push(`${subject} has not been resolved.`);

  const on = (date: string) => (date ? `On ${shortDate(date)}, ` : '');
  for (const [date, list] of byDate(resolved)) {
    out.push(`${on(date)}${date ? other : capitalize(other)} agreed to provide what ${party} asked for in ${listWords(list.map(requestFullName))}.`);
  }
  for (const r of partly) {
    out.push(`${on(r.status.date ?? '')}${r.status.date ? other : capitalize(other)} agreed to supplement their response to ${requestFullName(r)}${r.status.byDate ? ` by ${shortDate(r.status.byDate)}` : ''}.`);
  }
  const mover = motion.by && motion.by !== (d.caption.side || motion.by) ? other : party;
  for (const [date, list] of byDate(withdrawn)) {
    out.push(`${on(date)}${mover} withdrew ${listWords(list.map(requestFullName))}.`);
  }
  return out.join(' ');
}

function positionOf(r: RequestView): string {
  return r.position.trim() ? sentence(r.position) : '[Write your position on this request.]';
}

function requestText(r: RequestView, party: string, other: string, withPosition: boolean): string {
  const desc = r.description.replace(/[.\s]+$/, '').trim();
  let t = `${requestFullName(r)}${desc ? ` (${desc})` : ''}.`;
  if (r.status.state === 'partly-resolved') {
    t += ` ${other} agreed to supplement their response${r.status.byDate ? ` by ${shortDate(r.status.byDate)}` : ''}. Until they do, this request is still at issue.`;
  }
  if (withPosition) t += ` ${party}'s position: ${positionOf(r)}`;
  return t;
}

/** The paper as it is written: its blocks, the parts the person can edit, and what to check. */
interface StatementWriter {
  blocks: Block[];
  parts: GeneratedPart[];
  warnings: string[];
  /** A paragraph the person can edit; ids stay unique when a part repeats. */
  para: (id: string, partTitle: string, text: string, label?: string) => void;
}

function statementWriter(): StatementWriter {
  const used = new Set<string>();
  const w: StatementWriter = {
    blocks: [],
    parts: [],
    warnings: [],
    para: (id, partTitle, text, label) => {
      let unique = id;
      for (let n = 2; used.has(unique); n++) unique = `${id}-${n}`;
      used.add(unique);
      w.blocks.push({ type: 'paragraph', id: unique, text, ...(label && { label }) });
      w.parts.push({ id: unique, title: partTitle, text });
    },
  };
  return w;
}

/** Each part the order asks the statement to contain, in the order's own sequence and labels. */
function writeContents(w: StatementWriter, d: StatementData, party: string, other: string): void {
  const order = d.order;
  const stillAtIssue = d.requests.filter((r) => r.status.state === 'open' || r.status.state === 'partly-resolved');
  const contents = requiredContents(order);
  const separatePositions = contents.items.some((i) => i.topic === 'position');
  const heading = (item: ContentItem) => {
    if (!contents.fromOrder && item.label === '') w.blocks.push({ type: 'heading', level: 2, text: item.text });
  };
  const titled = (item: ContentItem, words: string) => (item.label ? `${item.label} ${words}` : words);

  // The order asks the parties to meet and confer but does not list the conference among the
  // contents: say what the log shows anyway, first, so the court sees it happened (or did not).
  const items = contents.items.some((i) => i.topic === 'conference') || !requirementOf(order, 'meet-and-confer')
    ? contents.items
    : [{ label: '', key: 'conference', text: 'The conference', topic: 'conference' as const }, ...contents.items];

  for (const item of items) {
    switch (item.topic) {
      case 'length':
        w.warnings.push(`The order sets a length limit: "${sentence(item.text)}" Check the page count before you file.`);
        break;
      case 'conference': {
        heading(item);
        const r = conferenceText(d, party, other);
        w.warnings.push(...r.warnings);
        w.para('conference', titled(item, 'The conference'), r.text, item.label);
        break;
      }
      case 'resolution':
        heading(item);
        if (d.requests.length === 0) w.warnings.push('You have not listed any requests yet. Add them on "Requests at issue", so the statement can say what was resolved.');
        w.para('resolution', titled(item, 'Was the motion resolved?'), resolutionText(d, party, other), item.label);
        break;
      case 'at-issue': {
        heading(item);
        const lead =
          d.requests.length === 0
            ? '[Write each discovery request that is still at issue.]'
            : stillAtIssue.length === 0
              ? 'No discovery request is still at issue.'
              : separatePositions
                ? 'These discovery requests are still at issue:'
                : `These discovery requests are still at issue. ${party}'s position on each one follows:`;
        w.para('at-issue', titled(item, 'Requests still at issue'), lead, item.label);
        stillAtIssue.forEach((r, i) => w.para(`request-${r.key}`, r.label, requestText(r, party, other, !separatePositions), `${i + 1}.`));
        break;
      }
      case 'position': {
        heading(item);
        const lead = stillAtIssue.length === 0 ? `${party} has no issue still in dispute.` : `Here is ${party}'s final position on each one:`;
        w.para('positions', titled(item, 'Your position'), lead, item.label);
        stillAtIssue.forEach((r, i) => w.para(`position-${r.key}`, `Position: ${r.label}`, `${requestFullName(r)}: ${positionOf(r)}`, `${i + 1}.`));
        break;
      }
      default: {
        const words = sentence(capitalize(item.text));
        w.blocks.push({ type: 'heading', level: 2, text: titled(item, words) });
        w.para(`other-${item.key}`, titled(item, words), `[Write this part: ${words.replace(/\.$/, '')}.]`);
      }
    }
  }

}

/** Signature: a typed "/s/" only where the order says electronic signatures are acceptable. Says whether it is typed. */
function writeSignature(w: StatementWriter, d: StatementData, party: string, name: string): boolean {
  const c = d.caption;
  const order = d.order;
  const electronic = !!order?.electronicSignaturesAllowed;
  const signDate = d.settings.signatureDate ? shortDate(d.settings.signatureDate) : electronic ? shortDate(d.today) : '';
  const sigLines = [prisonerLine(c.prisonerNumber), ...addressLines(c.mailingAddress)].filter(Boolean);
  w.blocks.push({ type: 'signature', mode: electronic ? 'electronic' : 'handwritten', name: name || '[Fill in your name]', role: `${party}, pro se`, date: signDate, lines: sigLines });
  if (!electronic) {
    const rule = /eastern district of california/i.test(c.district || order?.caption.district || '') ? ' (Local Rule 131(b))' : '';
    w.warnings.push(`The order does not say a typed signature ("/s/") is acceptable, so the paper has a line to sign. Print it and sign it by hand in ink${rule}.`);
  }
  if (!c.mailingAddress.trim()) w.warnings.push('Your mailing address is missing. Add it on "About your case", so it prints under your signature.');
  if (c.inPrison && !c.institution.trim()) w.warnings.push('The name of your prison or jail is missing. Add it on "About your case", so the declaration of service says where you are held.');

  return electronic;
}

export function buildJointStatement(d: StatementData): Draft {
  const c = d.caption;
  const order = d.order;
  const party = partyWord(c.side || order?.caption.proSe || '');
  const other = otherSideWord(c);
  const name = personName(c);
  const paperName = jointPaperName(order);
  const title = statementTitle(order);
  const w = statementWriter();
  const { blocks, parts, warnings } = w;

  if (!order) warnings.push('No court order is in this case file yet. Add the order on the Orders screen, so this paper follows what it asks.');
  if (!name) warnings.push('Your name is missing. Add it on "About your case".');
  if (!c.caseNumber.trim() && !order?.caption.caseNumber) warnings.push('The case number is missing. Add it on "About your case".');

  const plan = filingPlan(order, c.side, d.today);
  w.para('intro', 'Who files this', introText(`${party}${name ? ` ${name}` : ''}`, party, paperName, orderDate(order), plan));
  writeContents(w, d, party, other);
  const electronic = writeSignature(w, d, party, name);

  // The log's fingerprint as of this filing: the court and the other side then hold a copy.
  blocks.push(...fingerprintBlocks(d.logFingerprint, d.today));

  const service = certificate(d, party, other, paperName, electronic);
  blocks.push(...service.blocks);
  parts.push(...service.parts);
  if (!d.settings.serviceDate) warnings.push(`The ${c.inPrison ? 'declaration of service' : 'certificate of service'} has a blank for the date. Write in the day you ${c.inPrison ? 'hand it to prison staff' : 'mail it'}, or set that date here before you save the paper.`);

  if (c.isDemo) warnings.push(demoWarning(c, 'file'));

  return {
    model: {
      kind: 'joint-statement',
      caption: courtCaption(c, order, title),
      blocks,
      footer: `${paperName} (${party}'s part) \u2014 ${footerCase(c)}`,
      pleadingPaper: d.settings.pleadingPaper,
      doubleSpaced: true,
      ...(c.isDemo && { draftWatermark: demoWatermark(c) }),
      title,
      ...(name && { author: name }),
      createdAt: d.now,
    },
    parts,
    warnings,
    nextStep: plan.nextStep,
  };
}

/** The opening sentence, worded from what the order says about who files the paper and who signs it. */
export function introText(who: string, party: string, paperName: string, date: string, plan: FilingPlan): string {
  const ordered = date ? `The Court's order of ${shortDate(date)}` : "The Court's order";
  const signs = plan.allSign ? ' and all parties to sign it' : '';
  switch (plan.filer) {
    case 'you':
      return `${who} has no lawyer and files this ${paperName}${date ? `, as the Court ordered on ${shortDate(date)}` : ''}.`;
    case 'other-side':
    case 'parties':
      return `${who} has no lawyer. This is ${party}'s part of the ${paperName}. ${ordered} directs ${plan.filerCourtWords} to file the ${paperName}${signs}.`;
    default:
      return `${who} has no lawyer. This is ${party}'s part of the ${paperName}${date ? `, as the Court ordered on ${shortDate(date)}` : ''}.`;
  }
}

/** Who the paper is served on: the other side's lawyer, with their address. */
export function counselRecipient(d: StatementData): string {
  const k = d.caption.counsel;
  const lines = [k.name, k.firm, ...addressLines(k.address)].map((l) => l.trim()).filter(Boolean);
  return lines.length > 0 ? lines.join(', ') : "[Fill in the name and address of the other side's lawyer]";
}

function certificate(d: StatementData, party: string, other: string, paperName: string, electronic: boolean): { blocks: Block[]; parts: GeneratedPart[] } {
  const c = d.caption;
  const name = personName(c) || '[Fill in your name]';
  const when = d.settings.serviceDate ? shortDate(d.settings.serviceDate) : BLANK_DATE;
  const to = counselRecipient(d);
  const sigLines = [prisonerLine(c.prisonerNumber), ...addressLines(c.mailingAddress)].filter(Boolean);
  if (c.inPrison) {
    // The institution is asked for on its own: an address's first line is often the person's name and number.
    const place = c.institution.trim() || '[Fill in the name of your prison or jail]';
    const text =
      `I, ${name}, declare: I am the ${party.toLowerCase()} in this case. I am in custody at ${place}. ` +
      `On ${when}, I gave my part of the ${paperName} to prison staff for mailing. ` +
      `It was in a sealed envelope with first-class postage fully prepaid, addressed to: ${to}.`;
    return {
      blocks: [
        { type: 'pageBreak' },
        { type: 'heading', level: 1, text: 'DECLARATION OF SERVICE BY MAIL' },
        { type: 'paragraph', id: 'service', text },
        // The oath itself is the statute's wording (28 U.S.C. § 1746), so it is not offered for editing.
        {
          type: 'paragraph',
          text: `I declare under penalty of perjury under the laws of the United States of America that the foregoing is true and correct (28 U.S.C. \u00a7 1746). Executed on ${when}, at ${place}.`,
        },
        // Handed to prison staff on paper, so signed in ink; that day is the day it counts as filed (Houston v. Lack, 487 U.S. 266 (1988)).
        { type: 'signature', mode: 'handwritten', name, role: 'Declarant', date: d.settings.serviceDate ? when : '', lines: sigLines },
      ],
      parts: [{ id: 'service', title: 'Declaration of service by mail', text }],
    };
  }
  const text = `I certify that on ${when}, I served a copy of my part of the ${paperName} by first-class mail, postage prepaid. I mailed it to ${to}, counsel for ${other}.`;
  return {
    blocks: [
      { type: 'pageBreak' },
      { type: 'heading', level: 1, text: 'CERTIFICATE OF SERVICE' },
      { type: 'paragraph', id: 'service', text },
      { type: 'signature', mode: electronic ? 'electronic' : 'handwritten', name, role: `${party}, pro se`, date: d.settings.serviceDate ? when : electronic ? shortDate(d.today) : '', lines: sigLines },
    ],
    parts: [{ id: 'service', title: 'Certificate of service', text }],
  };
}
