/**
 * The Electron shell's locks, checked two ways because the Electron binary cannot run here:
 *  1. its source text: each lock is written where it must be, and nothing that undoes one
 *     (a remote URL, webSecurity off, Node in the renderer, ...) appears anywhere in the shell;
 *  2. its code, run under plain Node against a recording stand-in for Electron
 *     (test/support/fakeElectron.ts): every handler it installs is called the way an attacker
 *     would (ask for the camera, navigate away, open a window, load a web page, call the API
 *     from a foreign frame) and must refuse.
 * Neither proves what Electron itself does with these settings; the e2e test under Playwright's
 * _electron does that on a machine that has the binary.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { register } from 'node:module';
import path from 'node:path';
import { test } from 'node:test';
import { CONTENT_SECURITY_POLICY, windowOptions } from '../../src-main/electron/windowOptions.js';
import { repoRoot } from '../support/childProcess.js';
import { tempDir } from '../support/tempDir.js';

const shellDir = path.join(repoRoot, 'src-main', 'electron');
const read = (name: string) => fs.readFileSync(path.join(shellDir, name), 'utf8');
/** The code without its comments, so a comment can neither satisfy nor trip a check. */
const code = (name: string) => read(name).replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
const shellFiles = fs.readdirSync(shellDir).filter((f) => /\.(c|m)?ts$/.test(f));

test('source: the session locks are all in security.ts, each in its refusing form', () => {
  const s = code('security.ts');
  assert.match(s, /setPermissionRequestHandler\(\s*\([^)]*\)\s*=>\s*callback\(false\)\s*\)/, 'every permission request is denied');
  assert.match(s, /setPermissionCheckHandler\(\s*\(\)\s*=>\s*false\s*\)/, 'every permission check says no');
  assert.match(s, /on\('will-navigate',\s*\(event\)\s*=>\s*event\.preventDefault\(\)\)/, 'navigation is blocked');
  assert.match(s, /on\('will-redirect',\s*\(event\)\s*=>\s*event\.preventDefault\(\)\)/, 'redirects are blocked');
  assert.match(s, /on\('will-attach-webview',\s*\(event\)\s*=>\s*event\.preventDefault\(\)\)/, 'webviews are blocked');
  assert.match(s, /setWindowOpenHandler\(\(\)\s*=>\s*\(\{\s*action:\s*'deny'\s*\}\)\)/, 'new windows are denied');
  assert.match(s, /'Content-Security-Policy':\s*\[CONTENT_SECURITY_POLICY\]/, 'the CSP header is set on every response');
  assert.match(s, /onBeforeRequest/, 'requests are filtered');
  assert.doesNotMatch(s, /callback\(true\)|action:\s*'allow'/, 'nothing is allowed anywhere');
});

test('source: main.ts locks down before the window exists, builds it from windowOptions() and loads only a local file', () => {
  const m = code('main.ts');
  const lock = m.indexOf('lockDownSessions()');
  const window = m.indexOf('new BrowserWindow(');
  assert.ok(lock > 0 && window > lock, 'lockDownSessions() runs before the first window');
  assert.match(m, /new BrowserWindow\(windowOptions\(/, 'the window\'s options come from windowOptions() (tested below), not inline');
  assert.match(m, /\.loadFile\(/);
  assert.match(m, /requestSingleInstanceLock\(\)/, 'one app instance per user');
  assert.match(m, /event\.senderFrame !== win\.webContents\.mainFrame/, 'the API answers only the app\'s own main frame');
});

test('source: no file of the shell loads a remote URL or turns a lock off', () => {
  for (const f of shellFiles) {
    const text = read(f);
    const c = code(f);
    assert.doesNotMatch(text, /https?:\/\//i, `${f}: a web address`);
    assert.doesNotMatch(c, /\.loadURL\(/, `${f}: loadURL (only loadFile of the app's own files)`);
    assert.doesNotMatch(c, /webSecurity:\s*false/, `${f}: webSecurity off`);
    assert.doesNotMatch(c, /allowRunningInsecureContent:\s*true/, `${f}: insecure content allowed`);
    assert.doesNotMatch(c, /contextIsolation:\s*false/, `${f}: context isolation off`);
    assert.doesNotMatch(c, /sandbox:\s*false|--no-sandbox|no-sandbox/, `${f}: sandbox off`);
    assert.doesNotMatch(c, /nodeIntegration(InWorker|InSubFrames)?:\s*true/, `${f}: Node in the renderer`);
    assert.doesNotMatch(c, /webviewTag:\s*true|enableRemoteModule|experimentalFeatures:\s*true|enableBlinkFeatures/, `${f}: a risky feature`);
    assert.doesNotMatch(c, /setPermissionRequestHandler\(\s*null|setPermissionCheckHandler\(\s*null/, `${f}: a permission handler removed`);
    assert.doesNotMatch(c, /disable-web-security|ignore-certificate-errors|allow-file-access-from-files/, `${f}: a Chromium switch that drops a lock`);
  }
});

test('source: the preload exposes one invoke() through contextBridge, and nothing of Node or ipcRenderer itself', () => {
  const p = code('preload.cts');
  const exposed = [...p.matchAll(/exposeInMainWorld\(/g)];
  assert.equal(exposed.length, 1);
  assert.match(p, /exposeInMainWorld\('caseFile', caseFile\)/);
  assert.match(p, /ipcRenderer\.invoke\('casefile:invoke', method, input, caseId\)/);
  assert.doesNotMatch(p, /exposeInMainWorld\([^)]*ipcRenderer|require\(|process\.|ipcRenderer\.(on|send|sendSync)\(/);
});

test('windowOptions(): isolated, sandboxed, no Node, web security on, no insecure content, no webview', () => {
  const web = windowOptions('/app/preload.cjs').webPreferences!;
  assert.equal(web.contextIsolation, true);
  assert.equal(web.sandbox, true);
  assert.equal(web.nodeIntegration, false);
  assert.equal(web.nodeIntegrationInWorker, false);
  assert.equal(web.nodeIntegrationInSubFrames, false);
  assert.equal(web.webSecurity, true);
  assert.equal(web.allowRunningInsecureContent, false);
  assert.equal(web.webviewTag, false);
  assert.equal(web.navigateOnDragDrop, false);
  assert.equal((web as Record<string, unknown>).experimentalFeatures, undefined);
  assert.equal((web as Record<string, unknown>).enableBlinkFeatures, undefined);
});

test('run against a stand-in for Electron: every permission, navigation, window and remote request is refused', async () => {
  register('../support/electronHooks.mjs', import.meta.url);
  const fake = await import('../support/fakeElectron.js');
  const { lockDownSessions } = await import('../../src-main/electron/security.js');
  lockDownSessions();
  const { recorded, app, FakeWebContents } = fake;

  for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'serial', 'usb', 'unknown-future-permission']) {
    let answer: boolean | undefined;
    recorded.permissionRequestHandler!({}, permission, (allow) => (answer = allow), {});
    assert.equal(answer, false, `permission ${permission}`);
    assert.equal(recorded.permissionCheckHandler!({}, permission, 'file://', {}), false, `check ${permission}`);
  }

  for (const url of ['https://example.com/', 'http://127.0.0.1:8080/api', 'ws://localhost/', 'ftp://x/', 'blob:https://evil/1', 'chrome://settings', 'javascript:alert(1)']) {
    let cancel: boolean | undefined;
    recorded.beforeRequest!({ url }, (r) => (cancel = r.cancel));
    assert.equal(cancel, true, `request to ${url} goes nowhere`);
  }
  for (const url of ['file:///app/dist-renderer/index.html', 'file:///app/dist-renderer/assets/index.js', 'blob:file:///5b0e6c2e-paper']) {
    let cancel: boolean | undefined;
    recorded.beforeRequest!({ url }, (r) => (cancel = r.cancel));
    assert.equal(cancel, false, `${url} loads`);
  }

  let headers: Record<string, string[]> | undefined;
  recorded.headersReceived!({ responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': ["default-src *; script-src 'unsafe-eval'"] } }, (r) => (headers = r.responseHeaders));
  assert.deepEqual(headers!['Content-Security-Policy'], [CONTENT_SECURITY_POLICY], 'our policy replaces any other');

  // Any web contents created later (a window, a devtools page) gets the navigation locks.
  const contents = new FakeWebContents();
  app.emit('web-contents-created', {}, contents);
  for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
    let prevented = false;
    const handlers = contents.listeners.get(event) ?? [];
    assert.ok(handlers.length > 0, `a ${event} handler`);
    for (const h of handlers) h({ preventDefault: () => (prevented = true) }, 'https://example.com/');
    assert.ok(prevented, `${event} is prevented`);
  }
  assert.deepEqual(contents.windowOpenHandler!({ url: 'https://example.com/' }), { action: 'deny' });
  assert.deepEqual(contents.windowOpenHandler!({ url: 'file:///etc/passwd' }), { action: 'deny' });
});

test('run main.ts against the stand-in: one secure window, a local file, and an API that answers only its own frame', async () => {
  register('../support/electronHooks.mjs', import.meta.url);
  const dir = tempDir('electron-main');
  process.env.CASEFILE_HOME = path.join(dir, 'appdata');
  process.env.CASEFILE_DOCUMENTS = dir;
  const { recorded } = await import('../support/fakeElectron.js');
  await import('../../src-main/electron/main.js');
  for (let i = 0; i < 20 && recorded.windows.length === 0; i++) await new Promise((r) => setTimeout(r, 10));

  assert.ok(recorded.singleInstanceLockRequested);
  assert.ok(recorded.permissionRequestHandler, 'the session was locked down');
  assert.equal(recorded.windows.length, 1);
  const win = recorded.windows[0];
  const web = win.options.webPreferences as Record<string, unknown>;
  assert.deepEqual({ ...web, preload: undefined }, { ...windowOptions('x').webPreferences, preload: undefined });
  assert.match(String(web.preload), /preload\.cjs$/);
  assert.deepEqual(win.loadedUrls, [], 'no URL is loaded');
  assert.equal(win.loadedFiles.length, 1);
  assert.match(win.loadedFiles[0], /dist-renderer[\\/]index\.html$/);
  assert.ok(path.isAbsolute(win.loadedFiles[0]));
  assert.deepEqual(win.webContents.windowOpenHandler!({ url: 'https://example.com/' }), { action: 'deny' });

  const invoke = recorded.ipcHandlers.get('casefile:invoke')!;
  assert.ok(invoke, 'one IPC channel');
  assert.deepEqual([...recorded.ipcHandlers.keys()], ['casefile:invoke']);
  const own = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
  const foreignFrame = { sender: win.webContents, senderFrame: { name: 'an iframe' } };
  const foreignContents = { sender: { other: true }, senderFrame: win.webContents.mainFrame };
  for (const event of [foreignFrame, foreignContents]) {
    const r = (await invoke(event, 'app.info', {})) as { ok: boolean; error?: { code: string } };
    assert.equal(r.ok, false);
    assert.equal(r.error?.code, 'not-available');
  }
  const info = (await invoke(own, 'app.info', {})) as { ok: boolean; value?: { shell: string } };
  assert.ok(info.ok);
  assert.equal(info.value?.shell, 'electron');
  const bad = (await invoke(own, 'case.open', { path: 42 })) as { ok: boolean; error?: { code: string } };
  assert.equal(bad.error?.code, 'bad-input', 'the same validation as every shell');
});
