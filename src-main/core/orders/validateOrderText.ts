/**
 * Checks that what the person gave us can be an order before we try to explain it, so a
 * wrong file gets a clear sentence instead of an empty or strange list.
 */
export type OrderTextErrorCode = 'empty' | 'binary' | 'too-large' | 'not-an-order';

export type OrderTextCheck = { ok: true; value: string } | { ok: false; error: { code: OrderTextErrorCode; message: string } };

/** Big enough for any order (the seed is 7 KB); small enough to keep the app quick. */
export const MAX_ORDER_TEXT_BYTES = 5 * 1024 * 1024;

const COURT_WORDS = /\b(?:court|judge|honorable|plaintiffs?|defendants?|petitioners?|respondents?|case\s+no|docket|ecf|dkt|magistrate|clerk|counsel|parties|motion|v\.|vs\.?)/i;
// A judge's report and recommendation, or a ruling's docket line ("Signed by Magistrate Judge …"), is a court text too.
const ORDER_WORDS = /\b(?:order(?:ed|s)?|shall|must|directed|it\s+is\s+so|hereby|deadline|due|recommend(?:ation|ations|ed|s)?|signed\s+by|granted|granting|denied|denying)\b/i;
/** A docket entry as people paste it from a docket sheet or a court e-mail: "(Entered: 01/05/2017)", "Minute Entry", "set for 3/6/2018", "DOCKET ENTRY FILED IN ERROR". */
const DOCKET_ENTRY = /\bdocket\s+(?:entry|text)\b|\(\s*Entered:\s*\d{1,2}\/\d{1,2}\/\d{2,4}\s*\)|\bminute\s+(?:entry|order)\b|\bminutes\b[^.]{0,80}\b(?:hearing|conference|trial)\b|\b(?:set|reset|held|due|continued|vacated)\s+(?:for|on|by|to)?\s*\d{1,2}\/\d{1,2}\/\d{2,4}/i;

function fail(code: OrderTextErrorCode, message: string): OrderTextCheck {
  return { ok: false, error: { code, message } };
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
    if (bytes > MAX_ORDER_TEXT_BYTES) return bytes;
  }
  return bytes;
}

/** Accepts the text or says, in plain words, why it cannot be used. */
export function validateOrderText(text: unknown): OrderTextCheck {
  if (typeof text !== 'string' || text.trim() === '') {
    return fail('empty', 'There is no text here. Please paste the words of the court order, or choose the order file.');
  }
  if (utf8Length(text) > MAX_ORDER_TEXT_BYTES) {
    return fail('too-large', 'This text is too long to be one court order (over 5 MB). Please paste only the order you want explained.');
  }
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) {
      return fail('binary', 'This looks like a program or picture file, not text. If you have the order as a PDF, choose the PDF file instead.');
    }
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd || (c >= 0x7f && c <= 0x9f)) odd++;
  }
  if (odd / sample.length > 0.1) {
    return fail('binary', 'This does not look like readable text. If you have the order as a PDF, choose the PDF file instead.');
  }
  if (!DOCKET_ENTRY.test(sample) && (!COURT_WORDS.test(sample) || !ORDER_WORDS.test(sample))) {
    return fail('not-an-order', 'This does not look like a court order. We could not find words a court order uses, like "Court", "ordered", or "shall". Please check that you pasted the right text.');
  }
  return { ok: true, value: text };
}
