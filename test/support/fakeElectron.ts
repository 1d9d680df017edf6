/**
 * A stand-in for the parts of Electron the shell uses, recording every handler and call, so a
 * test can run src-main/electron/*.ts under plain Node and then play the attacker: ask for a
 * permission, navigate, open a window, load a remote URL, call the API from a foreign frame.
 * It is not Electron: it shows what our code asks Electron to do, not what Electron does.
 */
type Listener = (...args: unknown[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(event) ?? []).map((l) => l(...args));
  }
}

export const recorded = {
  permissionRequestHandler: null as null | ((wc: unknown, permission: string, callback: (allow: boolean) => void, details?: unknown) => void),
  permissionCheckHandler: null as null | ((...args: unknown[]) => boolean),
  headersReceived: null as null | ((details: { responseHeaders?: Record<string, string[]> }, callback: (r: { responseHeaders?: Record<string, string[]> }) => void) => void),
  beforeRequest: null as null | ((details: { url: string }, callback: (r: { cancel?: boolean }) => void) => void),
  ipcHandlers: new Map<string, Listener>(),
  sessionListeners: new Map<string, Listener>(),
  /** What the next Save dialog answers (a path, or undefined for Cancel), and the messages shown. */
  saveDialogAnswer: undefined as string | undefined,
  messages: [] as string[],
  windows: [] as FakeBrowserWindow[],
  singleInstanceLockRequested: false,
  menus: 0,
};

export class FakeWebContents extends Emitter {
  readonly mainFrame = { name: 'main frame' };
  windowOpenHandler: null | ((details: { url: string }) => { action: string }) = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  print(): void {}
}

export class FakeBrowserWindow extends Emitter {
  readonly webContents = new FakeWebContents();
  loadedFiles: string[] = [];
  loadedUrls: string[] = [];
  constructor(readonly options: Record<string, unknown>) {
    super();
    recorded.windows.push(this);
    // Electron announces each new web contents to the app.
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadFile(file: string): Promise<void> {
    this.loadedFiles.push(file);
    return Promise.resolve();
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return Promise.resolve();
  }
  show(): void {}
  focus(): void {}
  restore(): void {}
  isMinimized(): boolean {
    return false;
  }
}

class FakeApp extends Emitter {
  quitCalled = 0;
  requestSingleInstanceLock(): boolean {
    recorded.singleInstanceLockRequested = true;
    return true;
  }
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
  quit(): void {
    this.quitCalled++;
  }
  getVersion(): string {
    return '0.0.0-fake';
  }
  getPath(name: string): string {
    if (name === 'documents') throw new Error('no documents folder in the fake');
    return `/nonexistent/fake-electron/${name}`;
  }
  get isPackaged(): boolean {
    return false;
  }
}

export const app = new FakeApp();
export const BrowserWindow = FakeBrowserWindow;

export const session = {
  defaultSession: {
    on(event: string, listener: Listener) {
      recorded.sessionListeners.set(event, listener);
    },
    setPermissionRequestHandler(handler: typeof recorded.permissionRequestHandler) {
      recorded.permissionRequestHandler = handler;
    },
    setPermissionCheckHandler(handler: typeof recorded.permissionCheckHandler) {
      recorded.permissionCheckHandler = handler;
    },
    webRequest: {
      onHeadersReceived(handler: typeof recorded.headersReceived) {
        recorded.headersReceived = handler;
      },
      onBeforeRequest(handler: typeof recorded.beforeRequest) {
        recorded.beforeRequest = handler;
      },
    },
  },
};

export const ipcMain = {
  handle(channel: string, handler: Listener) {
    recorded.ipcHandlers.set(channel, handler);
  },
};

export const Menu = {
  buildFromTemplate(template: unknown[]) {
    return { template };
  },
  setApplicationMenu() {
    recorded.menus++;
  },
};

export const dialog = {
  showMessageBox: (...args: unknown[]) => {
    const options = args[args.length - 1] as { message?: string };
    recorded.messages.push(options.message ?? '');
    return Promise.resolve({ response: 0 });
  },
  showSaveDialogSync: () => recorded.saveDialogAnswer,
};
export const shell = {
  openExternal(url: string) {
    throw new Error(`openExternal(${url}) called`);
  },
};
export const Notification = class {
  static isSupported() {
    return false;
  }
  show() {}
};

export default { app, BrowserWindow, session, ipcMain, Menu, dialog, shell, Notification };
