import { checklistFor, editPaper, exportCalendar, exportPaper, logLetterSent, previewPaper, resetPaperPart, setPaperSettings } from '../papers/index.js';
import { rememberSavedPaper } from '../settings/savedPapers.js';
import type { HandlersFor } from './handlerTypes.js';
import type { paperInputs } from './paperContract.js';

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
const only = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };

/** Each handler is one user action on the open case; the work is in core/papers. */
export const paperHandlers: HandlersFor<keyof typeof paperInputs> = {
  'papers.preview': (ctx, input) => previewPaper(ctx.session.db(), input.paper, only({ orderId: input.orderId })),
  'papers.edit': (ctx, input) => editPaper(ctx.session.db(), input.paper, input.partId, input.text, only({ orderId: input.orderId })),
  'papers.resetPart': (ctx, input) => resetPaperPart(ctx.session.db(), input.paper, input.partId, only({ orderId: input.orderId })),
  'papers.setSettings': (ctx, input) => setPaperSettings(ctx.session.db(), only(input)),

  async 'papers.export'(ctx, input) {
    const file = await exportPaper(ctx.session.db(), input.paper, input.format, only({ orderId: input.orderId }));
    rememberSavedPaper(ctx.session, file.fileName, file.bytes);
    return { fileName: file.fileName, mimeType: file.mimeType, base64: base64(file.bytes), bytes: file.bytes.byteLength, warnings: file.warnings };
  },

  'papers.exportCalendar'(ctx) {
    const cal = exportCalendar(ctx.session.db());
    const bytes = new TextEncoder().encode(cal.text);
    if (cal.events > 0) rememberSavedPaper(ctx.session, cal.fileName, bytes);
    return {
      fileName: cal.fileName,
      mimeType: cal.mimeType,
      base64: base64(bytes),
      bytes: bytes.byteLength,
      events: cal.events,
      warnings: cal.events === 0 ? ['No requirement has a date yet, so the calendar file has no events.'] : [],
    };
  },

  'papers.checklist': (ctx) => checklistFor(ctx.session.db()),
  'papers.logLetterSent': (ctx, input) => logLetterSent(ctx.session.db(), only(input)),
};
