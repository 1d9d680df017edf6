/**
 * One meaning for "served" (issue 10, item 4): service by mail is complete on mailing (FRCP
 * 5(b)(2)(C)), so the date to enter is the mailing date on the proof of service or the postmark.
 * The same sentence shows on the welcome screen, the order screen and in the command line's help.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { SERVED_DATE_MEANING } from '../../src-main/core/deadlines/index.js';
import { fleschKincaidGrade } from '../../src-main/core/plainLanguage/index.js';
import { cli } from '../support/runCli.js';

test('the served-date sentence reads at grade 8 or below and never suggests the day it arrived as safe', () => {
  assert.ok(fleschKincaidGrade(SERVED_DATE_MEANING) <= 8, `grade ${fleschKincaidGrade(SERVED_DATE_MEANING).toFixed(1)}`);
  assert.match(SERVED_DATE_MEANING, /mailed/);
  assert.match(SERVED_DATE_MEANING, /Do not use the day it arrived/);
});

test('the welcome screen and the order screen use the one sentence, and no screen asks for "the date on the envelope"', () => {
  for (const f of ['src-renderer/screens/orders/AddOrderForm.tsx', 'src-renderer/screens/orders/ServiceDetails.tsx']) {
    assert.match(fs.readFileSync(f, 'utf8'), /hint=\{SERVED_DATE_MEANING\}/, f);
  }
  for (const f of fs.readdirSync('src-renderer/screens/orders')) {
    assert.doesNotMatch(fs.readFileSync(`src-renderer/screens/orders/${f}`, 'utf8'), /date on the envelope|date you got it/i, f);
  }
});

test('cli help says it too', () => {
  const r = cli(['help']);
  assert.equal(r.code, 0);
  assert.ok(r.stdout.includes(SERVED_DATE_MEANING));
});

test('cli explain says what the served date means when a date counts from service', () => {
  const r = cli(['explain', 'test/fixtures/orders/dickson-v-gomez-order-2021-05-24.txt']);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(r.stdout.includes(`The served date (--served): ${SERVED_DATE_MEANING}`));
});
