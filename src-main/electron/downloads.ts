import path from 'node:path';
import { dialog, session, type BrowserWindow, type DownloadItem, type SaveDialogOptions } from 'electron';
import { saveTargetProblem } from '../core/exports/saveTarget.js';

/**
 * A paper the renderer "downloads" is saved where the person picks, in our own Save dialog: the
 * dialog asks before replacing a file, and a case file is refused whatever the answer, so a paper
 * can never take the place of the case it came from.
 */
export function guardDownloads(getWindow: () => BrowserWindow | null, documentsDir: string): void {
  session.defaultSession.on('will-download', (_event, item: DownloadItem) => {
    const options: SaveDialogOptions = {
      title: 'Save the paper',
      defaultPath: path.join(documentsDir, item.getFilename()),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const win = getWindow();
    const chosen = win ? dialog.showSaveDialogSync(win, options) : dialog.showSaveDialogSync(options);
    if (!chosen) {
      item.cancel();
      return;
    }
    // The dialog already asked about replacing an ordinary file; only a case file is refused here.
    const problem = saveTargetProblem(chosen, { force: true });
    if (problem) {
      item.cancel();
      void dialog.showMessageBox({ type: 'warning', title: 'Not saved', message: problem });
      return;
    }
    item.setSavePath(chosen);
  });
}
