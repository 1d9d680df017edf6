import { unzipSync } from 'fflate';

/**
 * Reads one file out of a ZIP archive (a .docx is one). Only the named entry is inflated.
 * Returns undefined when the archive has no such file; throws when the bytes are not a ZIP.
 */
export function zipEntry(bytes: Uint8Array, name: string): Buffer | undefined {
  const found = unzipSync(bytes, { filter: (file) => file.name === name })[name];
  return found === undefined ? undefined : Buffer.from(found.buffer, found.byteOffset, found.byteLength);
}
