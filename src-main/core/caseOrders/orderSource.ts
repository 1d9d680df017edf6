import { CaseFileError } from '../result.js';
import { extractPdfText, validateOrderText } from '../orders/index.js';
import { sha256 } from './orderRepository.js';

export interface OrderSourceInput {
  name: string;
  text?: string | undefined;
  pdfBase64?: string | undefined;
}

/** Turn what the person brought (pasted text, a .txt, a court PDF) into the order's text. */
export async function readOrderSource(source: OrderSourceInput): Promise<{ text: string; sha256: string; name: string }> {
  let text: string;
  let digest: string;
  if (source.pdfBase64 !== undefined) {
    const bytes = new Uint8Array(Buffer.from(source.pdfBase64, 'base64'));
    digest = sha256(bytes);
    const pdf = await extractPdfText(bytes);
    if (!pdf.ok) throw new CaseFileError('bad-order', pdf.error.message);
    text = pdf.text;
  } else {
    text = source.text ?? '';
    digest = sha256(text);
  }
  const checked = validateOrderText(text);
  if (!checked.ok) throw new CaseFileError('bad-order', checked.error.message);
  return { text, sha256: digest, name: source.name };
}
