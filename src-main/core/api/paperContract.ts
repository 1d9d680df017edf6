/** Methods for the papers the person leaves with: joint statement, letter, log report, checklist, calendar. */
import { z } from 'zod';
import type { LogEntryView } from '../contacts/contactLog.js';
import { localDateTimeSchema, timeZoneSchema } from '../contacts/entryContent.js';
import type { ChecklistView, PaperPreview, PaperSettings } from '../papers/index.js';
import { EDIT_MAX, PART_ID_RE } from '../papers/paperStore.js';
import { none } from './caseContract.js';
import { isoDate } from './orderContract.js';

const paper = z.enum(['joint-statement', 'letter', 'contact-log', 'checklist'], { error: 'Please pick one of the papers: joint statement, letter, contact log or checklist.' });
const editablePaper = z.enum(['joint-statement', 'letter'], { error: 'Only the joint statement and the letter can be changed here.' });
const orderId = z.number().int().positive().optional();
const partId = z.string().regex(PART_ID_RE, 'That part of the paper is not one the app knows.');

export const paperInputs = {
  'papers.preview': z.object({ paper, orderId }).strict(),
  'papers.edit': z
    .object({
      paper: editablePaper,
      partId,
      text: z.string().max(EDIT_MAX, `Please keep this part under ${EDIT_MAX.toLocaleString('en-US')} characters.`),
      orderId,
    })
    .strict(),
  'papers.resetPart': z.object({ paper: editablePaper, partId, orderId }).strict(),
  'papers.setSettings': z
    .object({
      pleadingPaper: z.boolean().optional(),
      serviceDate: isoDate.or(z.literal('')).optional(),
      signatureDate: isoDate.or(z.literal('')).optional(),
    })
    .strict(),
  'papers.export': z.object({ paper, format: z.enum(['docx', 'pdf', 'txt'], { error: 'Please pick PDF, Word (DOCX) or text.' }), orderId }).strict(),
  'papers.exportCalendar': none,
  'papers.checklist': none,
  'papers.logLetterSent': z
    .object({
      /** When it was mailed or handed over: 'YYYY-MM-DDTHH:mm'. */
      at: localDateTimeSchema,
      timeZone: timeZoneSchema.optional(),
      reference: z.string().trim().max(500, 'Please keep the reference under 500 characters.').optional(),
    })
    .strict(),
} as const;

/** A file for the renderer to download (and for the CLI to write). */
export interface ExportedFile {
  fileName: string;
  mimeType: string;
  base64: string;
  bytes: number;
  /** Things to check before filing or sending, in plain words. */
  warnings: string[];
}

export interface CalendarFile extends ExportedFile {
  events: number;
}

export interface PaperOutputs {
  'papers.preview': PaperPreview;
  'papers.edit': PaperPreview;
  'papers.resetPart': PaperPreview;
  'papers.setSettings': PaperSettings;
  'papers.export': ExportedFile;
  'papers.exportCalendar': CalendarFile;
  'papers.checklist': ChecklistView;
  'papers.logLetterSent': LogEntryView;
}

export type { ChecklistEntry, ChecklistGroup, ChecklistView, EditablePart, PaperKind, PaperPreview, PaperSettings } from '../papers/index.js';
export type { Block, ChecklistItem, DocumentModel, ExportFormat } from '../exports/index.js';
