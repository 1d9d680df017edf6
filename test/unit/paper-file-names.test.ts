/**
 * The file names the app suggests for papers keep names in every script (a case named
 * "王小明 v. محمد أحمد" was saved as "joint-statement-v.docx"), drop only what file systems refuse,
 * stay within 100 characters and 255 bytes without cutting a character in half, and are written
 * for real in a folder.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { createApi } from '../../src-main/core/api/createApi.js';
import type { Result } from '../../src-main/core/api/contract.js';
import { fileNameWords, NAME_MAX_BYTES, NAME_MAX_CHARS, safeFileName } from '../../src-main/core/papers/fileName.js';
import { tempDir } from '../support/tempDir.js';

const WORK = tempDir('file-names');
const graphemes = (s: string) => Array.from(new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(s), (x) => x.segment);

function ok<T>(r: Result<T>): T {
  if (!r.ok) assert.fail(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** Write the file under that name in a real folder and find it there, byte for byte. */
function writesAs(name: string): void {
  const dir = fs.mkdtempSync(path.join(WORK, 'w-'));
  const bytes = Buffer.from(`paper named ${name}`, 'utf8');
  fs.writeFileSync(path.join(dir, name), bytes);
  assert.deepEqual(fs.readdirSync(dir), [name], 'the folder lists the name as given');
  assert.deepEqual(fs.readFileSync(path.join(dir, name)), bytes);
}

/** Within the limits, well formed, and not ending in a piece of a character. */
function fits(name: string, whole: string): void {
  assert.ok(name.length <= NAME_MAX_CHARS, `${name.length} characters: ${name}`);
  assert.ok(Buffer.byteLength(name, 'utf8') <= NAME_MAX_BYTES, `${Buffer.byteLength(name, 'utf8')} bytes: ${name}`);
  assert.doesNotMatch(name, /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/, 'no half of a surrogate pair');
  const stem = graphemes(name.replace(/\.docx$/, ''));
  assert.deepEqual(stem, graphemes(whole).slice(0, stem.length), 'the name is the start of the whole name, in whole characters');
}

describe('paper file names', () => {
  test('Chinese and Arabic names keep their letters', () => {
    const name = safeFileName(['joint-statement', '王小明 v. محمد أحمد'], 'joint-statement', '.docx');
    assert.equal(name, 'joint-statement-王小明-v-محمد-أحمد.docx');
    writesAs(name);
  });

  test('Vietnamese keeps its accents, composed (NFC) even when typed decomposed', () => {
    const typed = 'Nguyễn Thị Minh Khai v. Trần'.normalize('NFD');
    const name = safeFileName(['checklist', typed], 'checklist', '.pdf');
    assert.equal(name, 'checklist-nguyễn-thị-minh-khai-v-trần.pdf'.normalize('NFC'));
    assert.equal(name, name.normalize('NFC'));
    writesAs(name);
  });

  test('an emoji stays whole, even one made of several code points', () => {
    const judge = '\u{1F469}\u200D\u2696\uFE0F'; // woman judge: four code points, one character
    const name = safeFileName(['letter', `Smith ${judge} v. Jones`], 'letter', '.txt');
    assert.equal(name, `letter-smith-${judge}-v-jones.txt`);
    writesAs(name);
  });

  test('what file systems refuse is dropped; the words around it stay', () => {
    assert.equal(fileNameWords('A\\B/C:D*E?F"G<H>I|J\u0007K\u202EL...  '), 'a-b-c-d-e-f-g-h-i-j-k-l');
    const name = safeFileName(['contact-log', 'Doe: "Acme" <Inc.>?'], 'contact-log', '.docx');
    assert.equal(name, 'contact-log-doe-acme-inc.docx');
    writesAs(name);
  });

  test('Windows device names (CON, NUL, COM1, LPT9) are never used; words that only start so are kept', () => {
    for (const device of ['CON', 'nul', 'Com1', 'LPT9', 'aux.', ' prn ']) {
      assert.equal(safeFileName([device], 'checklist', '.docx'), 'checklist.docx', device);
    }
    assert.equal(safeFileName(['Console'], 'checklist', '.docx'), 'console.docx');
    assert.equal(safeFileName(['checklist', 'CON v. NUL'], 'checklist', '.docx'), 'checklist-con-v-nul.docx');
    writesAs(safeFileName(['checklist', 'CON v. NUL'], 'checklist', '.docx'));
  });

  test('nothing usable left: the plain paper name', () => {
    assert.equal(safeFileName(['joint-statement', '?? / ** :: ...'], 'joint-statement', '.docx'), 'joint-statement.docx');
    assert.equal(safeFileName(['joint-statement', ''], 'joint-statement', '.docx'), 'joint-statement.docx');
  });

  test('long names are cut between whole characters, within 100 characters and 255 bytes', () => {
    const cases = {
      chinese: '王小明'.repeat(60), // 3 bytes each: the byte limit comes first
      emoji: 'a' + '\u{1F469}\u200D\u2696\uFE0F'.repeat(40), // surrogate pairs and joiners
      astral: '𠀀𠀁𠀂'.repeat(40), // CJK Extension B letters: two UTF-16 units each
      marks: 'x\u0301\u0323'.repeat(60), // letters with marks that have no composed form
      latin: 'Dickson '.repeat(30),
    };
    for (const [label, text] of Object.entries(cases)) {
      const name = safeFileName(['joint-statement', text], 'joint-statement', '.docx');
      assert.ok(name.endsWith('.docx'), label);
      fits(name, `joint-statement-${fileNameWords(text)}`);
      assert.ok(name.length > 60, `${label}: not cut more than it must be (${name.length})`);
      writesAs(name);
    }
  });

  test('a real case: the paper and the calendar carry both names', async () => {
    const api = createApi({ appVersion: '0.0.0-test', shell: 'cli', appDataDir: path.join(WORK, 'appdata'), documentsDir: WORK });
    const caption = { caseNumber: '2:24-cv-01234', plaintiffs: ['王小明'], defendants: ['محمد أحمد'], side: 'plaintiff' as const, partyName: '王小明' };
    ok(await api.call('case.create', { path: path.join(WORK, 'names.casefile'), caption }));
    const paper = ok(await api.call('papers.export', { paper: 'joint-statement', format: 'docx' }));
    assert.equal(paper.fileName, 'joint-statement-王小明-v-أحمد.docx');
    writesAs(paper.fileName);
    const calendar = ok(await api.call('papers.exportCalendar', {}));
    assert.equal(calendar.fileName, 'court-deadlines-王小明-v-أحمد.ics');
  });
});
