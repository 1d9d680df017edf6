/**
 * A demo case to look around in: the first real order's case (a public court order), a few
 * requests, and a short history of tries, a call and a letter. Labelled "Demo" wherever it shows.
 */
import fs from 'node:fs';
import path from 'node:path';
import { appRoot } from '../appRoot.js';
import { applyCaptionPatch, emptyCaption } from '../caseInfo/caption.js';
import { writeCaption } from '../caseInfo/caseInfoRepository.js';
import { insertOrder, sha256 } from '../caseOrders/orderRepository.js';
import { addEntry } from '../contacts/contactLog.js';
import { addRequest } from '../contacts/requests.js';
import type { CaseDb } from '../db/openCaseFile.js';

const TZ = 'America/Los_Angeles';

export function demoOrderText(): string {
  return fs.readFileSync(path.join(appRoot(), 'assets', 'demo', 'order.txt'), 'utf8');
}

/** The seed order's caption: shared by the demo, the bench and the README screenshots. */
export const SEED_CASE_FACTS = {
  district: 'Eastern District of California',
  caseNumber: '1:17-cv-00294-DAD-BAM (PC)',
  plaintiffs: ['CHRISTOPHER DICKSON'],
  defendants: ['GOMEZ, et al.'],
  judges: ['Barbara A. McAuliffe, United States Magistrate Judge'],
  side: 'plaintiff' as const,
};

export function fillDemoCase(db: CaseDb): void {
  const fill = db.transaction(() => {
    writeCaption(db, {
      ...applyCaptionPatch(emptyCaption(), {
        ...SEED_CASE_FACTS,
        partyName: 'Christopher Dickson (demo)',
        mailingAddress: 'Demo State Prison\nP.O. Box 0000\nDemo City, CA 00000',
        prisonerNumber: 'D-00000',
        institution: 'Demo State Prison',
        inPrison: true,
        counsel: { name: 'Demo Counsel', firm: 'Office of the Attorney General (demo)', phone: '(000) 000-0000', email: 'demo.counsel@example.invalid', address: 'Demo address' },
      }),
      isDemo: true,
    });
    const text = demoOrderText();
    insertOrder(db, {
      title: "Order regarding plaintiff's motion to compel, and directing the parties to meet and confer",
      ecfNumber: '70',
      signedDate: '2021-05-24',
      servedDate: '2021-05-24',
      serviceMethod: 'mail',
      originalText: text,
      sourceName: 'demo order (ECF No. 71)',
      sourceSha256: sha256(text),
    });
    const rfp3 = addRequest(db, { setType: 'rfp', setNumber: 1, number: 3, description: 'Use-of-force video from March 2016', asked: 'All video of the incident on the yard.', answer: 'Objection: overbroad, security concerns.', position: 'The video shows what happened. I asked only for the day of the incident.' });
    const rfp5 = addRequest(db, { setType: 'rfp', setNumber: 1, number: 5, description: 'Incident reports', asked: 'All reports written about the incident.', answer: 'Objection: official information privilege.', position: 'The reports are about me and the incident in this case.' });
    const rog2 = addRequest(db, { setType: 'interrogatory', setNumber: 1, number: 2, description: 'Names of officers on duty', asked: 'Name every officer on the yard that day.', answer: 'Objection: vague.', position: '' });
    addEntry(db, { kind: 'message-with-staff', at: '2021-05-27T09:00', timeZone: TZ, startedBy: 'me', notes: 'Asked the litigation coordinator to set up a call with defense counsel.' });
    addEntry(db, { kind: 'no-answer', at: '2021-06-01T14:30', timeZone: TZ, startedBy: 'them', notes: 'Call was set up but did not go through.' });
    addEntry(db, {
      kind: 'phone-call',
      at: '2021-06-03T10:00',
      timeZone: TZ,
      minutes: 25,
      startedBy: 'them',
      requests: [
        { requestId: rfp3.id, outcome: 'still-disputed', note: 'They still say security.' },
        { requestId: rfp5.id, outcome: 'agreed-to-supplement', byDate: '2021-06-17', note: 'They will send redacted reports.' },
        { requestId: rog2.id, outcome: 'agreed-to-produce' },
      ],
      agreements: [{ text: 'Send redacted incident reports', dueDate: '2021-06-17', who: 'them' }],
      notes: 'Talked about the video, the reports and the names.',
    });
    addEntry(db, { kind: 'letter-received', at: '2021-06-07T12:00', timeZone: TZ, startedBy: 'them', reference: 'Letter dated June 4, 2021', notes: 'Letter confirming what we agreed on the call.' });
  });
  fill.immediate();
}
