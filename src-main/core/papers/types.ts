import type { Caption as CaseCaption } from '../caseInfo/caption.js';
import type { OrderView } from '../caseOrders/orderView.js';
import type { LogEntryView } from '../contacts/contactLog.js';
import type { ContactRef } from '../contacts/conference.js';
import type { LogFingerprint } from '../contacts/fingerprint.js';
import type { RequestView } from '../contacts/requests.js';
import type { VerifyResult } from '../contacts/verifyLog.js';
import type { DocumentModel } from '../exports/model.js';
import type { PaperSettings } from './paperStore.js';

/** The papers the app makes. The calendar (.ics) is not a DocumentModel and is made apart. */
export const PAPER_KINDS = ['joint-statement', 'letter', 'contact-log', 'checklist'] as const;
export type PaperKind = (typeof PAPER_KINDS)[number];

/** One paragraph the app wrote that the person may change. */
export interface GeneratedPart {
  /** Stable id: the same part keeps it across drafts ("conference", "request-RFP-1-3"). */
  id: string;
  /** What the part is, for the edit form: "(a) Your conference". */
  title: string;
  text: string;
}

/** What a builder returns: the paper, its editable parts (their ids are paragraph ids in the model), and warnings. */
export interface Draft {
  model: DocumentModel;
  parts: GeneratedPart[];
  warnings: string[];
  /** What the person must do with the paper once saved (who files it, by when), in plain words. */
  nextStep?: string;
}

/** An editable part as the screen shows it. */
export interface EditablePart extends GeneratedPart {
  /** The app's own words (what "Reset to generated text" brings back). */
  generated: string;
  /** True when `text` is the person's own. */
  edited: boolean;
  /** The person's words replace an app draft that has since changed (for example, a call was logged later). */
  stale: boolean;
  updatedAt: string | null;
}

/** A paper ready to show and to export. */
export interface PaperPreview {
  paper: PaperKind;
  model: DocumentModel;
  parts: EditablePart[];
  /** Plain sentences to show before the person files or sends the paper. */
  warnings: string[];
  settings: PaperSettings;
  /** The order the paper answers, when there is one. */
  orderId: number | null;
  /** "joint-statement-dickson-v-gomez" (no extension). */
  fileBase: string;
  /** What to do with the paper once saved, when the app can say; '' otherwise. */
  nextStep: string;
}

/** Everything the joint statement and the letter are drafted from. */
export interface StatementData {
  caption: CaseCaption;
  /** YYYY-MM-DD, in the person's time zone. */
  today: string;
  order: OrderView | null;
  requests: RequestView[];
  /** Phone calls, video calls and meetings, not removed, oldest first. */
  conferences: ContactRef[];
  /** Every other contact or try, not removed, oldest first. */
  otherContacts: ContactRef[];
  settings: PaperSettings;
  /** The contact log's fingerprint as of this paper (null while the log is empty). */
  logFingerprint: LogFingerprint | null;
  /** ISO date-time for the PDF's metadata. */
  now: string;
}

export interface LogReportData {
  caption: CaseCaption;
  today: string;
  /** Every entry, removed ones too, oldest first. */
  entries: LogEntryView[];
  requests: RequestView[];
  verify: VerifyResult;
  /** The log's fingerprint just after each entry was last saved, by entry number. */
  fingerprints: Record<number, LogFingerprint>;
  now: string;
}

export interface ChecklistData {
  caption: CaseCaption;
  today: string;
  orders: OrderView[];
  now: string;
}
