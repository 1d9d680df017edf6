/**
 * Measures for `npm run bench`: each paper exported in each format for a demo-like case, and
 * the contact log report for a log of 5,000 entries. Milliseconds (one cold run, then the
 * median of warm runs) and bytes. Goals (issue 14): joint statement under 300 ms; 5,000-entry log report PDF under 1 s.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeCaption } from '../../src-main/core/caseInfo/caseInfoRepository.js';
import { applyCaptionPatch, emptyCaption } from '../../src-main/core/caseInfo/caption.js';
import { insertOrder, sha256 } from '../../src-main/core/caseOrders/orderRepository.js';
import { addEntry } from '../../src-main/core/contacts/contactLog.js';
import type { EntryKind, Outcome } from '../../src-main/core/contacts/entryContent.js';
import { addRequest } from '../../src-main/core/contacts/requests.js';
import { closeCaseFile, createCaseFile, type CaseDb } from '../../src-main/core/db/openCaseFile.js';
import { demoOrderText, fillDemoCase } from '../../src-main/core/demo/demoCase.js';
import type { ExportFormat } from '../../src-main/core/exports/index.js';
import { exportCalendar, exportPaper, type PaperKind } from '../../src-main/core/papers/index.js';

const round = (x: number) => Math.round(x * 10) / 10;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const FORMATS: ExportFormat[] = ['pdf', 'docx', 'txt'];
const PAPERS: PaperKind[] = ['joint-statement', 'letter', 'contact-log', 'checklist'];

/**
 * Wall time (cold, then the median and the best of warm runs) and the process's CPU time per warm
 * run: on a busy machine the wall time mostly says how busy it is, the CPU time what the export costs.
 */
async function timeExport(db: CaseDb, paper: PaperKind, format: ExportFormat, warmRuns: number): Promise<{ coldMs: number; warmMs: number; bestMs: number; cpuMs: number; bytes: number }> {
  let t = performance.now();
  const first = await exportPaper(db, paper, format);
  const coldMs = performance.now() - t;
  const warm: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < warmRuns; i++) {
    const c = process.cpuUsage();
    t = performance.now();
    await exportPaper(db, paper, format);
    warm.push(performance.now() - t);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  const some = warmRuns > 0;
  return { coldMs: round(coldMs), warmMs: round(some ? median(warm) : coldMs), bestMs: round(some ? Math.min(...warm) : coldMs), cpuMs: round(some ? median(cpu) : 0), bytes: first.bytes.byteLength };
}

const KINDS: EntryKind[] = ['phone-call', 'letter-sent', 'email-received', 'no-answer', 'voicemail', 'letter-received', 'in-person', 'email-sent'];
const OUTCOMES: Outcome[] = ['still-disputed', 'agreed-to-produce', 'agreed-to-supplement', 'other'];

/** A case like the demo, with `count` log entries (one transaction each, the way the app adds them). */
function bigLogCase(file: string, count: number): CaseDb {
  const db = createCaseFile(file, 'bench');
  writeCaption(db, {
    ...applyCaptionPatch(emptyCaption(), {
      district: 'Eastern District of California',
      caseNumber: '1:17-cv-00294-DAD-BAM (PC)',
      plaintiffs: ['CHRISTOPHER DICKSON'],
      defendants: ['GOMEZ, et al.'],
      side: 'plaintiff',
      partyName: 'Bench Party',
      mailingAddress: 'Bench State Prison\nP.O. Box 1\nCorcoran, CA 93212',
      prisonerNumber: 'B-12345',
      inPrison: true,
      counsel: { name: 'Defense Counsel', firm: 'Office of the Attorney General', address: '1300 I Street\nSacramento, CA 95814' },
    }),
  });
  const text = demoOrderText();
  insertOrder(db, { title: 'Order to meet and confer', ecfNumber: '70', signedDate: '2021-05-24', servedDate: '2021-05-24', serviceMethod: 'mail', originalText: text, sourceName: 'bench', sourceSha256: sha256(text) });
  const ids = Array.from({ length: 20 }, (_, i) => addRequest(db, { setType: i % 2 ? 'interrogatory' : 'rfp', setNumber: 1, number: i + 1, description: `Request ${i + 1}`, position: 'Needed to prove the claim.' }).id);
  const start = Date.UTC(2021, 0, 1);
  for (let i = 0; i < count; i++) {
    addEntry(db, {
      kind: KINDS[i % KINDS.length],
      at: new Date(start + i * 37 * 60_000).toISOString().slice(0, 16),
      timeZone: 'America/Los_Angeles',
      minutes: i % 3 === 0 ? 5 + (i % 40) : null,
      startedBy: i % 5 === 0 ? 'them' : 'me',
      notes: `Entry ${i}: talked about the records and the privilege log.`,
      requests: i % 4 === 0 ? [{ requestId: ids[i % ids.length], outcome: OUTCOMES[i % OUTCOMES.length], ...(i % OUTCOMES.length === 2 && { byDate: '2021-07-01' }) }] : [],
    });
  }
  return db;
}

export async function benchPapers(dir: string, options: { logEntries?: number; warmRuns?: number } = {}): Promise<Record<string, number>> {
  const count = options.logEntries ?? 5000;
  const warmRuns = options.warmRuns ?? 5;
  const out: Record<string, number> = {};

  const demo = createCaseFile(path.join(dir, `bench-papers-demo-${process.pid}-${Date.now()}.casefile`), 'bench');
  try {
    fillDemoCase(demo);
    for (const paper of PAPERS) {
      for (const format of FORMATS) {
        const r = await timeExport(demo, paper, format, warmRuns);
        out[`demo.${paper}.${format}.coldMs`] = r.coldMs;
        out[`demo.${paper}.${format}.ms`] = r.warmMs;
        out[`demo.${paper}.${format}.bytes`] = r.bytes;
      }
    }
    const t = performance.now();
    const cal = exportCalendar(demo);
    out['demo.calendar.ics.ms'] = round(performance.now() - t);
    out['demo.calendar.ics.bytes'] = Buffer.byteLength(cal.text);
  } finally {
    closeCaseFile(demo);
  }

  const big = bigLogCase(path.join(dir, `bench-papers-log-${process.pid}-${Date.now()}.casefile`), count);
  try {
    out.logEntries = count;
    for (const format of FORMATS) {
      const r = await timeExport(big, 'contact-log', format, format === 'pdf' ? warmRuns : Math.min(warmRuns, 2));
      out[`log${count}.contact-log.${format}.coldMs`] = r.coldMs;
      out[`log${count}.contact-log.${format}.ms`] = r.warmMs;
      out[`log${count}.contact-log.${format}.bestMs`] = r.bestMs;
      out[`log${count}.contact-log.${format}.cpuMs`] = r.cpuMs;
      out[`log${count}.contact-log.${format}.bytes`] = r.bytes;
    }
    const r = await timeExport(big, 'joint-statement', 'pdf', warmRuns);
    out[`log${count}.joint-statement.pdf.ms`] = r.warmMs;
    out[`log${count}.joint-statement.pdf.bytes`] = r.bytes;
  } finally {
    closeCaseFile(big);
  }
  return out;
}
