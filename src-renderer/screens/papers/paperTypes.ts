/** Types of the papers, from the API contract (types only: the renderer never imports core code). */
export type { Block, ChecklistGroup, ChecklistView, DocumentModel, EditablePart as PaperPart, PaperKind, PaperPreview, PaperSettings } from '../../../src-main/core/api/contract';
