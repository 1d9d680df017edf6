import type { DocumentModel, ExportFormat } from './model.js';
import { renderDocx } from './renderDocx.js';
import { renderPdf } from './renderPdf.js';
import { renderText } from './renderText.js';

export type { Block, Caption, ChecklistItem, DocumentKind, DocumentModel, ExportFormat } from './model.js';
export { renderDocx } from './renderDocx.js';
export { renderPdf } from './renderPdf.js';
export { renderText } from './renderText.js';
export { undrawableWarnings } from './undrawable.js';

/** File extension and MIME type of each format, for save dialogs and downloads. */
export const EXPORT_FORMATS: Record<ExportFormat, { extension: string; mime: string }> = {
  docx: { extension: '.docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  pdf: { extension: '.pdf', mime: 'application/pdf' },
  txt: { extension: '.txt', mime: 'text/plain; charset=utf-8' },
};

/** Renders one document model in one format. Text is UTF-8. */
export async function renderDocument(model: DocumentModel, format: ExportFormat): Promise<Uint8Array> {
  switch (format) {
    case 'docx':
      return renderDocx(model);
    case 'pdf':
      return renderPdf(model);
    case 'txt':
      return new TextEncoder().encode(renderText(model));
    default:
      throw new Error(`Unknown export format: ${String(format)}`);
  }
}
