/** Issue 12, item 8: a refusal says what the file is, and never asks for a name it already has. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { openCaseFile } from '../../src-main/core/db/openCaseFile.js';
import { CaseFileError } from '../../src-main/core/result.js';
import { tempDir } from '../support/tempDir.js';

function refusal(file: string): string {
  try {
    openCaseFile(file);
  } catch (e) {
    assert.ok(e instanceof CaseFileError);
    assert.equal(e.code, 'not-a-case-file');
    return e.message;
  }
  assert.fail('the file was opened');
}

test('each kind of non-case file gets words that fit it; none is changed', () => {
  const dir = tempDir();
  const write = (name: string, body: string) => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, body);
    return f;
  };
  const letter = write('Not really.casefile', 'Dear Mr. Dickson, '.repeat(20));
  const renamed = refusal(letter);
  assert.match(renamed, /^"Not really.casefile" has a case file's name, but what is inside is not a case file\./);
  assert.doesNotMatch(renamed, /ends in \.casefile/);
  assert.match(refusal(write('order.casefile', `%PDF-1.7\n${'x'.repeat(200)}`)), /is a PDF, not a case file/);
  assert.match(refusal(write('empty.casefile', '')), /is empty/);
  assert.match(refusal(write('notes.txt', 'x'.repeat(200))), /Case files have names that end in \.casefile\./);
  assert.equal(fs.readFileSync(letter, 'utf8'), 'Dear Mr. Dickson, '.repeat(20));
});
