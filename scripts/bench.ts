/**
 * `npm run bench`: measured numbers, printed as JSON. Not a test: nothing here passes or fails.
 * Needs dist-renderer (npm run build:renderer) and /usr/bin/chromium for the render figures.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from '@playwright/test';
import { createApi } from '../src-main/core/api/createApi.js';
import { closeCaseFile, openCaseFile } from '../src-main/core/db/openCaseFile.js';
import { readCaption } from '../src-main/core/caseInfo/caseInfoRepository.js';
import { startWebShell } from '../src-main/web/server.js';
import { benchContactLog } from './bench/contactLog.js';
import { computeDueDate } from '../src-main/core/deadlines/index.js';
import { explainOrder } from '../src-main/core/orders/index.js';
import { benchPapers } from './bench/papers.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number) => Math.round(x * 100) / 100;

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-bench-'));
  process.env.CASEFILE_HOME = path.join(dir, 'appdata');
  process.env.CASEFILE_DOCUMENTS = dir;
  const file = path.join(dir, 'bench.casefile');
  const api = createApi({ appVersion: 'bench', shell: 'cli', appDataDir: process.env.CASEFILE_HOME, documentsDir: dir });
  await api.invoke('case.create', { path: file, caption: { caseNumber: '1:17-cv-00294-DAD-BAM (PC)', plaintiffs: ['CHRISTOPHER DICKSON'], defendants: ['GOMEZ, et al.'] } });
  await api.close();

  const openTimes: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    const db = openCaseFile(file);
    readCaption(db);
    openTimes.push(performance.now() - t);
    closeCaseFile(db);
  }

  const results: Record<string, unknown> = {
    machine: { cpus: os.cpus().length, node: process.version },
    caseFileColdOpenMs: { median: round(median(openTimes)), runs: openTimes.length, note: 'header check + quick_check + WAL setup + read caption' },
  };

  // Explaining orders: the seed order, and a 40-page order made by joining varied orders.
  const fixtures = fs.readdirSync('test/fixtures/orders').filter((f) => f.endsWith('.txt'));
  const seed = fs.readFileSync('test/fixtures/orders/dickson-v-gomez-order-2021-05-24.txt', 'utf8');
  const varied = fixtures.map((f) => fs.readFileSync(path.join('test/fixtures/orders', f), 'utf8'));
  let big = '';
  for (let i = 0; big.length < 40 * 2600; i++) big += varied[i % varied.length] + '\n\f\n';
  const explainTimes: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    explainOrder(seed, {});
    explainTimes.push(performance.now() - t);
  }
  const bigTimes: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    explainOrder(big, {});
    bigTimes.push(performance.now() - t);
  }
  const N = 20_000;
  let t0 = performance.now();
  for (let i = 0; i < N; i++) computeDueDate({ from: '2021-05-24', days: 1 + (i % 60), serviceByMail: i % 2 === 0, state: i % 3 === 0 ? 'CA' : null });
  const perDeadline = (performance.now() - t0) / N;
  results.explainSeedOrderMs = { median: round(median(explainTimes)), runs: explainTimes.length, goal: 20 };
  // Every real order and docket entry in the fixtures, each explained once warm.
  const realTimes: number[] = [];
  for (const set of ['real', 'docket', 'added']) {
    const dir = path.join('test/fixtures/orders', set);
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      explainOrder(text, {});
      const t = performance.now();
      explainOrder(text, {});
      realTimes.push(performance.now() - t);
    }
  }
  results.explainRealOrdersMs = { median: round(median(realTimes)), max: round(Math.max(...realTimes)), orders: realTimes.length };
  results.explain40PageOrderMs = { median: round(median(bigTimes)), runs: bigTimes.length, chars: big.length, goal: 200 };
  results.deadlinePerCallMs = { mean: Math.round(perDeadline * 10000) / 10000, calls: N };

  t0 = performance.now();
  for (const sub of ['log', 'papers']) fs.mkdirSync(path.join(dir, sub));
  results.contactLog5000 = await benchContactLog(path.join(dir, 'log'));
  results.papers = await benchPapers(path.join(dir, 'papers'));
  results.contactLogAndPapersTotalMs = round(performance.now() - t0);

  if (fs.existsSync('/usr/bin/chromium') && fs.existsSync('dist-renderer/index.html')) {
    const shell = await startWebShell();
    await shell.api.invoke('case.open', { path: file });
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
    results.dashboardFirstRenderMs = { median: round(median(renderTimes)), runs: renderTimes.length, note: 'navigation start to the "What\'s next?" heading, Chromium headless, web shell' };
  } else {
    results.dashboardFirstRenderMs = 'skipped: needs /usr/bin/chromium and a built renderer';
  }
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(JSON.stringify(results, null, 2));
}

await main();
