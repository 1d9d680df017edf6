/**
 * The file name the app suggests for a paper or the calendar: "joint-statement-王小明-v-أحمد.docx".
 * Letters and digits of every script are kept (and emoji: every file system takes them); the rest
 * becomes a hyphen between words, which also drops everything Windows, macOS or Linux refuse in
 * a name (\ / : * ? " < > |, control characters, trailing dots and spaces). Windows device names
 * (CON, NUL, COM1...) are never used. The name is cut to fit between whole characters as a person
 * sees them (an emoji, a letter with its accents), never inside one.
 */

/** At most 100 characters, counted as Windows counts them (UTF-16), so no system counts more. */
export const NAME_MAX_CHARS = 100;
/** Linux (ext4) and macOS (APFS) allow 255 bytes of UTF-8 in a name; 100 Chinese characters are 300. */
export const NAME_MAX_BYTES = 255;

const KEEP = /[\p{L}\p{N}\p{Extended_Pictographic}]/u;
const REFUSED = /[\\/:*?"<>|\p{Cc}]/u;
/** Names Windows keeps for devices, whatever comes after a dot. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3])(\.|$)/i;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const characters = (text: string): string[] => Array.from(graphemes.segment(text), (s) => s.segment);

/** "Dickson v. Gomez" -> "dickson-v-gomez": the letters and digits, lower case, words joined by hyphens. */
export function fileNameWords(text: string): string {
  const words: string[] = [];
  let word = '';
  for (const ch of characters(text.normalize('NFC').toLowerCase())) {
    if (KEEP.test(ch) && !REFUSED.test(ch)) {
      word += ch;
      continue;
    }
    if (word) words.push(word);
    word = '';
  }
  if (word) words.push(word);
  return words.join('-');
}

/**
 * The name without its extension: the parts' words joined by hyphens, short enough that
 * `extension` still fits. `fallback` (plain ASCII, like "checklist") when nothing usable is left.
 */
export function fileStem(parts: readonly string[], fallback: string, extension: string): string {
  const full = parts.map(fileNameWords).filter(Boolean).join('-');
  const chars = NAME_MAX_CHARS - extension.length;
  const bytes = NAME_MAX_BYTES - Buffer.byteLength(extension, 'utf8');
  let stem = '';
  for (const ch of characters(full)) {
    if (stem.length + ch.length > chars || Buffer.byteLength(stem + ch, 'utf8') > bytes) break;
    stem += ch;
  }
  stem = stem.replace(/[-. ]+$/u, '');
  return stem && !WINDOWS_DEVICE.test(stem) ? stem : fallback;
}

/** The whole file name: `fileStem` and the extension (".docx"). */
export function safeFileName(parts: readonly string[], fallback: string, extension: string): string {
  return fileStem(parts, fallback, extension) + extension;
}
