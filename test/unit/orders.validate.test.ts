import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SEED } from '../fixtures/orders/helpers.js';
import { validateOrderText } from '../../src-main/core/orders/index.js';


const codeOf = (t: unknown) => {
  const r = validateOrderText(t);
  return r.ok ? 'ok' : r.error.code;
};

test('order text is accepted', () => {
  assert.equal(codeOf(SEED), 'ok');
  assert.equal(codeOf('The Court orders that Plaintiff shall file a response.'), 'ok');
});

test('bad text is refused with a plain message', () => {
  assert.equal(codeOf(''), 'empty');
  assert.equal(codeOf('   \n\t '), 'empty');
  assert.equal(codeOf(undefined), 'empty');
  assert.equal(codeOf('%PDF-1.7\u0000\u0001binary'), 'binary');
  assert.equal(codeOf('\u0001\u0002\u0003\u0004\u0005\u0006 court shall'), 'binary');
  assert.equal(codeOf(`The Court shall ${'x'.repeat(5 * 1024 * 1024)}`), 'too-large');
  assert.equal(codeOf('Grocery list: eggs, milk, bread.'), 'not-an-order');
  const r = validateOrderText('Grocery list: eggs, milk, bread.');
  assert.ok(!r.ok && /court order/.test(r.error.message));
});

test('a docket line that says it was filed in error is a court text, not "the wrong text" (E.D. Ark. docket shape)', () => {
  assert.equal(codeOf('DOCKET ENTRY FILED IN ERROR - DISREGARD(jak) (Docket text modified on 1/9/2014 to indicate the document was filed in error). (jak)'), 'ok');
});

test('a report and recommendation\'s docket line ("Signed by Magistrate Judge …") is a court text (D. Md. docket shape)', () => {
  assert.equal(codeOf('REPORT AND RECOMMENDATIONS re 14 MOTION to Dismiss filed by Commissioner, Social Security. Signed by Magistrate Judge Jane Roe on 6/26/14. (c/m 6/26/14 jnls, Deputy Clerk)'), 'ok');
  assert.equal(codeOf('Grocery list: eggs, milk, bread. Signed by Mom.'), 'not-an-order');
});

test('"MEMORANDUM Signed by the Honorable Jane Roe on 8/18/2009: Mailed notice" is a court text (N.D. Ill. docket shape)', () => {
  assert.equal(codeOf('MEMORANDUM Signed by the Honorable Jane Roe on 8/18/2009:Mailed notice(srn, )'), 'ok');
});
