import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, Menu } from 'electron';
import { createApi } from '../core/api/createApi.js';
import { appRoot } from '../core/appRoot.js';
import { defaultDocumentsDir } from '../core/settings/appDataDir.js';
import { guardDownloads } from './downloads.js';
import { buildMenu } from './menu.js';
import { startReminders } from './reminders.js';
import { lockDownSessions } from './security.js';
import { windowOptions } from './windowOptions.js';

const here = path.dirname(fileURLToPath(import.meta.url));
let win: BrowserWindow | null = null;

// One app instance per user: a second launch focuses the first instead of opening a second writer.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });

  void app.whenReady().then(() => {
    lockDownSessions();
    const appDataDir = process.env.CASEFILE_HOME ?? app.getPath('userData');
    const documentsDir = process.env.CASEFILE_DOCUMENTS ?? safeDocuments();
    const api = createApi({
      appVersion: app.getVersion(),
      shell: 'electron',
      appDataDir,
      documentsDir,
      downloadsDir: process.env.CASEFILE_DOWNLOADS ?? app.getPath('downloads'),
      autoBackup: true,
    });
    guardDownloads(() => win, documentsDir);

    ipcMain.handle('casefile:invoke', (event, method: unknown, input: unknown, caseId: unknown) => {
      // Answer only our own window's frame, never an embedded or foreign one.
      if (!win || event.sender !== win.webContents || event.senderFrame !== win.webContents.mainFrame) {
        return { ok: false, error: { code: 'not-available', message: 'Not allowed.' } };
      }
      return api.invoke(method, input, typeof caseId === 'string' ? caseId : '');
    });

    startReminders(api, appDataDir);
    win = new BrowserWindow(windowOptions(path.join(here, 'preload.cjs')));
    Menu.setApplicationMenu(buildMenu(() => win));
    win.once('ready-to-show', () => win?.show());
    void win.loadFile(path.join(appRoot(), 'dist-renderer', 'index.html'));
    win.on('closed', () => {
      win = null;
    });

    // Finish the last save and backup before the process goes away.
    let closing = false;
    app.on('before-quit', (event) => {
      if (closing) return;
      event.preventDefault();
      closing = true;
      void api.close().finally(() => app.quit());
    });
  });

  app.on('window-all-closed', () => app.quit());
}

function safeDocuments(): string {
  try {
    return app.getPath('documents');
  } catch {
    return defaultDocumentsDir();
  }
}
