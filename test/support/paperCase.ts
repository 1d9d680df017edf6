/**
 * A real case file for the papers tests: a real API over real files in a folder of its own,
 * and the prisoner case (caption, the seed order, requests, conferences, a removed entry).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { CaseFileApi } from '../../src-main/core/api/createApi.js';
import type { PaperKind, Result } from '../../src-main/core/api/contract.js';
import { createApi } from '../../src-main/core/api/createApi.js';
import { tempDir } from './tempDir.js';

export const root = path.resolve(import.meta.dirname, '../..');
/** The seed order (the same text ships as the demo order). */
export const SEED_ORDER = fs.readFileSync(path.join(root, 'assets/demo/order.txt'), 'utf8');
export const NDCAL_ORDER = fs.readFileSync(path.join(root, 'test/fixtures/orders/ndcal-joint-letter.txt'), 'utf8');
export const TZ = 'America/Los_Angeles';
export const PAPERS: PaperKind[] = ['joint-statement', 'letter', 'contact-log', 'checklist'];
export const FORMATS = ['docx', 'pdf', 'txt'] as const;

// The folder is made when a test file first imports this module, so it lasts until that whole
// file is done (a folder made inside a hook would be removed when the hook ends).
const WORK = tempDir('papers');
let apis = 0;

/** A real API over real files, in its own folder. */
export function makeApi(): { api: CaseFileApi; dir: string; file: (name: string) => string } {
  const dir = path.join(WORK, `api-${++apis}`);
  fs.mkdirSync(dir);
  const api = createApi({ appVersion: '0.0.0-test', shell: 'cli', appDataDir: path.join(dir, 'appdata'), documentsDir: dir });
  return { api, dir, file: (name) => path.join(dir, name) };
}

export function outDir(label: string): string {
  const dir = path.join(WORK, `${label}-${++apis}`);
  fs.mkdirSync(dir);
  return dir;
}

export function ok<T>(r: Result<T>): T {
  if (!r.ok) assert.fail(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

// ---------------------------------------------------------------------------------------------
// The case: a plaintiff in prison, the seed order (electronic signatures allowed), three requests,
// two conferences (a call and a meeting), tries, a letter, and one entry removed with a reason.

export interface Seeded {
  api: CaseFileApi;
  dir: string;
  file: string;
  orderId: number;
}

export async function prisonerCase(): Promise<Seeded> {
  const { api, dir, file } = makeApi();
  const casePath = file('dickson.casefile');
  ok(
    await api.call('case.create', {
      path: casePath,
      caption: {
        district: 'Eastern District of California',
        caseNumber: '1:17-cv-00294-DAD-BAM (PC)',
        plaintiffs: ['CHRISTOPHER DICKSON'],
        defendants: ['GOMEZ, et al.'],
        side: 'plaintiff',
        partyName: 'Christopher Dickson',
        inPrison: true,
        prisonerNumber: 'AB-1234',
        mailingAddress: 'California State Prison, Corcoran\nP.O. Box 3456\nCorcoran, CA 93212',
        counsel: { name: 'Jane Roe', firm: 'Office of the Attorney General', address: '1300 I Street\nSacramento, CA 95814' },
      },
    }),
  );
  const order = ok(await api.call('orders.add', { source: { name: 'dickson-order-2021-05-24.txt', text: SEED_ORDER }, servedDate: '2021-05-24', serviceMethod: 'mail' }));
  const rfp3 = ok(await api.call('requests.add', { setType: 'rfp', setNumber: 1, number: 3, description: 'Use-of-force video from March 2016', asked: 'All video of the yard that day.', position: 'The video shows what happened on the yard.' }));
  const rfp5 = ok(await api.call('requests.add', { setType: 'rfp', setNumber: 1, number: 5, description: 'Incident reports', position: 'The reports are about the incident in this case.' }));
  const rog7 = ok(await api.call('requests.add', { setType: 'interrogatory', setNumber: 1, number: 7, description: 'Names of officers on duty', position: 'Plaintiff needs the names to serve them.' }));
  ok(await api.call('log.add', { entry: { kind: 'message-with-staff', at: '2021-05-27T09:00', timeZone: TZ, notes: 'Asked the litigation coordinator to set up a call.' } }));
  ok(await api.call('log.add', { entry: { kind: 'no-answer', at: '2021-06-01T14:30', timeZone: TZ, startedBy: 'them', notes: 'The call did not go through.' } }));
  ok(
    await api.call('log.add', {
      entry: {
        kind: 'phone-call',
        at: '2021-06-03T10:00',
        timeZone: TZ,
        minutes: 40,
        startedBy: 'them',
        participants: ['Jane Roe'],
        requests: [
          { requestId: rfp3.id, outcome: 'still-disputed' },
          { requestId: rfp5.id, outcome: 'agreed-to-supplement', byDate: '2021-06-17' },
        ],
        notes: 'Talked about the video and the reports.',
      },
    }),
  );
  const mistaken = ok(await api.call('log.add', { entry: { kind: 'phone-call', at: '2021-06-05T11:00', timeZone: TZ, minutes: 5, notes: 'Logged on the wrong case.' } }));
  ok(await api.call('log.void', { entryId: mistaken.id, reason: 'This call was about another case.' }));
  ok(
    await api.call('log.add', {
      entry: {
        kind: 'in-person',
        at: '2021-06-10T13:00',
        timeZone: TZ,
        minutes: 30,
        participants: ['Jane Roe'],
        requests: [{ requestId: rog7.id, outcome: 'agreed-to-produce' }],
        notes: 'Met at the prison. They will answer Interrogatory 7.',
      },
    }),
  );
  ok(await api.call('log.add', { entry: { kind: 'letter-received', at: '2021-06-11T12:00', timeZone: TZ, startedBy: 'them', reference: 'Letter dated June 10, 2021' } }));
  return { api, dir, file: casePath, orderId: order.order.id };
}
