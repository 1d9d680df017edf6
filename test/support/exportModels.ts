/** Sample papers for the export tests: a joint statement (Dickson v. Gomez), a long contact log, a checklist, a letter. */
import type { DocumentModel } from '../../src-main/core/exports/index.js';

export function jointStatement(overrides: Partial<DocumentModel> = {}): DocumentModel {
  return {
    kind: 'joint-statement',
    caption: {
      court: 'United States District Court',
      district: 'Eastern District of California',
      plaintiffs: ['CHRISTOPHER DICKSON'],
      defendants: ['GOMEZ, et al.'],
      caseNumber: '1:17-cv-00294-DAD-BAM (PC)',
      title: "JOINT STATEMENT RE: MEET AND CONFER ON PLAINTIFF'S MOTION TO COMPEL (ECF No. 70)",
      partyBlock: ['Christopher Dickson', 'CDCR No. AB-1234', 'California State Prison, Corcoran', 'P.O. Box 3456', 'Corcoran, CA 93212', 'Plaintiff, pro se'],
    },
    blocks: [
      {
        type: 'paragraph',
        id: 'intro',
        text: "Pursuant to the Court's order of May 24, 2021, Plaintiff Christopher Dickson submits his portion of the joint statement regarding the parties' meet and confer on Plaintiff's motion to compel (ECF No. 70).",
      },
      {
        type: 'paragraph',
        id: 'a',
        label: '(a)',
        text: 'On June 7, 2021, counsel for Defendants telephoned Plaintiff at the institution and the parties conferred by telephone for about forty minutes. On June 11, 2021, the parties conferred again by telephone.',
      },
      {
        type: 'paragraph',
        id: 'b',
        label: '(b)',
        text: 'The motion to compel was resolved in part. Defendants agreed to serve supplemental responses to Requests for Production, Set One, Nos. 2 and 5 by July 9, 2021.',
      },
      { type: 'paragraph', id: 'c', label: '(c)', text: 'Requests still at issue, and Plaintiff\u2019s position on each:' },
      {
        type: 'table',
        columns: ['Request', 'Plaintiff\u2019s position'],
        widths: [1, 3],
        rows: [
          ['RFP Set One, No. 1', 'Defendants objected that the request is overbroad. Plaintiff asks only for the incident reports of March 3, 2017.'],
          ['RFP Set One, No. 4', 'Defendants claimed official-information privilege without a privilege log or declaration.'],
          ['Interrogatory Set One, No. 7', 'Defendants answered with a boilerplate objection. Plaintiff asks for a complete answer under oath.'],
        ],
      },
      {
        type: 'signature',
        mode: 'electronic',
        name: 'Christopher Dickson',
        role: 'Plaintiff, pro se',
        date: 'June 14, 2021',
        lines: ['CDCR No. AB-1234', 'California State Prison, Corcoran', 'P.O. Box 3456, Corcoran, CA 93212'],
      },
    ],
    footer: 'Joint Statement \u2014 Dickson v. Gomez, 1:17-cv-00294',
    doubleSpaced: true,
    createdAt: '2021-06-14T17:00:00Z',
    ...overrides,
  };
}

export function handwritten(model: DocumentModel): DocumentModel {
  return {
    ...model,
    blocks: model.blocks.map((b) => (b.type === 'signature' ? { ...b, mode: 'handwritten' as const } : b)),
  };
}

export function contactLog(n: number): DocumentModel {
  const means = ['Phone', 'Letter', 'In person', 'Email', 'Legal call'];
  const rows: string[][] = [];
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2021, 5, 1) + i * 7 * 3600_000);
    rows.push([
      day.toISOString().slice(0, 10),
      means[i % means.length],
      i % 3 === 0 ? 'Jane Roe, Deputy Attorney General' : 'Litigation coordinator',
      i % 7 === 0
        ? `Entry ${i + 1}: discussed Requests for Production Nos. 1 and 4 and Interrogatory No. 7; counsel said she would check with the institution about the incident reports and call back within a week.`
        : `Entry ${i + 1}: left a message asking for a call back.`,
      i % 2 === 0 ? 'Done' : 'Waiting',
    ]);
  }
  return {
    kind: 'contact-log',
    caption: {
      court: 'United States District Court',
      district: 'Eastern District of California',
      plaintiffs: ['CHRISTOPHER DICKSON'],
      defendants: ['GOMEZ, et al.'],
      caseNumber: '1:17-cv-00294-DAD-BAM (PC)',
      title: 'CONTACT LOG',
    },
    blocks: [
      { type: 'heading', level: 1, text: 'Contact log' },
      { type: 'table', columns: ['Date', 'How', 'With', 'What happened', 'Status'], widths: [1.1, 0.9, 1.6, 4, 0.8], rows },
    ],
    footer: 'Contact Log \u2014 Dickson v. Gomez, 1:17-cv-00294',
  };
}

export const checklist: DocumentModel = {
  kind: 'checklist',
  blocks: [
    { type: 'heading', level: 1, text: 'What to do, and by when' },
    {
      type: 'checklist',
      items: [
        { text: 'Wait for defense counsel to call or meet with you.', due: 'Monday, June 14, 2021', who: 'Defense counsel' },
        { text: 'Meet and confer in good faith, by phone or in person.', detail: 'Write down the date, how you talked, and what was agreed.', who: 'All parties' },
        { text: 'Sign the Joint Statement.', due: 'Wednesday, June 23, 2021 (Monday, June 28, 2021 if served by mail)' },
      ],
    },
    { type: 'heading', level: 2, text: 'Remember' },
    { type: 'list', ordered: false, items: ['This is not legal advice.', 'File nothing else about the motion unless the court asks.'] },
  ],
  footer: 'Checklist \u2014 Dickson v. Gomez, 1:17-cv-00294',
};

export const letter: DocumentModel = {
  kind: 'letter',
  letterhead: ['Christopher Dickson', 'CDCR No. AB-1234, P.O. Box 3456, Corcoran, CA 93212'],
  blocks: [
    { type: 'paragraph', text: 'June 1, 2021' },
    { type: 'paragraph', text: 'Dear Ms. Roe,' },
    { type: 'paragraph', text: 'The Court ordered us to meet and confer about my motion to compel (ECF No. 70). Please call me at the institution.' },
    { type: 'signature', mode: 'handwritten', name: 'Christopher Dickson', role: 'Plaintiff, pro se', date: 'June 1, 2021', lines: [] },
  ],
  footer: 'Letter to defense counsel \u2014 Dickson v. Gomez',
};
