import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The main window's options, in one function a unit test reads: the renderer gets no Node,
 * runs sandboxed and isolated, and can reach main only through the preload's one method.
 */
export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1200,
    height: 860,
    minWidth: 480,
    minHeight: 400,
    title: 'Pro Se Case File',
    backgroundColor: '#f4f6f8',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      devTools: true,
    },
  };
}

/** The same policy the web shell sends as a header; Electron applies it to every response. */
export { CONTENT_SECURITY_POLICY } from '../web/webSecurity.js';
