/**
 * Text is made well-formed Unicode and NFC once, here, before any handler hashes or stores it.
 * A lone UTF-16 surrogate (half of an emoji from a broken paste) would otherwise be hashed as one
 * thing and stored by SQLite as U+FFFD, and the contact log would look changed for ever; the same
 * letter typed composed or decomposed ("é" or "e" + accent) would look like two different names.
 */

/**
 * Strings that name files on disk are left exactly as given: their code points are what finds the
 * file. A PDF's base64 is bytes, not text (and up to 28 million characters: no need to scan it).
 */
const LEFT_AS_GIVEN: ReadonlySet<string> = new Set(['path', 'folder', 'casePath', 'backupPath', 'pdfBase64']);

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** One string: each lone surrogate becomes U+FFFD (what String.prototype.toWellFormed does), then NFC. */
export function wellFormedText(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').normalize('NFC');
}

/** A copy of an API input with every string made well-formed, at any depth (file names and PDF bytes aside). */
export function wellFormedInput(value: unknown, key?: string): unknown {
  if (typeof value === 'string') return key !== undefined && LEFT_AS_GIVEN.has(key) ? value : wellFormedText(value);
  if (Array.isArray(value)) return value.map((v) => wellFormedInput(v, key));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    // defineProperty, not out[k] =: a "__proto__" key must stay a key the strict checks refuse,
    // not become the copy's prototype that they read through.
    for (const [k, v] of Object.entries(value)) Object.defineProperty(out, k, { value: wellFormedInput(v, k), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}
