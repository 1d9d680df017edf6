import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

/** The usual File / Edit / View / Help menus, with keyboard shortcuts people already know. */
export function buildMenu(getWindow: () => BrowserWindow | null): Menu {
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        { label: 'Print…', accelerator: 'CmdOrCtrl+P', click: () => getWindow()?.webContents.print({ silent: false, printBackground: false }) },
        { type: 'separator' },
        process.platform === 'darwin' ? { role: 'close' } : { role: 'quit', label: 'Exit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'zoomIn', label: 'Bigger text' },
        { role: 'zoomOut', label: 'Smaller text' },
        { role: 'resetZoom', label: 'Normal text size' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Help',
      submenu: [
        {
          label: 'About Pro Se Case File',
          click: () =>
            void dialog.showMessageBox({
              type: 'info',
              title: 'About',
              message: `Pro Se Case File ${app.getVersion()}`,
              detail: 'An offline case file for people in federal court without a lawyer. This is not legal advice.',
            }),
        },
      ],
    },
  ];
  if (process.platform === 'darwin') template.unshift({ role: 'appMenu' });
  return Menu.buildFromTemplate(template);
}
