/**
 * Order PDFs are read within bounds, and every limit the person is told is the one enforced. A
 * 1 MB PDF that opens up to 1 GB took 83 s and 3.6 GB of memory here before; now it is refused at
 * once, measured in its own process (time and peak memory). A PDF at the size limit goes through
 * the API; one byte more gets the same words the screen and the CLI use.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { createApi } from '../../src-main/core/api/createApi.js';
import { MAX_PDF_BASE64_CHARS, MAX_PDF_BYTES } from '../../src-main/core/orders/orderLimits.js';
import { repoRoot } from '../support/childProcess.js';
import { paddedOrderPdf, pdfBomb } from '../support/pdfFixtures.js';
import { tempDir } from '../support/tempDir.js';

const MB = 1024 * 1024;

test('a 1 MB PDF that inflates to 1 GB: refused in words in under 5 s, with under 300 MB of memory, in its own process', async () => {
  const dir = tempDir('pdf-bomb');
  const bomb = await pdfBomb(1024 * MB);
  assert.ok(bomb.length < 1.5 * MB, `the bomb is small (${bomb.length} bytes)`);
  const file = path.join(dir, 'bomb.pdf');
  fs.writeFileSync(file, bomb);
  const script = `
    import fs from 'node:fs';
    const { extractPdfText } = await import('./src-main/core/orders/pdfText.ts');
    const bytes = new Uint8Array(fs.readFileSync(process.argv[1]));
    const t0 = performance.now();
    const r = await extractPdfText(bytes);
    console.log(JSON.stringify({ ms: Math.round(performance.now() - t0), r, maxRssKb: process.resourceUsage().maxRSS }));`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, file], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000, killSignal: 'SIGKILL' });
  assert.ok(!run.error, `the reader did not finish: ${run.error?.message}`);
  assert.equal(run.status, 0, run.stderr);
  const out = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { ms: number; r: { ok: boolean; error?: { code: string; message: string } }; maxRssKb: number };
  console.log(`pdf bomb: refused in ${out.ms} ms, peak memory ${Math.round(out.maxRssKb / 1024)} MB`);
  assert.equal(out.r.ok, false);
  assert.equal(out.r.error?.code, 'too-large');
  assert.match(out.r.error.message, /opens up to far more than one court order holds/);
  assert.ok(out.ms < 5000, `${out.ms} ms`);
  assert.ok(out.maxRssKb < 300 * 1024, `${Math.round(out.maxRssKb / 1024)} MB`);
});

test('the PDF size limit is one number: exactly 20 MB goes through the API, one byte more is refused with the words the screen uses', async () => {
  assert.equal(MAX_PDF_BASE64_CHARS, Buffer.alloc(MAX_PDF_BYTES).toString('base64').length);
  const dir = tempDir('pdf-limit');
  const api = createApi({ appVersion: '0.0.0-test', shell: 'web', appDataDir: path.join(dir, 'appdata'), documentsDir: dir });
  try {
    const atLimit = await paddedOrderPdf(MAX_PDF_BYTES);
    const exact = Buffer.concat([Buffer.from(atLimit), Buffer.alloc(MAX_PDF_BYTES - atLimit.length, 0x20)]);
    assert.equal(exact.length, MAX_PDF_BYTES);
    const ok = await api.call('orders.explainText', { source: { name: 'order.pdf', pdfBase64: exact.toString('base64') } });
    assert.ok(ok.ok, JSON.stringify(ok.ok ? '' : ok.error));
    assert.ok(ok.value.requirements.some((r) => /status report/i.test(r.summary)), 'the order was read');

    const over = Buffer.concat([exact, Buffer.from(' ')]);
    const refused = await api.call('orders.explainText', { source: { name: 'order.pdf', pdfBase64: over.toString('base64') } });
    assert.ok(!refused.ok);
    assert.equal(refused.error.message, 'This PDF is too large to be one court order (over 20 MB). Please choose only the order.');
  } finally {
    await api.close();
  }
});
