/**
 * The joint statement for a plaintiff in prison, through the API over a real case file: drafted
 * from the order and the log, exported in every format and opened again, edited, reset, and with
 * pleading paper. Every paper also exports in every format here.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { NO_CONFERENCE_WARNING } from '../../src-main/core/papers/jointStatement.js';
import { FORMATS, ok, outDir, PAPERS, prisonerCase, root, type Seeded } from '../support/paperCase.js';
import { exported, hasPdftoppm, hasPhrase, inkOnPage1 } from '../support/readPapers.js';

describe('papers for a plaintiff in prison (seed order: typed signatures allowed)', () => {
  let s: Seeded;
  before(async () => {
    s = await prisonerCase();
  });

  test('the joint statement draft follows the order: title, (a) conferences from the log, (b), (c), /s/ signature, § 1746 declaration', async () => {
    const p = ok(await s.api.call('papers.preview', { paper: 'joint-statement' }));
    assert.equal(p.orderId, s.orderId);
    assert.equal(p.model.caption?.title, "JOINT STATEMENT RE: MEET AND CONFER ON PLAINTIFF'S MOTION TO COMPEL (ECF No. 70)");
    const para = (id: string) => {
      const b = p.model.blocks.find((x) => x.type === 'paragraph' && x.id === id);
      assert.ok(b && b.type === 'paragraph', `paragraph ${id}`);
      return b;
    };
    assert.equal(para('conference').label, '(a)');
    assert.match(para('conference').text, /They talked twice: by telephone on June 3, 2021, for about 40 minutes, with Jane Roe; and in person on June 10, 2021, for about 30 minutes/);
    assert.doesNotMatch(para('conference').text, /June 5/, 'a removed entry is never a conference');
    assert.equal(para('resolution').label, '(b)');
    assert.match(para('resolution').text, /was resolved in part/);
    assert.match(para('resolution').text, /agreed to provide what Plaintiff asked for in Interrogatory, Set One, No\. 7/);
    assert.match(para('resolution').text, /supplement their response to Request for Production, Set One, No\. 5 by June 17, 2021/);
    assert.equal(para('at-issue').label, '(c)');
    assert.match(para('request-RFP-1-3').text, /^Request for Production, Set One, No\. 3 \(Use-of-force video from March 2016\)\. Plaintiff's position: The video shows/);
    assert.ok(para('request-RFP-1-5'), 'partly resolved requests stay at issue until they supplement');
    assert.equal(p.model.blocks.find((b) => b.type === 'paragraph' && b.id === 'request-ROG-1-7'), undefined, 'a resolved request is not at issue');
    const sigs = p.model.blocks.filter((b) => b.type === 'signature');
    assert.equal(sigs[0]?.type === 'signature' && sigs[0].mode, 'electronic');
    assert.equal(sigs[1]?.type === 'signature' && sigs[1].mode, 'handwritten', 'a declaration handed to prison staff is signed in ink');
    assert.match(para('service').text, /gave my part of the Joint Statement to prison staff for mailing. It was in a sealed envelope with first-class postage fully prepaid, addressed to: Jane Roe, Office of the Attorney General, 1300 I Street, Sacramento, CA 95814/);
    assert.ok(!p.warnings.includes(NO_CONFERENCE_WARNING));
    assert.deepEqual(
      p.parts.map((x) => x.id),
      ['intro', 'conference', 'resolution', 'at-issue', 'request-RFP-1-3', 'request-RFP-1-5', 'service'],
    );
    assert.equal(p.model.caption?.partyBlock?.[1], 'Prisoner No. AB-1234');
  });

  test('every paper exports in every format, and each file opens again with its text', async () => {
    const dir = outDir('papers-out');
    for (const paper of PAPERS) {
      for (const format of FORMATS) {
        const out = await exported(s.api, paper, format);
        assert.ok(out.file.fileName.endsWith(`.${format}`), out.file.fileName);
        assert.match(out.file.fileName, /dickson-v-gomez/);
        if (out.pages) {
          assert.ok(out.pages.length >= 1);
          for (const pg of out.pages) assert.deepEqual([pg.width, pg.height], [612, 792], `${paper} is US letter`);
          if (hasPdftoppm()) assert.ok(inkOnPage1(out.bytes, dir, `${paper}`) > 0.005, `${paper}: page 1 is not blank`);
        }
        if (paper !== 'letter' && paper !== 'checklist') {
          assert.ok(out.text.includes('1:17-cv-00294-DAD-BAM (PC)'), `${paper}.${format} has the case number`);
          assert.ok(/EASTERN DISTRICT OF CALIFORNIA/.test(out.text), `${paper}.${format} has the district`);
        }
      }
    }
  });

  test('joint statement in DOCX, PDF and text: caption, (a)/(b)/(c) facts from the log, /s/ signature, prisoner declaration', async () => {
    for (const format of FORMATS) {
      const { text, pages } = await exported(s.api, 'joint-statement', format);
      const has = (needle: string) => assert.ok(hasPhrase(text, needle), `${format} has "${needle}"`);
      has('CHRISTOPHER DICKSON');
      has('GOMEZ, et al.');
      has("JOINT STATEMENT RE: MEET AND CONFER ON PLAINTIFF'S MOTION TO COMPEL (ECF No. 70)");
      has('(a)');
      has('by telephone on June 3, 2021');
      has('in person on June 10, 2021');
      has('(b)');
      has('resolved in part');
      has('(c)');
      has('Request for Production, Set One, No. 3');
      has('The video shows what happened on the yard.');
      has('/s/ Christopher Dickson');
      has('Prisoner No. AB-1234');
      has('DECLARATION OF SERVICE BY MAIL');
      has('28 U.S.C. § 1746');
      has('first-class postage fully prepaid');
      assert.ok(!text.includes('June 5, 2021'), `${format}: the removed call is left out`);
      if (pages) assert.ok(pages.length >= 2, 'the declaration starts on its own page');
    }
  });

  test('page 1 of the joint statement renders to a PNG that is not blank', { skip: !hasPdftoppm() && 'pdftoppm (poppler-utils) is not installed' }, async () => {
    const { bytes } = await exported(s.api, 'joint-statement', 'pdf');
    const keep = process.env.UPDATE_SCREENSHOTS === '1' ? path.join(root, 'assets/screenshots/joint-statement-page1.png') : undefined;
    const ink = inkOnPage1(bytes, outDir('papers-png'), 'joint-statement', keep);
    assert.ok(ink > 0.01 && ink < 0.5, `ink share ${ink}`);
  });

  test('your own words replace a paragraph everywhere; "Reset to generated text" brings the app\'s back', async () => {
    const mine = 'Counsel for Defendants called Plaintiff at the prison on June 3, 2021. We talked for forty minutes. We met again in person on June 10, 2021.';
    let p = ok(await s.api.call('papers.edit', { paper: 'joint-statement', partId: 'conference', text: `  ${mine}\r\n` }));
    const part = p.parts.find((x) => x.id === 'conference');
    assert.equal(part?.text, mine);
    assert.equal(part?.edited, true);
    assert.equal(part?.stale, false);
    assert.match(part?.generated ?? '', /by telephone on June 3, 2021/);
    for (const format of FORMATS) {
      const { text } = await exported(s.api, 'joint-statement', format);
      assert.ok(text.includes('We talked for forty minutes.'), `${format} has the edit`);
      assert.ok(!text.includes('for about 40 minutes'), `${format} no longer has the app's words`);
    }
    p = ok(await s.api.call('papers.resetPart', { paper: 'joint-statement', partId: 'conference' }));
    assert.equal(p.parts.find((x) => x.id === 'conference')?.edited, false);
    const { text } = await exported(s.api, 'joint-statement', 'txt');
    assert.ok(text.includes('for about 40 minutes'));

    // Saving the app's own words is not an edit.
    const generated = p.parts.find((x) => x.id === 'intro')!.generated;
    p = ok(await s.api.call('papers.edit', { paper: 'joint-statement', partId: 'intro', text: generated }));
    assert.equal(p.parts.find((x) => x.id === 'intro')?.edited, false);

    const unknown = await s.api.call('papers.edit', { paper: 'joint-statement', partId: 'no-such-part', text: 'x' });
    assert.equal(!unknown.ok && unknown.error.code, 'not-found');
    const empty = await s.api.call('papers.edit', { paper: 'joint-statement', partId: 'intro', text: '   ' });
    assert.equal(!empty.ok && empty.error.code, 'bad-input');
    const badId = await s.api.call('papers.edit', { paper: 'joint-statement', partId: '../x', text: 'x' });
    assert.equal(!badId.ok && badId.error.code, 'bad-input');
  });

  test('settings: pleading paper and the mailing date; the paper stays US letter', async () => {
    const set = ok(await s.api.call('papers.setSettings', { pleadingPaper: true, serviceDate: '2021-06-15' }));
    assert.deepEqual(set, { pleadingPaper: true, serviceDate: '2021-06-15', signatureDate: '' });
    const p = ok(await s.api.call('papers.preview', { paper: 'joint-statement' }));
    assert.equal(p.model.pleadingPaper, true);
    assert.match(p.parts.find((x) => x.id === 'service')!.text, /On June 15, 2021, I gave/);
    const { pages, text } = await exported(s.api, 'joint-statement', 'pdf');
    for (const pg of pages!) assert.deepEqual([pg.width, pg.height], [612, 792]);
    assert.match(pages![0].text, /\b28\b/, 'pleading paper numbers its lines to 28');
    assert.ok(text.includes('Executed on June 15, 2021'));
    const bad = await s.api.call('papers.setSettings', { serviceDate: '2021-02-30' });
    assert.equal(!bad.ok && bad.error.code, 'bad-input');
    ok(await s.api.call('papers.setSettings', { pleadingPaper: false, serviceDate: '' }));
  });
});
