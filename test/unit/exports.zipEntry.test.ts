/** Reading one file out of a real .docx that the docx package wrote, with fflate. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Document, Packer, Paragraph } from 'docx';
import { zipEntry } from '../../src-main/core/exports/zipEntry.js';

test('zipEntry reads a named file out of a real .docx, says undefined for a missing one, and refuses bytes that are not a ZIP', async () => {
  const words = 'Meet and confer by June 14, 2021 — café ✓';
  const doc = new Document({ creator: 'test', sections: [{ children: [new Paragraph(words)] }] });
  const bytes = new Uint8Array(await Packer.toBuffer(doc));
  const xml = zipEntry(bytes, 'word/document.xml')?.toString('utf8');
  assert.ok(xml?.includes(words), 'the paragraph comes back whole, in UTF-8');
  assert.match(zipEntry(bytes, '[Content_Types].xml')?.toString('utf8') ?? '', /wordprocessingml/);
  assert.equal(zipEntry(bytes, 'word/nothing-here.xml'), undefined);
  assert.throws(() => zipEntry(new TextEncoder().encode('This is a letter, not a ZIP file.'), 'word/document.xml'));
});
