/**
 * The papers, end to end through the API: build a real case file (caption, the seed order,
 * requests, log entries), export every paper in every format, and open each file again:
 * DOCX unzipped and its text read, PDF read back with pdfjs-dist (pages, size, text), page 1
 * rendered with pdftoppm, plain text as is.
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, test } from 'node:test';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { CaseFileApi } from '../../src-main/core/api/createApi.js';
import type { ExportedFile, PaperKind, Result } from '../../src-main/core/api/contract.js';
import { zipEntry } from '../../src-main/core/exports/zipEntry.js';
import { NO_CONFERENCE_WARNING } from '../../src-main/core/papers/jointStatement.js';
import { createApi } from '../../src-main/core/api/createApi.js';
import { tempDir } from '../support/tempDir.js';

const root = path.resolve(import.meta.dirname, '../..');
const standardFontDataUrl = `${path.join(root, 'node_modules/pdfjs-dist/standard_fonts')}/`;
/** The seed order (the same text ships as the demo order). */
const SEED_ORDER = fs.readFileSync(path.join(root, 'assets/demo/order.txt'), 'utf8');
const NDCAL_ORDER = fs.readFileSync(path.join(root, 'test/fixtures/orders/ndcal-joint-letter.txt'), 'utf8');
const TZ = 'America/Los_Angeles';
const PAPERS: PaperKind[] = ['joint-statement', 'letter', 'contact-log', 'checklist'];
const FORMATS = ['docx', 'pdf', 'txt'] as const;

// Folders made here, at the top of the file, last until the whole file is done (a folder made
// inside a hook would be removed when the hook ends).
const WORK = tempDir('papers');
let apis = 0;

/** A real API over real files, in its own folder. */
function makeApi(): { api: CaseFileApi; dir: string; file: (name: string) => string } {
  const dir = path.join(WORK, `api-${++apis}`);
  fs.mkdirSync(dir);
  const api = createApi({ appVersion: '0.0.0-test', shell: 'cli', appDataDir: path.join(dir, 'appdata'), documentsDir: dir });
  return { api, dir, file: (name) => path.join(dir, name) };
}

function outDir(label: string): string {
  const dir = path.join(WORK, `${label}-${++apis}`);
  fs.mkdirSync(dir);
  return dir;
}

/**
 * The words of `phrase`, in order, close together in `text`. PDF and text tables wrap a cell's
 * words onto several lines, between the other columns' words, and a caption's title shares its
 * lines with the party names; a plain substring test would miss those.
 */
function hasPhrase(text: string, phrase: string, slack = 80): boolean {
  if (text.includes(phrase)) return true;
  const t = text.split(/\s+/).filter(Boolean);
  const p = phrase.split(/\s+/).filter(Boolean);
  const same = (a: string, b: string, last: boolean) => a === b || (last && a.startsWith(b));
  for (let i = 0; i < t.length; i++) {
    if (!same(t[i], p[0], p.length === 1)) continue;
    let j = 1;
    for (let k = i + 1; j < p.length && k < t.length && k - i <= p.length + slack; k++) if (same(t[k], p[j], j === p.length - 1)) j++;
    if (j === p.length) return true;
  }
  return false;
}

/** Where the phrase starts (first word), or -1. */
function phraseAt(text: string, phrase: string): number {
  const first = phrase.split(/\s+/)[0];
  for (let i = text.indexOf(first); i >= 0; i = text.indexOf(first, i + 1)) if (hasPhrase(text.slice(i, i + phrase.length * 8), phrase)) return i;
  return -1;
}

function ok<T>(r: Result<T>): T {
  if (!r.ok) assert.fail(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

async function readPdf(bytes: Uint8Array): Promise<{ pages: { text: string; width: number; height: number }[]; text: string }> {
  const doc = await getDocument({ data: bytes.slice(), standardFontDataUrl, disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages = [];
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i);
      const content = await page.getTextContent();
      const text = content.items.map((it) => ('str' in it ? it.str : '')).join(' ');
      const [x0, y0, x1, y1] = page.view;
      pages.push({ text: squeeze(text), width: x1 - x0, height: y1 - y0 });
    }
    return { pages, text: squeeze(pages.map((p) => p.text).join(' ')) };
  } finally {
    await doc.destroy();
  }
}

/** The visible text of word/document.xml, paragraphs on their own lines. */
function docxText(bytes: Uint8Array): string {
  assert.equal(Buffer.from(bytes.subarray(0, 2)).toString('latin1'), 'PK', 'a DOCX is a zip file');
  const xml = zipEntry(bytes, 'word/document.xml')?.toString('utf8');
  assert.ok(xml, 'word/document.xml is there');
  const paras = xml.split(/<\/w:p>/).map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((m) => (m[0] === '<w:tab/>' ? ' ' : m[1])).join(''));
  return squeeze(
    paras
      .join('\n')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'"),
  );
}

async function exported(api: CaseFileApi, paper: PaperKind, format: 'docx' | 'pdf' | 'txt'): Promise<{ file: ExportedFile; bytes: Uint8Array; text: string; pages?: { width: number; height: number; text: string }[] }> {
  const file = ok(await api.call('papers.export', { paper, format }));
  const bytes = new Uint8Array(Buffer.from(file.base64, 'base64'));
  assert.equal(bytes.byteLength, file.bytes);
  if (format === 'docx') return { file, bytes, text: docxText(bytes) };
  if (format === 'txt') return { file, bytes, text: squeeze(new TextDecoder().decode(bytes)) };
  const pdf = await readPdf(bytes);
  return { file, bytes, text: pdf.text, pages: pdf.pages };
}

function hasPdftoppm(): boolean {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Page 1 as a greyscale image: the share of pixels that are not white. Optionally keeps a PNG. */
function inkOnPage1(pdf: Uint8Array, dir: string, name: string, keepPng?: string): number {
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  execFileSync('pdftoppm', ['-gray', '-r', '30', '-f', '1', '-l', '1', '-singlefile', file, path.join(dir, `${name}-g`)]);
  const pgm = fs.readFileSync(path.join(dir, `${name}-g.pgm`));
  const header = pgm.toString('latin1', 0, 64).match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  assert.ok(header, 'binary PGM');
  const w = Number(header[1]);
  const h = Number(header[2]);
  const pixels = pgm.subarray(header[0].length);
  assert.equal(pixels.length, w * h);
  let dark = 0;
  for (const v of pixels) if (v < 200) dark++;
  if (keepPng) {
    execFileSync('pdftoppm', ['-png', '-r', '96', '-f', '1', '-l', '1', '-singlefile', file, path.join(dir, `${name}-p`)]);
    fs.mkdirSync(path.dirname(keepPng), { recursive: true });
    fs.copyFileSync(path.join(dir, `${name}-p.png`), keepPng);
  }
  return dark / (w * h);
}

// ---------------------------------------------------------------------------------------------
// The case: a plaintiff in prison, the seed order (electronic signatures allowed), three requests,
// two conferences (a call and a meeting), tries, a letter, and one entry removed with a reason.

interface Seeded {
  api: CaseFileApi;
  dir: string;
  file: string;
  orderId: number;
}

async function prisonerCase(): Promise<Seeded> {
  const { api, dir, file } = makeApi();
  const casePath = file('dickson.casefile');
  ok(
    await api.call('case.create', {
      path: casePath,
      caption: {
        district: 'Eastern District of California',
        caseNumber: '1:17-cv-00294-DAD-BAM (PC)',
        plaintiffs: ['CHRISTOPHER DICKSON'],
        defendants: ['GOMEZ, et al.'],
        side: 'plaintiff',
        partyName: 'Christopher Dickson',
        inPrison: true,
        prisonerNumber: 'AB-1234',
        mailingAddress: 'California State Prison, Corcoran\nP.O. Box 3456\nCorcoran, CA 93212',
        counsel: { name: 'Jane Roe', firm: 'Office of the Attorney General', address: '1300 I Street\nSacramento, CA 95814' },
      },
    }),
  );
  const order = ok(await api.call('orders.add', { source: { name: 'dickson-order-2021-05-24.txt', text: SEED_ORDER }, servedDate: '2021-05-24', serviceMethod: 'mail' }));
  const rfp3 = ok(await api.call('requests.add', { setType: 'rfp', setNumber: 1, number: 3, description: 'Use-of-force video from March 2016', asked: 'All video of the yard that day.', position: 'The video shows what happened on the yard.' }));
  const rfp5 = ok(await api.call('requests.add', { setType: 'rfp', setNumber: 1, number: 5, description: 'Incident reports', position: 'The reports are about the incident in this case.' }));
  const rog7 = ok(await api.call('requests.add', { setType: 'interrogatory', setNumber: 1, number: 7, description: 'Names of officers on duty', position: 'Plaintiff needs the names to serve them.' }));
  ok(await api.call('log.add', { entry: { kind: 'message-with-staff', at: '2021-05-27T09:00', timeZone: TZ, notes: 'Asked the litigation coordinator to set up a call.' } }));
  ok(await api.call('log.add', { entry: { kind: 'no-answer', at: '2021-06-01T14:30', timeZone: TZ, startedBy: 'them', notes: 'The call did not go through.' } }));
  ok(
    await api.call('log.add', {
      entry: {
        kind: 'phone-call',
        at: '2021-06-03T10:00',
        timeZone: TZ,
        minutes: 40,
        startedBy: 'them',
        participants: ['Jane Roe'],
        requests: [
          { requestId: rfp3.id, outcome: 'still-disputed' },
          { requestId: rfp5.id, outcome: 'agreed-to-supplement', byDate: '2021-06-17' },
        ],
        notes: 'Talked about the video and the reports.',
      },
    }),
  );
  const mistaken = ok(await api.call('log.add', { entry: { kind: 'phone-call', at: '2021-06-05T11:00', timeZone: TZ, minutes: 5, notes: 'Logged on the wrong case.' } }));
  ok(await api.call('log.void', { entryId: mistaken.id, reason: 'This call was about another case.' }));
  ok(
    await api.call('log.add', {
      entry: {
        kind: 'in-person',
        at: '2021-06-10T13:00',
        timeZone: TZ,
        minutes: 30,
        participants: ['Jane Roe'],
        requests: [{ requestId: rog7.id, outcome: 'agreed-to-produce' }],
        notes: 'Met at the prison. They will answer Interrogatory 7.',
      },
    }),
  );
  ok(await api.call('log.add', { entry: { kind: 'letter-received', at: '2021-06-11T12:00', timeZone: TZ, startedBy: 'them', reference: 'Letter dated June 10, 2021' } }));
  return { api, dir, file: casePath, orderId: order.order.id };
}

// ---------------------------------------------------------------------------------------------

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

  test('the letter: requests still at issue, a legal call through the prison, confirm in writing; logged in one click', async () => {
    for (const format of FORMATS) {
      const { text } = await exported(s.api, 'letter', format);
      for (const needle of ['Dear Jane Roe:', 'Request for Production, Set One, No. 3', 'All video of the yard that day.', 'litigation coordinator', 'AB-1234', 'confirm in writing']) {
        assert.ok(hasPhrase(text, needle), `${format} letter has "${needle}"`);
      }
      assert.ok(!text.includes('Interrogatory, Set One, No. 7'), 'a resolved request is not asked for again');
    }
    const before = ok(await s.api.call('requests.list', {}));
    const entry = ok(await s.api.call('papers.logLetterSent', { at: '2021-06-12T09:00', timeZone: TZ }));
    assert.equal(entry.content.kind, 'letter-sent');
    assert.deepEqual(entry.outcomes.map((o) => o.label).sort(), ['RFP Set 1, No. 3', 'RFP Set 1, No. 5']);
    assert.ok(entry.outcomes.every((o) => o.outcome === 'other'));
    const after = ok(await s.api.call('requests.list', {}));
    assert.deepEqual(after.map((r) => r.status.state), before.map((r) => r.status.state), 'a letter changes no request status');
    const log = await exported(s.api, 'contact-log', 'txt');
    assert.ok(hasPhrase(log.text, 'Letter sent'));
  });

  test('the log report: every entry in date order, the removed one marked with its reason, request outcomes, what the check found and the fingerprint', async () => {
    const verify = ok(await s.api.call('log.verify', {}));
    assert.ok(verify.intact);
    for (const format of FORMATS) {
      const { text } = await exported(s.api, 'contact-log', format);
      const order = ['Asked the litigation coordinator', 'The call did not go through.', 'Talked about the video and the reports.', 'Logged on the wrong case.', 'Met at the prison.'].map((n) => phraseAt(text, n));
      assert.ok(order.every((i) => i >= 0), `${format} has every entry: ${order}`);
      assert.deepEqual([...order].sort((a, b) => a - b), order, `${format} lists entries in date order`);
      assert.ok(hasPhrase(text, 'REMOVED from the log: This call was about another case.'), `${format} marks the removed entry`);
      assert.ok(hasPhrase(text, 'Partly resolved'), `${format} shows where each request stands`);
      assert.ok(hasPhrase(text, 'Each one still matches its fingerprint'));
      if (verify.intact) assert.ok(text.includes(verify.fingerprint!.code), `${format} prints the final fingerprint`);
    }
  });

  test('the checklist: every requirement that is not dismissed, with its date, who acts, a box, and "not legal advice"', async () => {
    const view = ok(await s.api.call('orders.get', { orderId: s.orderId }));
    const dismissed = view.requirements.find((r) => r.kind === 'stay')!;
    ok(await s.api.call('orders.setRequirement', { orderId: s.orderId, requirementId: dismissed.id, status: 'dismissed' }));
    const list = ok(await s.api.call('papers.checklist', {}));
    assert.equal(list.groups.length, 1);
    assert.equal(list.groups[0].entries.length, view.requirements.length - 1);
    const txt = await exported(s.api, 'checklist', 'txt');
    assert.ok(txt.text.includes('[ ]'), 'boxes to tick');
    for (const r of view.requirements) {
      const shown = txt.text.includes(squeeze(r.summary));
      assert.equal(shown, r.id !== dismissed.id, `${r.id} ${r.id === dismissed.id ? 'left out' : 'listed'}`);
    }
    assert.ok(txt.text.includes('Due: Monday, June 14, 2021'));
    assert.ok(txt.text.includes("Who: The other side's lawyer"));
    const pdf = await exported(s.api, 'checklist', 'pdf');
    assert.ok(pdf.text.includes('This is not legal advice.'));
    assert.ok(pdf.text.includes('Due: Monday, June 14, 2021'));
    ok(await s.api.call('orders.setRequirement', { orderId: s.orderId, requirementId: dismissed.id, status: 'confirmed' }));
  });

  test('a log that no longer verifies shows a warning on the paper and in the result', async () => {
    // Another program changes a saved entry: drop the safety lock and edit the row directly.
    const { default: Database } = await import('better-sqlite3');
    const copy = path.join(s.dir, 'tampered.casefile');
    await s.api.close();
    fs.copyFileSync(s.file, copy);
    const raw = new Database(copy);
    raw.exec('DROP TRIGGER IF EXISTS log_revisions_no_update');
    raw.prepare("UPDATE log_revisions SET content = replace(content, 'did not go through', 'went fine') WHERE seq = 2").run();
    raw.close();
    ok(await s.api.call('case.open', { path: copy }));
    const p = ok(await s.api.call('papers.preview', { paper: 'contact-log' }));
    assert.ok(p.warnings.some((w) => w.startsWith('The log did not pass its check')));
    const { text } = await exported(s.api, 'contact-log', 'txt');
    assert.ok(text.includes('WARNING: On'));
    assert.ok(!text.includes('Each one still matches its fingerprint'));
    ok(await s.api.call('case.open', { path: s.file }));
  });
});

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

describe('errors and the command line', () => {
  test('no case open: a plain message', async () => {
    const { api } = makeApi();
    const r = await api.call('papers.preview', { paper: 'joint-statement' });
    assert.equal(!r.ok && r.error.code, 'no-case-open');
    const bad = await api.call('papers.export', { paper: 'joint-statement', format: 'rtf' as 'pdf' });
    assert.equal(!bad.ok && bad.error.code, 'bad-input');
  });

  test('a case with no order yet still drafts, and says to add the order', async () => {
    const { api, file } = makeApi();
    ok(await api.call('case.create', { path: file('empty.casefile'), caption: { partyName: 'Pat Doe', side: 'defendant' } }));
    const p = ok(await api.call('papers.preview', { paper: 'joint-statement' }));
    assert.equal(p.orderId, null);
    assert.ok(p.warnings.some((w) => w.startsWith('No court order is in this case file yet')));
    assert.match(p.parts[0].text, /^Defendant Pat Doe has no lawyer/);
    const cal = ok(await api.call('papers.exportCalendar', {}));
    assert.equal(cal.events, 0);
    for (const paper of PAPERS) ok(await api.call('papers.export', { paper, format: 'pdf' }));
  });

  test('cli export joint-statement|log|checklist|letter|calendar write files that open', async () => {
    const s = await prisonerCase();
    await s.api.close();
    const out = outDir('papers-cli');
    const run = (args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src-main/cli.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    const pdf = path.join(out, 'statement.pdf');
    let r = run(['export', 'joint-statement', s.file, '--format', 'pdf', '--out', pdf]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Saved .*statement\.pdf/);
    const read = await readPdf(new Uint8Array(fs.readFileSync(pdf)));
    assert.ok(read.text.includes('/s/ Christopher Dickson'));
    r = run(['export', 'log', s.file, '--out', path.join(out, 'log.txt'), '--json']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).path, path.join(out, 'log.txt'));
    assert.ok(fs.readFileSync(path.join(out, 'log.txt'), 'utf8').includes('What the check and the fingerprints show'));
    r = run(['export', 'checklist', s.file, '--format', 'docx', '--out', path.join(out, 'checklist.docx')]);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(docxText(new Uint8Array(fs.readFileSync(path.join(out, 'checklist.docx')))).includes('What the court asks, and by when'));
    r = run(['export', 'letter', s.file, '--format', 'txt', '--out', path.join(out, 'letter.txt')]);
    assert.equal(r.status, 0, r.stderr);
    r = run(['export', 'calendar', s.file, '--out', path.join(out, 'deadlines.ics')]);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(fs.readFileSync(path.join(out, 'deadlines.ics'), 'utf8').startsWith('BEGIN:VCALENDAR\r\n'));
    r = run(['export', 'joint-statement', s.file, '--format', 'odt', '--out', path.join(out, 'x.odt')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /Use --format docx, pdf or txt/);
    r = run(['export', 'joint-statement', s.file, '--out', s.file]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /write over the case file/);
  });
});
