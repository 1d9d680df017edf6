import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { _electron as electron, expect, test } from '@playwright/test';

/** The electron package exports the binary's path, and throws when the binary was never downloaded. */
function electronBinary(): string | null {
  try {
    const p = createRequire(import.meta.url)('electron') as unknown;
    return typeof p === 'string' && fs.existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const SKIP_REASON = 'No Electron binary is installed here (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1), so the desktop shell cannot start. The same scenario runs in Chromium through the web shell.';
if (!binary) console.log(`[electron e2e] skipped: ${SKIP_REASON}`);

test('desktop app: create a case, fill the caption, relaunch: still there', async () => {
  test.skip(!binary, SKIP_REASON);
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-electron-'));
  const file = path.join(data, 'desktop.casefile');
  const env = { ...process.env, CASEFILE_HOME: path.join(data, 'appdata'), CASEFILE_DOCUMENTS: data } as Record<string, string>;
  let app = await electron.launch({ executablePath: binary!, args: ['dist-main/electron/main.js'], env });
  let page = await app.firstWindow();
  await page.getByLabel('Where to save it').fill(file);
  await page.getByRole('button', { name: 'Create case file' }).click();
  await page.getByLabel('Case number').fill('1:17-cv-00294-DAD-BAM (PC)');
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved/);
  const isolated = await page.evaluate(() => typeof (globalThis as { require?: unknown }).require === 'undefined' && typeof (globalThis as { process?: unknown }).process === 'undefined');
  expect(isolated).toBe(true);
  await app.close();

  app = await electron.launch({ executablePath: binary!, args: ['dist-main/electron/main.js'], env });
  page = await app.firstWindow();
  await page.getByLabel('Case file to open').fill(file);
  await page.getByRole('button', { name: 'Open case file' }).click();
  await page.getByRole('button', { name: 'About your case' }).click();
  await expect(page.getByLabel('Case number')).toHaveValue('1:17-cv-00294-DAD-BAM (PC)');
  await app.close();
});
