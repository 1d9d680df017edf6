import { MAX_PDF_BYTES, MAX_PDF_LABEL } from '../src-main/core/orders/orderLimits';

/** Read a chosen .txt or .pdf in the browser, so both shells send the API the same thing. */
export async function readOrderFile(file: File): Promise<{ name: string; text?: string; pdfBase64?: string } | { error: string }> {
  if (file.size > MAX_PDF_BYTES) return { error: `This file is too large to be a court order (over ${MAX_PDF_LABEL}).` };
  const isPdf = file.type === 'application/pdf' || /\.pdf$/i.test(file.name);
  if (isPdf) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { name: file.name, pdfBase64: btoa(binary) };
  }
  return { name: file.name, text: await file.text() };
}
