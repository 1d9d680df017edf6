/**
 * The web shell as a person starts it (`npm run web`), in its own process: odd addresses get a
 * plain 400, a court PDF just under the limit goes through (before, the request cap cut it off and
 * the page said "The app is not running"), anything bigger gets an answer in words, and nothing
 * lands in its log as a crash. Real HTTP over loopback.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { repoRoot } from '../support/childProcess.js';
import { paddedOrderPdf } from '../support/pdfFixtures.js';
import { tempDir } from '../support/tempDir.js';

let child: ReturnType<typeof spawn>;
let port = 0;
let token = '';
let stderr = '';

before(async () => {
  const dir = tempDir('web-process');
  child = spawn(process.execPath, ['--import', 'tsx', 'src-main/web/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, CASEFILE_HOME: path.join(dir, 'appdata'), CASEFILE_DOCUMENTS: dir, CASEFILE_PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  let out = '';
  await new Promise<void>((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`web shell ended (${code}): ${stderr}`)));
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString();
      const m = /http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]+)/.exec(out);
      if (m) {
        port = Number(m[1]);
        token = m[2]!;
        resolve();
      }
    });
  });
});
after(() => {
  child.removeAllListeners('exit');
  child.kill('SIGTERM');
});

function get(pathname: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ agent: false, host: '127.0.0.1', port, path: pathname, method: 'GET', headers: { host: `127.0.0.1:${port}` } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('GET of an address that is not valid percent-encoding gets 400 in words, and no crash in the log', async () => {
  for (const p of ['/%', '/%E0%A4%A', '/assets/%zz.js', '/%C0%AF..%C0%AF']) {
    const r = await get(p);
    assert.equal(r.status, 400, `${p}: ${r.status} ${r.body}`);
    assert.match(r.body, /not a page of this app/);
  }
  assert.ok(token.length > 0);
  assert.doesNotMatch(stderr, /URIError|\n\s+at |request failed/, stderr);
});

function post(method: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers = { host: `127.0.0.1:${port}`, 'content-type': 'application/json', 'x-casefile-token': token };
    const req = http.request({ agent: false, host: '127.0.0.1', port, path: `/api/${method}`, method: 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

test('a 19.5 MB order PDF is read; a bigger request gets a plain answer, not a cut connection', async () => {
  const pdf = Buffer.from(await paddedOrderPdf(19.5 * 1024 * 1024));
  const read = await post('orders.explainText', JSON.stringify({ source: { name: 'order.pdf', pdfBase64: pdf.toString('base64') } }));
  assert.equal(read.status, 200);
  const result = JSON.parse(read.body) as { ok: boolean; value?: { requirements: { summary: string }[] }; error?: { message: string } };
  assert.ok(result.ok, read.body.slice(0, 300));
  assert.ok(result.value!.requirements.some((r) => /status report/i.test(r.summary)));

  const tooBig = await post('orders.explainText', JSON.stringify({ source: { name: 'order.pdf', pdfBase64: 'A'.repeat(40 * 1024 * 1024) } }));
  assert.equal(tooBig.status, 413);
  assert.match((JSON.parse(tooBig.body) as { error: { message: string } }).error.message, /A court order can be a PDF of up to 20 MB/);
  assert.doesNotMatch(stderr, /\n\s+at /, stderr);
});
