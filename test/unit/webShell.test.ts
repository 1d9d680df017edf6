import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, test } from 'node:test';
import { startWebShell, type WebShell } from '../../src-main/web/server.js';
import { tempDir } from '../support/tempDir.js';

let shell: WebShell;

before(async () => {
  const dir = tempDir('web');
  process.env.CASEFILE_HOME = `${dir}/appdata`;
  process.env.CASEFILE_DOCUMENTS = dir;
  shell = await startWebShell({ rendererDir: dir });
});
after(() => shell.close());

/** Raw requests, so the test controls Host and Origin the way an attacker's page would. */
function request(opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ agent: false, host: '127.0.0.1', port: shell.port, path: opts.path, method: opts.method ?? 'POST', headers: { host: `127.0.0.1:${shell.port}`, 'content-type': 'application/json', ...opts.headers } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(opts.method === 'GET' ? undefined : (opts.body ?? '{}'));
  });
}

test('the web shell listens on loopback only', () => {
  assert.match(shell.url, /^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
});

test('an API call with the token works', async () => {
  const r = await request({ path: '/api/app.info', headers: { 'x-casefile-token': shell.token } });
  assert.equal(r.status, 200);
  assert.equal(JSON.parse(r.body).value.shell, 'web');
});

test('an API call without the token is refused with 403', async () => {
  const r = await request({ path: '/api/app.info' });
  assert.equal(r.status, 403);
});

test('an API call with a wrong token is refused with 403', async () => {
  const r = await request({ path: '/api/app.info', headers: { 'x-casefile-token': 'x'.repeat(shell.token.length) } });
  assert.equal(r.status, 403);
});

test('a foreign Host header (DNS rebinding) is refused with 403, even with the token', async () => {
  const r = await request({ path: '/api/app.info', headers: { host: `evil.example:${shell.port}`, 'x-casefile-token': shell.token } });
  assert.equal(r.status, 403);
});

test('a cross-origin request is refused and gets no CORS headers', async () => {
  const r = await request({ path: '/api/app.info', headers: { origin: 'http://evil.example', 'x-casefile-token': shell.token } });
  assert.equal(r.status, 403);
  assert.equal(r.headers['access-control-allow-origin'], undefined);
});

test('pages carry a Content-Security-Policy and paths cannot walk out of the app folder', async () => {
  const r = await request({ path: '/../../etc/passwd', method: 'GET' });
  assert.ok(r.headers['content-security-policy']?.includes("script-src 'self'"));
  assert.ok(!r.body.includes('root:'));
});

test('a bad body gets a typed error, not a crash', async () => {
  const r = await request({ path: '/api/case.open', headers: { 'x-casefile-token': shell.token }, body: '{not json' });
  assert.equal(r.status, 400);
  assert.equal(JSON.parse(r.body).error.code, 'bad-input');
});
