/**
 * Reading court orders: clean the text, find the caption, list each requirement in plain
 * words with its deadline, spot conflicting deadlines, and read text out of PDFs.
 */
export type * from './types.js';
export { cleanOrderText } from './cleanText.js';
export { applyEdits, toOriginalSpan, type Edit, type Mapped } from './spanMap.js';
export { findLineNumbers } from './lineNumbers.js';
export {
  findDates,
  findDurations,
  findTimes,
  isoToWords,
  parseDate,
  parseNumber,
  parseNumberWords,
  type DateMatch,
  type Duration,
  type DurationUnit,
  type TimeMatch,
} from './numbers.js';
export { orderSentences, type ListItem, type Sentence } from './sentences.js';
export { extractCaption, type CaptionFacts, type EcfReference } from './caption.js';
export { actorOf } from './actors.js';
export { findDeadline, classifyTrigger } from './timePhrase.js';
export { analyzeClause, meansOf, type Analysis } from './classify.js';
export { extractRequirements, plainItem, type ExtractOptions, type Extraction } from './extract.js';
export { summarize, type Voice } from './summaries.js';
export { whenPhrase } from './whenPhrase.js';
export { findConflicts, actWords, type DatedRequirement } from './conflicts.js';
export { explainOrder, type ExplainOptions, type ExplainedRequirement, type OrderExplanation, type RequirementDeadline } from './explain.js';
export { extractPdfText, MAX_PDF_BYTES, MAX_PDF_PAGES, type PdfTextErrorCode, type PdfTextResult } from './pdfText.js';
export { validateOrderText, MAX_ORDER_TEXT_BYTES, type OrderTextCheck, type OrderTextErrorCode } from './validateOrderText.js';
