/** Plain-text papers: word wrap and column widths, the caption, signatures and checklist boxes in 78 columns. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { EXPORT_FORMATS, renderDocument, renderText } from '../../src-main/core/exports/index.js';
import { fitColumns, wrapText } from '../../src-main/core/exports/wrap.js';
import { checklist, handwritten, jointStatement } from '../support/exportModels.js';

describe('word wrap', () => {
  test('wraps at the width, keeps hard breaks, splits words longer than a line', () => {
    const lines = wrapText('aaa bbb ccc\ndd eeeeeeeeeeee', (s) => s.length, 7);
    assert.deepEqual(lines, ['aaa bbb', 'ccc', 'dd', 'eeeeeee', 'eeeee']);
    for (const l of lines) assert.ok(l.length <= 7);
  });
  test('first line may be narrower than the rest', () => {
    assert.deepEqual(wrapText('one two three four', (s) => s.length, 4, 9), ['one', 'two three', 'four']);
  });
  test('column widths honour minimums and add up to the total', () => {
    const w = fitColumns([1, 1, 10], [30, 5, 5], 100);
    assert.ok(w[0] >= 30 - 1e-9);
    assert.ok(Math.abs(w.reduce((a, b) => a + b, 0) - 100) < 1e-9);
  });
});

describe('plain text', () => {
  test('joint statement: caption, (a), /s/ signature, 78 columns', () => {
    const text = renderText(jointStatement());
    assert.match(text, /UNITED STATES DISTRICT COURT/);
    assert.match(text, /EASTERN DISTRICT OF CALIFORNIA/);
    assert.match(text, /CHRISTOPHER DICKSON,\s+\)\s+Case No\. 1:17-cv-00294-DAD-BAM \(PC\)/);
    assert.match(text, /GOMEZ, et al\.,/);
    assert.match(text, /Defendants\./);
    assert.match(text, /\(a\) On June 7, 2021/);
    assert.match(text, /\/s\/ Christopher Dickson/);
    for (const line of text.split('\n')) assert.ok([...line].length <= 78, `too long: ${line}`);
  });
  test('handwritten signature leaves a line, no /s/', () => {
    const text = renderText(handwritten(jointStatement()));
    assert.doesNotMatch(text, /\/s\//);
    assert.match(text, /_{20,}/);
  });
  test('checklist uses [ ] boxes with due dates and who', () => {
    const text = renderText(checklist);
    assert.match(text, /^\[ \] Wait for defense counsel/m);
    assert.match(text, /Due: Monday, June 14, 2021 {3}Who: Defense counsel/);
    assert.doesNotMatch(text, /\u2610/);
  });
  test('renderDocument(txt) is UTF-8', async () => {
    const bytes = await renderDocument(jointStatement(), 'txt');
    assert.match(new TextDecoder('utf-8', { fatal: true }).decode(bytes), /Plaintiff\u2019s position/);
    assert.equal(EXPORT_FORMATS.txt.extension, '.txt');
  });
});
