/** `npm run screenshot`: pictures of real screens for the README, taken from the web shell in Chromium. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { SEED_CASE_FACTS } from '../src-main/core/demo/demoCase.js';
import { startWebShell } from '../src-main/web/server.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-shot-'));
process.env.CASEFILE_HOME = path.join(dir, 'appdata');
process.env.CASEFILE_DOCUMENTS = dir;
const shell = await startWebShell();
await shell.api.invoke('case.create', {
  path: path.join(dir, 'Dickson v Gomez.casefile'),
  caption: {
    ...SEED_CASE_FACTS,
    partyName: 'Christopher Dickson',
    inPrison: true,
    fromOrder: ['district', 'caseNumber', 'plaintiffs', 'defendants', 'judges'],
  },
});
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
await page.goto(shell.url);
await page.getByRole('button', { name: 'About your case' }).click();
await page.getByRole('heading', { name: 'About your case', level: 1 }).waitFor();
fs.mkdirSync('assets/screenshots', { recursive: true });
await page.screenshot({ path: 'assets/screenshots/caption.png' });

// The practice case: the demo with its dates moved near today, so the screens show a live case.
await shell.api.call('case.createDemo', { path: path.join(dir, 'Practice.casefile'), practice: true });
await page.goto(shell.url);
await page.getByRole('heading', { name: "What's next?" }).waitFor();
// The screen moves the keyboard to its heading; the picture starts at the top, with the practice banner.
await page.evaluate(() => window.scrollTo(0, 0));
await page.screenshot({ path: 'assets/screenshots/whats-next.png' });
await page.getByRole('button', { name: 'Orders', exact: true }).click();
await page.getByRole('button', { name: /Order regarding/ }).click();
await page.getByRole('heading', { name: 'What does the order ask of me?' }).waitFor();
await page.setViewportSize({ width: 1400, height: 1000 });
await page.screenshot({ path: 'assets/screenshots/order.png' });
await browser.close();
await shell.close();
fs.rmSync(dir, { recursive: true, force: true });
console.log('Wrote assets/screenshots/caption.png, whats-next.png, order.png');
