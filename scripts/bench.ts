/**
 * `npm run bench`: measured numbers, printed as JSON. Not a test: nothing here passes or fails.
 * Needs dist-renderer (npm run build:renderer) and /usr/bin/chromium for the render figures.
 * The parts: bench/orders.ts, bench/contactLog.ts, bench/papers.ts, bench/dashboard.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApi } from '../src-main/core/api/createApi.js';
import { closeCaseFile, openCaseFile } from '../src-main/core/db/openCaseFile.js';
import { readCaption } from '../src-main/core/caseInfo/caseInfoRepository.js';
import { benchContactLog } from './bench/contactLog.js';
import { benchDashboard } from './bench/dashboard.js';
import { median, round } from './bench/measure.js';
import { benchOrders } from './bench/orders.js';
import { benchPapers } from './bench/papers.js';

/** A small case file, made through the API the way the app makes one. */
async function newCaseFile(dir: string): Promise<string> {
  process.env.CASEFILE_HOME = path.join(dir, 'appdata');
  process.env.CASEFILE_DOCUMENTS = dir;
  const file = path.join(dir, 'bench.casefile');
  const api = createApi({ appVersion: 'bench', shell: 'cli', appDataDir: process.env.CASEFILE_HOME, documentsDir: dir });
  await api.invoke('case.create', { path: file, caption: { caseNumber: '1:17-cv-00294-DAD-BAM (PC)', plaintiffs: ['CHRISTOPHER DICKSON'], defendants: ['GOMEZ, et al.'] } });
  await api.close();
  return file;
}

function benchColdOpen(file: string) {
  const openTimes: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    const db = openCaseFile(file);
    readCaption(db);
    openTimes.push(performance.now() - t);
    closeCaseFile(db);
  }
  return { median: round(median(openTimes)), runs: openTimes.length, note: 'header check + quick_check + WAL setup + read caption' };
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casefile-bench-'));
  const file = await newCaseFile(dir);
  const results: Record<string, unknown> = {
    machine: { cpus: os.cpus().length, node: process.version },
    caseFileColdOpenMs: benchColdOpen(file),
    ...benchOrders(),
  };

  const t0 = performance.now();
  for (const sub of ['log', 'papers']) fs.mkdirSync(path.join(dir, sub));
  results.contactLog5000 = benchContactLog(path.join(dir, 'log'));
  results.papers = await benchPapers(path.join(dir, 'papers'));
  results.contactLogAndPapersTotalMs = round(performance.now() - t0);

  results.dashboardFirstRenderMs = await benchDashboard(file);
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(JSON.stringify(results, null, 2));
}

await main();
