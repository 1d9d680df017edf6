import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, SEED } from '../fixtures/orders/helpers.js';
import { cleanOrderText, extractCaption } from '../../src-main/core/orders/index.js';

const captionOf = (original: string) => {
  const c = cleanOrderText(original);
  return extractCaption(c.text, c.original);
};

test('the seed order caption', () => {
  const c = captionOf(SEED);
  assert.equal(c.court, 'UNITED STATES DISTRICT COURT');
  assert.equal(c.district, 'EASTERN DISTRICT OF CALIFORNIA');
  assert.equal(c.caseNumber, '1:17-cv-00294-DAD-BAM (PC)');
  assert.deepEqual(c.plaintiffs, ['CHRISTOPHER DICKSON']);
  assert.deepEqual(c.defendants, ['GOMEZ, et al.']);
  assert.deepEqual(c.judge, { name: 'Barbara A. McAuliffe', title: 'United States Magistrate Judge' });
  assert.equal(c.orderDate, '2021-05-24');
  assert.equal(c.orderTitle, "ORDER REGARDING PLAINTIFF'S MOTION TO COMPEL, AND DIRECTING THE PARTIES TO MEET AND CONFER");
  assert.deepEqual(c.motion, { name: 'motion to compel', by: 'plaintiff', ecf: 70 });
  assert.equal(c.ecfNumber, '70');
  const e70 = c.ecf.find((e) => e.number === 70);
  const e36 = c.ecf.find((e) => e.number === 36);
  assert.match(e70?.context ?? '', /Plaintiff filed a motion for an order compelling discovery/);
  assert.match(e36?.context ?? '', /The Court's order further provides that the meet and confer requirement may be reimposed/);
  assert.equal(e36?.about, 'order');
  assert.equal(c.prisoner.isPrisoner, true);
  assert.ok(c.prisoner.signals.length >= 2);
  assert.equal(c.inFormaPauperis, true);
  assert.equal(c.proSe, 'plaintiff');
  assert.deepEqual(c.localRules, ['Local Rule 251']);
});

test('case number forms', () => {
  const num = (s: string) => extractCaption(`UNITED STATES DISTRICT COURT\n${s}\nORDER`).caseNumber;
  assert.equal(num('Case No. 3:22-cv-01234-JSC'), '3:22-cv-01234-JSC');
  assert.equal(num('No. 2:20-cv-1234 KJM DB P'), '2:20-cv-1234 KJM DB P');
  assert.equal(num('Case No. 21-cv-05678-LB'), '21-cv-05678-LB');
  assert.equal(num('Case No. 1:17-cv-00294-DAD-BAM (PC)'), '1:17-cv-00294-DAD-BAM (PC)');
});

test('captions in other layouts', () => {
  const nd = captionOf(fixture('ndcal-joint-letter.txt'));
  assert.equal(nd.district, 'NORTHERN DISTRICT OF CALIFORNIA');
  assert.equal(nd.caseNumber, '21-cv-05678-LB');
  assert.deepEqual(nd.plaintiffs, ['MARIA LOPEZ']);
  assert.deepEqual(nd.defendants, ['BAYVIEW PROPERTY MANAGEMENT, INC., et al.']);
  assert.equal(nd.judge?.name, 'Laurel Beeler');
  assert.equal(nd.orderDate, '2025-02-03');
  assert.equal(nd.orderTitle, 'ORDER RE: DISCOVERY DISPUTE');
  assert.equal(nd.prisoner.isPrisoner, false);

  const ed = captionOf(fixture('edcal-lr251-hearing.txt'));
  assert.equal(ed.caseNumber, '2:23-cv-01877 DJC CKD P');
  assert.deepEqual(ed.defendants, ['J. ALVAREZ, et al.']);
  assert.equal(ed.orderTitle, 'ORDER');
  assert.equal(ed.prisoner.isPrisoner, true);
  assert.deepEqual(ed.judge, { name: 'Carolyn K. Delaney', title: 'United States Magistrate Judge' });

  const osc = captionOf(fixture('osc-response.txt'));
  assert.equal(osc.caseNumber, '5:24-cv-00912-SSS (KK)');
  assert.deepEqual(osc.defendants, ['COUNTY OF RIVERSIDE, et al.']);
  assert.match(osc.orderTitle ?? '', /^ORDER TO SHOW CAUSE/);
  assert.equal(osc.judge?.name, 'Kenly Kiya Kato');

  const pl = captionOf(fixture('pleading-noise.txt'));
  assert.deepEqual(pl.defendants, ["SACRAMENTO COUNTY SHERIFF'S DEPARTMENT, et al."]);
  assert.equal(pl.orderDate, '2022-08-16');
  assert.equal(pl.judge?.name, 'Allison Claire');

  const or = captionOf(fixture('numbered-list-dates.txt'));
  assert.equal(or.district, 'DISTRICT OF OREGON');
  assert.equal(or.orderDate, '2021-05-24');
  assert.deepEqual(or.judge, { name: 'Michael H. Simon', title: 'United States District Judge' });
  assert.equal(or.proSe, 'plaintiff');

  const pr = captionOf(fixture('prisoner-case.txt'));
  assert.equal(pr.prisoner.isPrisoner, true);
  assert.equal(pr.inFormaPauperis, true);
  assert.equal(pr.judge?.name, 'Deborah Barnes');

  const sc = captionOf(fixture('scheduling-fixed-dates.txt'));
  assert.equal(sc.orderTitle, 'SCHEDULING ORDER REGULATING DISCOVERY AND OTHER PRE-TRIAL PROCEEDINGS');
  assert.deepEqual(sc.defendants, ['NORTHSTAR LOGISTICS LLC']);
  assert.equal(sc.proSe, null);
});
