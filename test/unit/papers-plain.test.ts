/**
 * Reading level of what the papers write (Flesch–Kincaid, grade 8 or below, by assertPlain).
 * Exempt: legal titles and citations (request names, "ECF No.", the § 1746 oath), the person's own
 * words (descriptions, positions, names, addresses) and an address block. They are taken out of
 * each text before it is scored, so what is left is the app's own sentences.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { createApi, type CaseFileApi } from '../../src-main/core/api/createApi.js';
import type { PaperKind, PaperPreview, RequestView, Result } from '../../src-main/core/api/contract.js';
import { assertPlain } from '../../src-main/core/plainLanguage/index.js';
import { requestFullName } from '../../src-main/core/papers/words.js';
import { tempDir } from '../support/tempDir.js';

const root = path.resolve(import.meta.dirname, '../..');
const NDCAL_ORDER = fs.readFileSync(path.join(root, 'test/fixtures/orders/ndcal-joint-letter.txt'), 'utf8');
const WORK = tempDir('papers-plain');
const PAPERS: PaperKind[] = ['joint-statement', 'letter', 'contact-log', 'checklist'];

function ok<T>(r: Result<T>): T {
  if (!r.ok) assert.fail(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

/** Parts that are an address or a salutation, not sentences. */
const NOT_PROSE = new Set(['recipient', 'greeting']);

function appWords(text: string, requests: RequestView[], people: string[]): string {
  let t = text;
  for (const r of requests) {
    for (const own of [r.position, r.asked, r.description]) if (own.trim()) t = t.split(own.trim().replace(/[.\s]+$/, '')).join('it');
    t = t.split(requestFullName(r)).join('the request');
  }
  for (const p of people) if (p.trim()) t = t.split(p.trim()).join('Pat');
  return t
    .replace(/\s*\(ECF No\. \d+\)/g, '')
    .replace(/\(\s*it\s*\)/g, '')
    .replace(/\[[^\]]*\]/g, '');
}

async function check(api: CaseFileApi, label: string): Promise<number> {
  const requests = ok(await api.call('requests.list', {}));
  const snap = ok(await api.call('case.current', {}))!;
  const c = snap.caption;
  const people = [c.partyName, c.counsel.name, c.counsel.firm, ...c.mailingAddress.split('\n'), ...c.counsel.address.split('\n'), 'Demo Counsel', 'Jane Roe'];
  let scored = 0;
  for (const paper of PAPERS) {
    const p: PaperPreview = ok(await api.call('papers.preview', { paper }));
    for (const part of p.parts) {
      if (NOT_PROSE.has(part.id)) continue;
      const text = appWords(part.generated, requests, people);
      if (text.split(/\s+/).filter(Boolean).length < 4) continue;
      assertPlain(text, 8, `${label} ${paper} "${part.id}"`);
      scored++;
    }
    for (const w of p.warnings) {
      assertPlain(appWords(w, requests, people), 8, `${label} ${paper} warning`);
      scored++;
    }
    for (const b of p.model.blocks) {
      if (b.type !== 'paragraph' || b.id) continue;
      // The oath is the statute's own words (28 U.S.C. § 1746); the "Re:" line is a case title.
      if (/penalty of perjury|^Re: /.test(b.text)) continue;
      const text = appWords(b.text, requests, people);
      if (text.split(/\s+/).filter(Boolean).length < 6) continue;
      assertPlain(text, 8, `${label} ${paper} fixed paragraph`);
      scored++;
    }
  }
  return scored;
}

describe('reading level of the papers', () => {
  let demo: CaseFileApi;
  let lopez: CaseFileApi;
  before(async () => {
    demo = createApi({ appVersion: '0.0.0-test', shell: 'cli', appDataDir: path.join(WORK, 'a'), documentsDir: WORK });
    ok(await demo.call('case.createDemo', { path: path.join(WORK, 'demo.casefile') }));
    lopez = createApi({ appVersion: '0.0.0-test', shell: 'cli', appDataDir: path.join(WORK, 'b'), documentsDir: WORK });
    ok(await lopez.call('case.create', { path: path.join(WORK, 'lopez.casefile'), caption: { side: 'plaintiff', partyName: 'Maria Lopez', mailingAddress: '12 Elm Street\nOakland, CA 94601' } }));
    ok(await lopez.call('orders.add', { source: { name: 'ndcal.txt', text: NDCAL_ORDER } }));
    ok(await lopez.call('requests.add', { setType: 'interrogatory', setNumber: 2, number: 9, description: 'Repair dates' }));
    ok(await lopez.call('log.add', { entry: { kind: 'no-answer', at: '2025-02-05T10:00', timeZone: 'America/Los_Angeles' } }));
  });

  test('the demo case (in prison, conference logged, typed signatures allowed): every app sentence at grade 8 or below', async () => {
    assert.ok((await check(demo, 'demo')) > 15);
  });

  test('a case with no conference, no lawyer named and an order that lists other contents: grade 8 or below', async () => {
    assert.ok((await check(lopez, 'lopez')) > 10);
  });
});
