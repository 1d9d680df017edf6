/**
 * Measure for `npm run bench`: how long the dashboard takes to show in Chromium through the web
 * shell. Needs /usr/bin/chromium and a built renderer (npm run build:renderer).
 */
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { startWebShell } from '../../src-main/web/server.js';
import { median, round } from './measure.js';

export async function benchDashboard(caseFile: string): Promise<unknown> {
  if (!fs.existsSync('/usr/bin/chromium') || !fs.existsSync('dist-renderer/index.html')) return 'skipped: needs /usr/bin/chromium and a built renderer';
  const shell = await startWebShell();
  await shell.api.invoke('case.open', { path: caseFile });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const renderTimes: number[] = [];
  for (let i = 0; i < 10; i++) {
    const page = await browser.newPage();
    const t = performance.now();
    await page.goto(shell.url);
    await page.getByRole('heading', { name: "What's next?" }).waitFor();
    renderTimes.push(performance.now() - t);
    await page.close();
  }
  await browser.close();
  await shell.close();
  return { median: round(median(renderTimes)), runs: renderTimes.length, note: 'navigation start to the "What\'s next?" heading, Chromium headless, web shell' };
}
