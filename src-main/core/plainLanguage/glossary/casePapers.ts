/** Glossary entries: the case and its papers. The rules for writing an entry are in ../glossary.ts. */
import type { GlossaryEntry } from './entry.js';

export const casePapers: readonly GlossaryEntry[] = [
  {
    id: 'civil-rights-action',
    term: 'civil rights action',
    aliases: ['civil rights case', 'civil rights lawsuit', 'civil rights complaint', 'civil rights claim', 'civil rights suit'],
    plain: 'A civil rights action is a lawsuit that says an official broke your rights. These are rights that the Constitution or a federal law gives you.',
  },
  {
    id: 'section-1983',
    term: '§ 1983',
    aliases: [
      '42 U.S.C. § 1983',
      '42 U.S.C. 1983',
      '42 USC § 1983',
      '42 USC 1983',
      'section 1983',
      '42 U.S.C. section 1983',
    ],
    plain: 'Section 1983 is a federal law. It lets you sue a state or local official who broke your rights under the Constitution or federal law.',
    example: '"42 U.S.C. § 1983" means Title 42 of the United States Code, section 1983.',
  },
  {
    id: 'in-forma-pauperis',
    term: 'in forma pauperis',
    aliases: ['IFP', 'in forma pauperis status', 'informa pauperis'],
    plain: 'In forma pauperis means the court let you start the case without paying the whole filing fee first, because you cannot afford it. A prisoner still owes the fee and pays it bit by bit from a prison account.',
  },
  {
    id: 'complaint',
    term: 'complaint',
    aliases: ['amended complaint', 'first amended complaint', 'second amended complaint'],
    plain: 'The complaint is the paper that starts a lawsuit. It says what happened, who did it, and what you want the court to do.',
  },
  {
    id: 'pleading',
    term: 'pleading',
    aliases: [],
    plain: 'A pleading is one of the main papers that start a case or answer it, like the complaint and the answer.',
  },
  {
    id: 'caption',
    term: 'caption',
    aliases: [],
    plain: 'The caption is the heading at the top of the first page of a court paper. It lists the court, the parties, and the case number.',
  },
  {
    id: 'case-number',
    term: 'case number',
    aliases: ['case no.', 'civil action no.', 'civil action number', 'civil case number'],
    plain: 'The case number is the code the court gave your case. Put it on every paper you send to the court.',
    example: 'In "Case No. 1:17-cv-00294," "cv" means a civil case.',
  },
  {
    id: 'docket',
    term: 'docket',
    aliases: ['docket sheet', 'docket entry', 'docketed'],
    plain: 'The docket is the court’s list of every paper filed in a case, with dates. Each entry has its own number.',
  },
  {
    id: 'ecf-no',
    term: 'ECF No.',
    aliases: ['ECF Nos.', 'ECF', 'Doc. No.', 'Dkt. No.', 'Dkt.', 'Docket No.', 'Doc.'],
    plain: 'ECF No. is the number of a paper on the court’s docket. For example, ECF No. 70 is entry 70 in your case.',
    example: 'ECF is short for Electronic Case Filing. It is the system the court uses to file papers.',
  },
  {
    id: 'filing',
    term: 'filing',
    aliases: ['file', 'filed', 'files'],
    plain: 'To file a paper means to give it to the court so it goes into the case record. A filing is a paper that was filed.',
  },
  {
    id: 'exhibit',
    term: 'exhibit',
    aliases: [],
    plain: 'An exhibit is a paper or item you attach to a filing or show in court as proof. Label each one, like Exhibit A or Exhibit 1.',
  },
  {
    id: 'certificate-of-service',
    term: 'certificate of service',
    aliases: ['proof of service', 'certificate of mailing'],
    plain: 'A certificate of service is a short signed note at the end of a court paper. It says when and how you sent a copy to the other side.',
  },
  {
    id: 'declaration',
    term: 'declaration under penalty of perjury',
    aliases: ['declaration', 'under penalty of perjury', 'sworn declaration', 'penalty of perjury'],
    plain: 'A declaration is a signed written statement. By signing, you promise it is true, and you can be punished if you lie on purpose.',
  },
  {
    id: 'section-1746',
    term: '28 U.S.C. § 1746',
    aliases: ['28 U.S.C. 1746', '28 USC § 1746', '28 USC 1746', '§ 1746', 'section 1746'],
    plain: 'Section 1746 is a federal law that lets you sign a declaration without a notary. You must use the words the law gives.',
    example: 'Inside the United States, the words are: "I declare under penalty of perjury that the foregoing is true and correct." Then add the date and sign.',
  },
  {
    id: 'affidavit',
    term: 'affidavit',
    aliases: ['sworn statement'],
    plain: 'An affidavit is a written statement that you swear is true. You sign it in front of a notary.',
  },
];
