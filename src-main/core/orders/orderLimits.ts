/**
 * How big an order may be, in one place, so every shell tells the person the limit it enforces:
 * the screen's file check, the CLI, the API's schema, the web shell's request cap and the PDF reader.
 * No Node imports: the renderer reads these too.
 */

/** A court order PDF, as a file on disk. */
export const MAX_PDF_BYTES = 20 * 1024 * 1024;
export const MAX_PDF_LABEL = '20 MB';
/** The same PDF sent as base64 (4 characters for every 3 bytes). */
export const MAX_PDF_BASE64_CHARS = 4 * Math.ceil(MAX_PDF_BYTES / 3);

/** An order's text, pasted or from a .txt file (characters). */
export const MAX_ORDER_TEXT_CHARS = 5_000_000;
export const MAX_ORDER_TEXT_LABEL = '5 MB';

export const MAX_PDF_PAGES = 200;

export const PDF_TOO_LARGE_MESSAGE = `This PDF is too large to be one court order (over ${MAX_PDF_LABEL}). Please choose only the order.`;
export const TEXT_TOO_LARGE_MESSAGE = `This text is too long to be one court order (over ${MAX_ORDER_TEXT_LABEL}).`;
