/**
 * The one place the papers read the case file: it gathers plain data, and the builders
 * (jointStatement.ts, letter.ts, logReport.ts, checklist.ts, calendar.ts) turn that data into
 * a document model without touching the database.
 */
import { readCaption } from '../caseInfo/caseInfoRepository.js';
import { listOrders } from '../caseOrders/orderRepository.js';
import { localToday, orderView, type OrderView } from '../caseOrders/orderView.js';
import { listEntries } from '../contacts/contactLog.js';
import { conferenceCandidates, contactsByMeans, type ContactRef } from '../contacts/conference.js';
import { listRequests } from '../contacts/requests.js';
import { currentFingerprint, fingerprintOf, recomputeChain, type LogFingerprint } from '../contacts/fingerprint.js';
import { checkAndRecord } from '../contacts/verifyLog.js';
import type { CaseDb } from '../db/openCaseFile.js';
import { CaseFileError } from '../result.js';
import { withOrderFallback } from './orderFacts.js';
import { readSettings } from './paperStore.js';
import type { ChecklistData, LogReportData, StatementData } from './types.js';

export interface LoadOptions {
  /** YYYY-MM-DD; defaults to today on this computer. */
  today?: string;
  /** ISO date-time for document metadata; defaults to now. */
  now?: string;
}

/** Every order of the case, as the Orders screen shows it. */
export function allOrderViews(db: CaseDb, today: string): OrderView[] {
  return listOrders(db).map((o) => orderView(db, o.id, today));
}

/** Does this order ask for a joint paper (a Joint Statement, a joint letter, ...)? */
export function asksForJointPaper(v: OrderView): boolean {
  return v.requirements.some((r) => (r.kind === 'file' || r.kind === 'contents' || r.kind === 'signature') && /\bjoint\b/i.test(r.quote?.text ?? ''));
}

/**
 * The order a joint statement or letter answers: the one asked for, else the newest order that
 * asks for a joint paper, else the newest that asks the parties to meet and confer, else the newest.
 */
export function pickStatementOrder(views: OrderView[], orderId?: number): OrderView | null {
  if (orderId !== undefined) {
    const v = views.find((x) => x.order.id === orderId);
    if (!v) throw new CaseFileError('not-found', `There is no order number ${orderId} in this case file.`, 'orderId');
    return v;
  }
  const newestFirst = [...views].reverse();
  return (
    newestFirst.find(asksForJointPaper) ??
    newestFirst.find((v) => v.requirements.some((r) => r.kind === 'meet-and-confer')) ??
    newestFirst[0] ??
    null
  );
}

function otherContacts(db: CaseDb): ContactRef[] {
  const by = contactsByMeans(db);
  return [...by.letter, ...by.email, ...by.attempt, ...by.other].sort((a, b) => a.at.localeCompare(b.at) || a.entryId - b.entryId);
}

export function loadStatementData(db: CaseDb, orderId?: number, opts: LoadOptions = {}): StatementData {
  const today = opts.today ?? localToday();
  const order = pickStatementOrder(allOrderViews(db, today), orderId);
  return {
    caption: withOrderFallback(readCaption(db), order),
    today,
    order,
    requests: listRequests(db),
    conferences: conferenceCandidates(db),
    otherContacts: otherContacts(db),
    settings: readSettings(db),
    logFingerprint: currentFingerprint(db),
    now: opts.now ?? new Date().toISOString(),
  };
}

/** The chain head just after each entry's newest version, by entry number. */
function fingerprintsByEntry(db: CaseDb): Record<number, LogFingerprint> {
  const out: Record<number, LogFingerprint> = {};
  for (const link of recomputeChain(db)) out[link.entryId] = fingerprintOf(link);
  return out;
}

export function loadLogReportData(db: CaseDb, opts: LoadOptions = {}): LogReportData {
  const today = opts.today ?? localToday();
  return {
    caption: withOrderFallback(readCaption(db), pickStatementOrder(allOrderViews(db, today))),
    today,
    entries: listEntries(db, { order: 'oldest', includeVoid: true }).entries,
    requests: listRequests(db),
    verify: checkAndRecord(db),
    fingerprints: fingerprintsByEntry(db),
    now: opts.now ?? new Date().toISOString(),
  };
}

export function loadChecklistData(db: CaseDb, opts: LoadOptions = {}): ChecklistData {
  const today = opts.today ?? localToday();
  const orders = allOrderViews(db, today);
  return { caption: withOrderFallback(readCaption(db), pickStatementOrder(orders)), today, orders, now: opts.now ?? new Date().toISOString() };
}
