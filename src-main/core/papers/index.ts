/**
 * The papers the person leaves with: the party's part of the joint statement, a meet-and-confer
 * letter, the contact log report, the checklist (each one DocumentModel, rendered by
 * core/exports to DOCX, PDF or text) and the deadlines as a calendar file.
 *
 * Data is read once (caseData.ts), the builders draft the paper from it, and the person's own
 * words (paperStore.ts) replace the app's paragraphs by id.
 */
import { shortCaseName } from '../caseInfo/caption.js';
import { addEntry, type LogEntryView } from '../contacts/contactLog.js';
import { listRequests } from '../contacts/requests.js';
import type { CaseDb } from '../db/openCaseFile.js';
import { EXPORT_FORMATS, renderDocument, type ExportFormat } from '../exports/index.js';
import type { Block } from '../exports/model.js';
import { undrawableWarnings } from '../exports/undrawable.js';
import { CaseFileError } from '../result.js';
import { buildCalendar } from './calendar.js';
import { fileStem, safeFileName } from './fileName.js';
import { loadChecklistData, loadLogReportData, loadStatementData, type LoadOptions } from './caseData.js';
import { buildChecklist, checklistView, type ChecklistView } from './checklist.js';
import { buildJointStatement } from './jointStatement.js';
import { buildLetter } from './letter.js';
import { buildLogReport } from './logReport.js';
import { EDIT_MAX, readEdits, readSettings, removeEdit, saveEdit, writeSettings, type EditablePaper, type PaperEdit, type PaperSettings } from './paperStore.js';
import type { Draft, EditablePart, PaperKind, PaperPreview } from './types.js';
import { placeholdersIn } from './words.js';

export type { ChecklistEntry, ChecklistGroup, ChecklistView } from './checklist.js';
export type { EditablePaper, PaperSettings } from './paperStore.js';
export type { Draft, EditablePart, GeneratedPart, PaperKind, PaperPreview } from './types.js';
export { PAPER_KINDS } from './types.js';
export { EDITABLE_PAPERS } from './paperStore.js';

export interface PaperOptions extends LoadOptions {
  /** The order a joint statement or letter answers; defaults to the newest that asks for a joint paper. */
  orderId?: number;
}

export interface ExportedPaper {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
  warnings: string[];
}

/** Room kept after a paper's file base for the longest extension it may be saved with. */
const LONGEST_EXTENSION = Object.values(EXPORT_FORMATS).reduce((a, f) => (f.extension.length > a.length ? f.extension : a), '');

const FILE_WORDS: Record<PaperKind, string> = {
  'joint-statement': 'joint-statement',
  letter: 'meet-and-confer-letter',
  'contact-log': 'contact-log',
  checklist: 'checklist',
};

/** Put the person's words in place of the app's paragraphs, and say what still needs them. */
export function applyEdits(draft: Draft, edits: Map<string, PaperEdit>): { model: Draft['model']; parts: EditablePart[]; warnings: string[] } {
  const byId = new Map(draft.parts.map((p) => [p.id, p]));
  const blocks: Block[] = draft.model.blocks.map((b) => {
    if (b.type !== 'paragraph' || !b.id) return b;
    const e = edits.get(b.id);
    return e && byId.has(b.id) ? { ...b, text: e.text } : b;
  });
  const parts: EditablePart[] = draft.parts.map((p) => {
    const e = edits.get(p.id);
    return { ...p, generated: p.text, text: e?.text ?? p.text, edited: !!e, stale: !!e && e.basedOn !== p.text, updatedAt: e?.updatedAt ?? null };
  });
  const warnings = [...draft.warnings];
  for (const p of parts) {
    if (p.stale) warnings.push(`The app's draft of "${p.title}" changed after you wrote your own words (for example, a new contact was logged). Check that your words still fit, or use "Reset to generated text".`);
  }
  const titles = new Map(parts.map((p) => [p.id, p.title]));
  const blanks = new Set<string>();
  for (const b of blocks) {
    const text = b.type === 'paragraph' ? b.text : b.type === 'signature' ? b.name : b.type === 'heading' ? b.text : '';
    for (const ph of placeholdersIn(text)) {
      const where = b.type === 'paragraph' && b.id ? titles.get(b.id) : undefined;
      blanks.add(where ? `"${where}" still has a blank to fill in: ${ph}` : `The paper still has a blank to fill in: ${ph}`);
    }
  }
  if (draft.model.letterhead) for (const l of draft.model.letterhead) for (const ph of placeholdersIn(l)) blanks.add(`The paper still has a blank to fill in: ${ph}`);
  warnings.push(...blanks);
  return { model: { ...draft.model, blocks }, parts, warnings };
}

function draftOf(db: CaseDb, paper: PaperKind, opts: PaperOptions): { draft: Draft; orderId: number | null; caseName: string } {
  switch (paper) {
    case 'joint-statement':
    case 'letter': {
      const data = loadStatementData(db, opts.orderId, opts);
      return { draft: paper === 'letter' ? buildLetter(data) : buildJointStatement(data), orderId: data.order?.order.id ?? null, caseName: shortCaseName(data.caption) };
    }
    case 'contact-log': {
      const data = loadLogReportData(db, opts);
      return { draft: buildLogReport(data), orderId: null, caseName: shortCaseName(data.caption) };
    }
    case 'checklist': {
      const data = loadChecklistData(db, opts);
      return { draft: buildChecklist(data), orderId: null, caseName: shortCaseName(data.caption) };
    }
    default:
      throw new CaseFileError('bad-input', 'The app does not know that paper.');
  }
}

const isEditable = (paper: PaperKind): paper is EditablePaper => paper === 'joint-statement' || paper === 'letter';

/** A paper as the screen previews it and the exporters render it. */
export function previewPaper(db: CaseDb, paper: PaperKind, opts: PaperOptions = {}): PaperPreview {
  const { draft, orderId, caseName } = draftOf(db, paper, opts);
  const edits = isEditable(paper) ? readEdits(db, paper) : new Map<string, PaperEdit>();
  const done = applyEdits(draft, edits);
  return {
    paper,
    model: done.model,
    parts: done.parts,
    warnings: [...new Set(done.warnings)],
    settings: readSettings(db),
    orderId,
    fileBase: fileStem([FILE_WORDS[paper], caseName], FILE_WORDS[paper], LONGEST_EXTENSION),
    nextStep: draft.nextStep ?? '',
  };
}

/** Render a paper to a file's bytes. */
export async function exportPaper(db: CaseDb, paper: PaperKind, format: ExportFormat, opts: PaperOptions = {}): Promise<ExportedPaper> {
  const preview = previewPaper(db, paper, opts);
  const bytes = await renderDocument(preview.model, format);
  const f = EXPORT_FORMATS[format];
  const warnings = format === 'pdf' ? [...preview.warnings, ...undrawableWarnings(preview.model)] : preview.warnings;
  return { fileName: `${preview.fileBase}${f.extension}`, mimeType: f.mime, bytes, warnings };
}

/** Keep the person's words for one paragraph. Words equal to the app's draft remove the edit instead. */
export function editPaper(db: CaseDb, paper: EditablePaper, partId: string, text: string, opts: PaperOptions = {}): PaperPreview {
  const { draft } = draftOf(db, paper, opts);
  const part = draft.parts.find((p) => p.id === partId);
  if (!part) throw new CaseFileError('not-found', 'That part of the paper is no longer there. The paper may have changed. Look at the preview again.', 'partId');
  const clean = text.replace(/\r\n/g, '\n').trim();
  if (!clean) throw new CaseFileError('bad-input', 'Please write something, or use "Reset to generated text" to bring back the app\'s words.', 'text');
  if (clean.length > EDIT_MAX) throw new CaseFileError('bad-input', `Please keep this part under ${EDIT_MAX.toLocaleString('en-US')} characters.`, 'text');
  if (clean === part.text) removeEdit(db, paper, partId);
  else saveEdit(db, paper, partId, clean, part.text);
  return previewPaper(db, paper, opts);
}

/** "Reset to generated text": forget the person's words for one paragraph. */
export function resetPaperPart(db: CaseDb, paper: EditablePaper, partId: string, opts: PaperOptions = {}): PaperPreview {
  removeEdit(db, paper, partId);
  return previewPaper(db, paper, opts);
}

export function setPaperSettings(db: CaseDb, patch: Partial<PaperSettings>): PaperSettings {
  return writeSettings(db, patch);
}

export function checklistFor(db: CaseDb, opts: LoadOptions = {}): ChecklistView {
  return checklistView(loadChecklistData(db, opts));
}

/** The deadlines as an .ics file. */
export function exportCalendar(db: CaseDb, opts: LoadOptions = {}): { fileName: string; mimeType: string; text: string; events: number } {
  const data = loadChecklistData(db, opts);
  const text = buildCalendar(data);
  return {
    fileName: safeFileName(['court-deadlines', shortCaseName(data.caption)], 'court-deadlines', '.ics'),
    mimeType: 'text/calendar; charset=utf-8',
    text,
    events: (text.match(/^BEGIN:VEVENT\r$/gm) ?? []).length,
  };
}

/**
 * One click after mailing the letter: a "letter sent" entry in the contact log, naming the
 * requests it was about (their status does not change: a letter is not an agreement).
 */
export function logLetterSent(db: CaseDb, input: { at: string; timeZone?: string; reference?: string }): LogEntryView {
  const atIssue = listRequests(db).filter((r) => r.status.state === 'open' || r.status.state === 'partly-resolved');
  const labels = atIssue.map((r) => r.label);
  return addEntry(db, {
    kind: 'letter-sent',
    at: input.at,
    ...(input.timeZone && { timeZone: input.timeZone }),
    startedBy: 'me',
    requests: atIssue.slice(0, 500).map((r) => ({ requestId: r.id, outcome: 'other' as const, note: 'Asked about it again in a meet-and-confer letter.' })),
    notes:
      labels.length > 0
        ? `Sent a meet-and-confer letter about the requests still at issue: ${labels.join('; ')}. Asked to set up a call and to confirm in writing.`
        : 'Sent a meet-and-confer letter. Asked to set up a call and to confirm in writing.',
    reference: input.reference ?? 'Meet-and-confer letter made with Pro Se Case File',
  });
}
