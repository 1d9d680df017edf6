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
import { DEMO_ORDER_DATE, practiceShiftDays, shiftDate, shiftDatesInText } from './practiceDates.js';

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

export interface DemoOptions {
  /** Practice mode: move every date by whole weeks so the order is about two weeks before this day ('YYYY-MM-DD'). */
  practiceToday?: string;
}

export function fillDemoCase(db: CaseDb, options: DemoOptions = {}): void {
  const today = options.practiceToday;
  const shift = today ? practiceShiftDays(today) : 0;
  const d = (value: string) => shiftDate(value, shift);
  // A practice log holds only what has already happened by today.
  const logged = (at: string) => !today || d(at).slice(0, 10) <= today;
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
      practice: !!today,
    });
    const text = shiftDatesInText(demoOrderText(), shift);
    insertOrder(db, {
      title: "Order regarding plaintiff's motion to compel, and directing the parties to meet and confer",
      ecfNumber: '70',
      signedDate: d(DEMO_ORDER_DATE),
      servedDate: d(DEMO_ORDER_DATE),
      serviceMethod: 'mail',
      originalText: text,
      sourceName: today ? 'practice order (ECF No. 71, dates moved to near today)' : 'demo order (ECF No. 71)',
      sourceSha256: sha256(text),
    });
    const rfp3 = addRequest(db, { setType: 'rfp', setNumber: 1, number: 3, description: 'Use-of-force video from March 2016', asked: 'All video of the incident on the yard.', answer: 'Objection: overbroad, security concerns.', position: 'The video shows what happened. I asked only for the day of the incident.' });
    const rfp5 = addRequest(db, { setType: 'rfp', setNumber: 1, number: 5, description: 'Incident reports', asked: 'All reports written about the incident.', answer: 'Objection: official information privilege.', position: 'The reports are about me and the incident in this case.' });
    const rog2 = addRequest(db, { setType: 'interrogatory', setNumber: 1, number: 2, description: 'Names of officers on duty', asked: 'Name every officer on the yard that day.', answer: 'Objection: vague.', position: '' });
    const entries: Parameters<typeof addEntry>[1][] = [];
    entries.push({ kind: 'message-with-staff', at: d('2021-05-27T09:00'), timeZone: TZ, startedBy: 'me', notes: 'Asked the litigation coordinator to set up a call with defense counsel.' });
    entries.push({ kind: 'no-answer', at: d('2021-06-01T14:30'), timeZone: TZ, startedBy: 'them', notes: 'Call was set up but did not go through.' });
    entries.push({
      kind: 'phone-call',
      at: d('2021-06-03T10:00'),
      timeZone: TZ,
      minutes: 25,
      startedBy: 'them',
      requests: [
        { requestId: rfp3.id, outcome: 'still-disputed', note: 'They still say security.' },
        { requestId: rfp5.id, outcome: 'agreed-to-supplement', byDate: d('2021-06-17'), note: 'They will send redacted reports.' },
        { requestId: rog2.id, outcome: 'agreed-to-produce' },
      ],
      agreements: [{ text: 'Send redacted incident reports', dueDate: d('2021-06-17'), who: 'them' }],
      notes: 'Talked about the video, the reports and the names.',
    });
    entries.push({ kind: 'letter-received', at: d('2021-06-07T12:00'), timeZone: TZ, startedBy: 'them', reference: shiftDatesInText('Letter dated June 4, 2021', shift), notes: 'Letter confirming what we agreed on the call.' });
    for (const entry of entries) if (logged(entry.at)) addEntry(db, entry);
  });
  fill.immediate();
}
