import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { defineConfig } from '@playwright/test';

// Chosen once in the main process; workers inherit them through the environment.
process.env.E2E_PORT ??= String(41000 + Math.floor(Math.random() * 20000));
process.env.E2E_TOKEN ??= randomBytes(18).toString('base64url');
// One level down in a private folder: a test that goes "up one folder" then sees only this
// folder, however full the machine's temp folder is.
process.env.E2E_DATA ??= path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-e2e-')), 'documents');
fs.mkdirSync(process.env.E2E_DATA, { recursive: true });
const port = process.env.E2E_PORT;

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `node --import tsx src-main/web/main.ts --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      CASEFILE_TOKEN: process.env.E2E_TOKEN,
      CASEFILE_HOME: path.join(process.env.E2E_DATA, 'appdata'),
      CASEFILE_DOCUMENTS: process.env.E2E_DATA,
      // Where "saved" papers land in these tests (the tests save each download there).
      CASEFILE_DOWNLOADS: path.join(process.env.E2E_DATA, 'downloads'),
    },
  },
});
