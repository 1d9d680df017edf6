/**
 * One small document model for everything the app prints or exports: the party's portion of a
 * joint statement, the contact log report, the checklist, a letter. The three renderers
 * (DOCX, PDF, plain text) take only this model; none of them reads the case file.
 */

export interface Caption {
  /** "United States District Court" (printed in capitals). */
  court: string;
  /** "Eastern District of California" (printed in capitals). */
  district?: string;
  plaintiffs: string[];
  defendants: string[];
  /** "1:17-cv-00294-DAD-BAM (PC)" */
  caseNumber: string;
  /** "JOINT STATEMENT RE: MEET AND CONFER ON PLAINTIFF'S MOTION TO COMPEL (ECF No. 70)" */
  title: string;
  /** Lines under the party's name at top-left: name, prisoner no., address, "Plaintiff, pro se". */
  partyBlock?: string[];
}

export interface ChecklistItem {
  text: string;
  detail?: string;
  /** Already formatted for people: "Monday, June 14, 2021". */
  due?: string;
  who?: string;
}

export type Block =
  | { type: 'heading'; text: string; level: 1 | 2 }
  | {
      type: 'paragraph';
      text: string;
      /** Stable id of an editable sentence/paragraph (kept as a bookmark in DOCX). */
      id?: string;
      /** "(a)" */
      label?: string;
    }
  | { type: 'list'; ordered: boolean; items: string[] }
  | { type: 'checklist'; items: ChecklistItem[] }
  | {
      type: 'table';
      columns: string[];
      rows: string[][];
      /** Relative column widths (any unit; they are scaled to the text width). */
      widths?: number[];
    }
  | {
      type: 'signature';
      /** 'electronic' prints "/s/ Name" on the line; 'handwritten' leaves a line to sign by hand. */
      mode: 'electronic' | 'handwritten';
      name: string;
      /** "Plaintiff, pro se" */
      role: string;
      /** Already formatted: "June 10, 2021". */
      date: string;
      /** Address lines, prisoner number. */
      lines: string[];
    }
  | { type: 'pageBreak' };

export type DocumentKind = 'joint-statement' | 'contact-log' | 'checklist' | 'letter';

export interface DocumentModel {
  kind: DocumentKind;
  /** Court papers have one; letters have none. */
  caption?: Caption;
  /** Letters: the sender's name and address, printed centered at the top. */
  letterhead?: string[];
  blocks: Block[];
  /** Printed on every page with "Page N of M": "Joint Statement — Dickson v. Gomez, 1:17-cv-00294". */
  footer: string;
  /** 28 numbered lines down the left margin (California pleading paper). */
  pleadingPaper?: boolean;
  /** Court papers: body double-spaced. Reports and checklists: single-spaced. */
  doubleSpaced?: boolean;
  /** "DRAFT" printed across every page (PDF), in the header (DOCX), at the top (text). */
  draftWatermark?: string;
  /** Document title for PDF/DOCX metadata; defaults to the caption title, else the footer. */
  title?: string;
  /** Author for PDF/DOCX metadata; defaults to the first line of the party block. */
  author?: string;
  /**
   * ISO 8601 date-time ("2021-06-10T12:00:00Z") used as the PDF's creation and modification
   * date. Given, the PDF bytes are the same on every render; absent, the PDF carries no date.
   */
  createdAt?: string;
}

export type ExportFormat = 'docx' | 'pdf' | 'txt';

/** The creator name written into PDF and DOCX metadata. */
export const CREATOR = 'Pro Se Case File';

/** Plaintiff(s)/Defendant(s): plural when there are several names or one says "et al.". */
export function partyRole(names: string[], singular: string, plural: string): string {
  const many = names.length > 1 || names.some((n) => /\bet\s+al\b/i.test(n));
  return many ? plural : singular;
}

/** Party names for the caption, one a line, the last ending with a comma ("GOMEZ, et al.,"). */
export function captionNameLines(names: string[]): string[] {
  const list = names.map((n) => n.trim()).filter(Boolean);
  if (list.length === 0) return ['________________,'];
  return list.map((n) => (n.endsWith(',') ? n : `${n},`));
}

export function documentTitle(model: DocumentModel): string {
  return model.title ?? model.caption?.title ?? model.footer;
}

export function documentAuthor(model: DocumentModel): string | undefined {
  if (model.author) return model.author;
  const first = model.caption?.partyBlock?.[0] ?? model.letterhead?.[0];
  if (first) return first;
  for (const b of model.blocks) if (b.type === 'signature') return b.name;
  return undefined;
}

/** The checkbox glyph used where the font has it (DOCX); text output uses "[ ]". */
export const BALLOT_BOX = '\u2610';
