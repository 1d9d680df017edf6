import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { CASE_ID_HEADER } from '../core/api/caseGate.js';
import { createApi, type CaseFileApi } from '../core/api/createApi.js';
import { appRoot, appVersion } from '../core/appRoot.js';
import { MAX_ORDER_TEXT_CHARS, MAX_ORDER_TEXT_LABEL, MAX_PDF_BASE64_CHARS, MAX_PDF_LABEL } from '../core/orders/orderLimits.js';
import { defaultAppDataDir, defaultDocumentsDir, defaultDownloadsDir } from '../core/settings/appDataDir.js';
import { CONTENT_SECURITY_POLICY, hostIsAllowed, originIsAllowed, tokenMatches } from './webSecurity.js';

/**
 * The largest request any method accepts: a court order PDF at its limit in base64, or an order's
 * text at its limit with every character escaped in JSON (6 bytes), plus room for the other fields.
 * Derived from the order limits, so the limit a person is told is the one that stops them.
 */
const MAX_BODY = Math.max(MAX_PDF_BASE64_CHARS, MAX_ORDER_TEXT_CHARS * 6) + 1024 * 1024;
const TOO_LARGE = `That is more than the app takes in one go. A court order can be a PDF of up to ${MAX_PDF_LABEL}, or up to ${MAX_ORDER_TEXT_LABEL} of text.`;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

export interface WebShell {
  url: string;
  port: number;
  token: string;
  api: CaseFileApi;
  close(): Promise<void>;
}

export interface WebShellOptions {
  port?: number;
  token?: string;
  rendererDir?: string;
}

function send(res: http.ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  });
  res.end(body);
}

class BodyTooLarge extends Error {}

/**
 * The request's body, up to MAX_BODY. A bigger one is read to its end but not kept, so the page
 * gets an answer in words; cutting the connection would look to it like the app had stopped.
 */
function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
      else if (size > 4 * MAX_BODY) req.destroy(); // nobody sends this much by mistake
    });
    req.on('end', () => (size > MAX_BODY ? reject(new BodyTooLarge()) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

/** The path part of an address, decoded; null when its %-escapes are not valid (e.g. "/%"). */
function decodedPath(urlPath: string): string | null {
  try {
    return decodeURIComponent(urlPath);
  } catch {
    return null;
  }
}

function serveStatic(rendererDir: string, urlPath: string, res: http.ServerResponse): void {
  const decoded = decodedPath(urlPath);
  if (decoded === null) return send(res, 400, 'That address is not a page of this app.');
  const rel = decoded.replace(/^\/+/, '') || 'index.html';
  const full = path.resolve(rendererDir, rel);
  // Only files inside the built renderer: no "../" walks into the disk.
  if (!full.startsWith(path.resolve(rendererDir) + path.sep)) return send(res, 404, 'Not found');
  const target = fs.existsSync(full) && fs.statSync(full).isFile() ? full : path.join(rendererDir, 'index.html');
  if (!fs.existsSync(target)) return send(res, 500, 'The app screens are not built yet. Run "npm run build" first.');
  send(res, 200, fs.readFileSync(target), CONTENT_TYPES[path.extname(target)] ?? 'application/octet-stream');
}

/** The loopback web shell: the same API as Electron's, over POST /api/METHOD, for this machine only. */
export async function startWebShell(options: WebShellOptions = {}): Promise<WebShell> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const rendererDir = options.rendererDir ?? path.join(appRoot(), 'dist-renderer');
  const api = createApi({ appVersion: appVersion(), shell: 'web', appDataDir: defaultAppDataDir(), documentsDir: defaultDocumentsDir(), downloadsDir: defaultDownloadsDir(), autoBackup: true });
  let port = 0;

  // Every failure is answered inside, so the promise never rejects.
  const answer = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    try {
      if (!hostIsAllowed(req, port)) return send(res, 403, 'This address is not allowed.');
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      if (url.pathname.startsWith('/api/')) {
        if (req.method !== 'POST') return send(res, 405, 'Use POST.');
        if (!originIsAllowed(req, port)) return send(res, 403, 'Requests from other sites are not allowed.');
        if (!tokenMatches(req.headers['x-casefile-token'] as string | undefined, token)) return send(res, 403, 'This page does not have the key for this app. Open the address the app printed when it started.');
        let input: unknown;
        try {
          const body = await readBody(req);
          input = body ? JSON.parse(body) : {};
        } catch (e) {
          const [status, message] = e instanceof BodyTooLarge ? [413, TOO_LARGE] : [400, 'That request was not readable.'];
          return send(res, status, JSON.stringify({ ok: false, error: { code: 'bad-input', message } }), 'application/json');
        }
        const method = url.pathname.slice('/api/'.length);
        // The case this tab shows: a tab without the header names no case.
        const caseId = req.headers[CASE_ID_HEADER];
        const result = await api.invoke(method, input, typeof caseId === 'string' ? caseId : '');
        return send(res, 200, JSON.stringify(result), 'application/json; charset=utf-8');
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Not allowed.');
      return serveStatic(rendererDir, url.pathname, res);
    } catch (e) {
      console.error('[web] request failed', e);
      if (!res.headersSent) send(res, 500, 'Something went wrong.');
    }
  };
  const server = http.createServer((req, res) => void answer(req, res));

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    api,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => void api.close().finally(() => resolve()));
      }),
  };
}
