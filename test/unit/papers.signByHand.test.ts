/**
 * Papers for a person not in prison, under an order (N.D. Cal. joint letter) that does not allow
 * typed signatures: signed by hand, served by mail, the order's own list of contents, stale edits.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import type { CaseFileApi } from '../../src-main/core/api/createApi.js';
import { NO_CONFERENCE_WARNING } from '../../src-main/core/papers/jointStatement.js';
import { FORMATS, makeApi, NDCAL_ORDER, ok, TZ } from '../support/paperCase.js';
import { exported, hasPhrase } from '../support/readPapers.js';

describe('papers for a person not in prison, under an order that does not allow typed signatures', () => {
  let api: CaseFileApi;
  before(async () => {
    let dir: string;
    ({ api, dir } = makeApi());
    ok(
      await api.call('case.create', {
        path: path.join(dir, 'lopez.casefile'),
        caption: { side: 'plaintiff', partyName: 'Maria Lopez', mailingAddress: '12 Elm Street\nOakland, CA 94601', counsel: { name: 'Sam Lee', firm: 'Lee LLP', address: '1 Market Street\nSan Francisco, CA 94105' } },
      }),
    );
    ok(await api.call('orders.add', { source: { name: 'ndcal.txt', text: NDCAL_ORDER } }));
    ok(await api.call('requests.add', { setType: 'rfp', setNumber: 1, number: 4, description: 'Repair records', position: 'The records show the repairs were never made.' }));
    ok(await api.call('log.add', { entry: { kind: 'letter-sent', at: '2025-02-05T10:00', timeZone: TZ, notes: 'Asked for a call.' } }));
  });

  test('no call or meeting logged: the draft says so plainly, names the tries, and the result warns', async () => {
    const p = ok(await api.call('papers.preview', { paper: 'joint-statement' }));
    assert.ok(p.warnings.includes(NO_CONFERENCE_WARNING));
    const conf = p.parts.find((x) => x.id === 'conference')!;
    assert.match(conf.text, /^The parties have not yet met and conferred/);
    assert.match(conf.text, /a letter sent on February 5, 2025/);
    const file = ok(await api.call('papers.export', { paper: 'joint-statement', format: 'txt' }));
    assert.ok(file.warnings.includes(NO_CONFERENCE_WARNING));
  });

  test('the signature is a line to sign by hand, never "/s/"; the certificate of service is by mail', async () => {
    for (const format of FORMATS) {
      const { text } = await exported(api, 'joint-statement', format);
      assert.ok(!text.includes('/s/'), `${format} has no typed signature`);
      assert.ok(text.includes('Maria Lopez'));
      assert.ok(text.includes('Dated:'));
      assert.ok(text.includes('CERTIFICATE OF SERVICE'));
      assert.ok(hasPhrase(text, 'by first-class mail, postage prepaid. I mailed it to Sam Lee, Lee LLP'));
      assert.ok(!text.includes('DECLARATION OF SERVICE BY MAIL'));
    }
    const txt = await exported(api, 'joint-statement', 'txt');
    assert.ok(txt.text.includes('______________________________'), 'a line to sign on');
    const p = ok(await api.call('papers.preview', { paper: 'joint-statement' }));
    assert.ok(p.warnings.some((w) => w.includes('sign it by hand in ink')));
  });

  test("the order's own list of contents is followed: title from the order, (1)–(3), a heading to fill for the rest", async () => {
    const p = ok(await api.call('papers.preview', { paper: 'joint-statement' }));
    assert.match(p.model.caption!.title, /^JOINT LETTER RE: /);
    const labels = p.model.blocks.flatMap((b) => (b.type === 'paragraph' && b.label?.startsWith('(') ? [b.label] : []));
    assert.deepEqual(labels, ['(1)', '(2)']);
    assert.ok(p.model.blocks.some((b) => b.type === 'heading' && b.text === "(3) Each party's final proposed compromise."));
    assert.ok(p.warnings.some((w) => w.includes('[Write this part')));
    assert.ok(p.warnings.some((w) => w.startsWith('The order sets a length limit')));
  });

  test('the letter asks for times to talk and warns until they are filled in', async () => {
    const p = ok(await api.call('papers.preview', { paper: 'letter' }));
    assert.ok(p.warnings.some((w) => w.includes('[Write the days and times you can talk')));
    ok(await api.call('papers.edit', { paper: 'letter', partId: 'times', text: 'You can call me at (510) 555-0100 on weekdays after 3 p.m.' }));
    const again = ok(await api.call('papers.preview', { paper: 'letter' }));
    assert.ok(!again.warnings.some((w) => w.includes('[Write the days and times')));
    const { text } = await exported(api, 'letter', 'pdf');
    assert.ok(text.includes('(510) 555-0100'));
  });

  test('a later call makes an edited paragraph "stale", and the preview says so', async () => {
    ok(await api.call('papers.edit', { paper: 'joint-statement', partId: 'conference', text: 'We have not talked yet.' }));
    ok(await api.call('log.add', { entry: { kind: 'video-call', at: '2025-02-10T10:00', timeZone: TZ, minutes: 20 } }));
    const p = ok(await api.call('papers.preview', { paper: 'joint-statement' }));
    const part = p.parts.find((x) => x.id === 'conference')!;
    assert.equal(part.stale, true);
    assert.equal(part.text, 'We have not talked yet.');
    assert.match(part.generated, /by video call on February 10, 2025/);
    assert.ok(p.warnings.some((w) => w.includes('changed after you wrote your own words')));
  });
});
