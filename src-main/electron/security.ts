import { app, session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from './windowOptions.js';

/** Only our own files may load: the renderer never navigates, opens windows, or gets permissions. */
export function lockDownSessions(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    // Nothing leaves the machine: only file: and devtools URLs load, and the page's own blobs
    // (a paper being saved is handed to the Save dialog as blob:file:///…).
    const allowed = ['file:', 'devtools:', 'data:', 'blob:file:'].some((scheme) => details.url.startsWith(scheme));
    callback({ cancel: !allowed });
  });

  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
