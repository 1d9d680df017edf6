/**
 * The glossary: words from court orders, each with a plain meaning a person can read at an
 * 8th-grade level (a test scores every entry). Data only; findTerms.ts finds them in text.
 *
 * Rules for writing an entry:
 * - `plain` is one or two short sentences, in everyday words, true for federal civil cases
 *   in general (not just one order). Say "may" or "often" where courts differ.
 * - `aliases` are other ways the term is written in orders. Matching ignores case, lets a
 *   space stand for a hyphen or a line break, and also finds a plural of the last word
 *   (add -s / -es, or y -> ies), so list only forms that differ in other ways.
 * - Never put a phone number, street address or web address here.
 */

export interface GlossaryEntry {
  /** Stable id for links and tests ("motion-to-compel"). */
  readonly id: string;
  /** The term as the glossary shows it. */
  readonly term: string;
  /** Other ways orders write the same term. */
  readonly aliases: readonly string[];
  /** What it means, in one or two short sentences. */
  readonly plain: string;
  /** How it shows up in an order or a case, when that helps. */
  readonly example?: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  // ---- People and roles --------------------------------------------------------------
  {
    id: 'pro-se',
    term: 'pro se',
    aliases: ['pro-se', 'in pro per', 'in propria persona', 'self-represented', 'self represented litigant'],
    plain: 'Pro se means you speak for yourself in court, without a lawyer. You must follow the same rules a lawyer would.',
    example: '"Plaintiff is proceeding pro se" means the plaintiff has no lawyer.',
  },
  {
    id: 'plaintiff',
    term: 'plaintiff',
    aliases: [],
    plain: 'The plaintiff is the person who started the case by suing someone.',
  },
  {
    id: 'defendant',
    term: 'defendant',
    aliases: [],
    plain: 'A defendant is a person or group being sued in the case.',
  },
  {
    id: 'party',
    term: 'party',
    aliases: [],
    plain: 'A party is a person or group on one side of the case. The plaintiff and the defendants are all parties.',
  },
  {
    id: 'opposing-party',
    term: 'opposing party',
    aliases: ['adverse party', 'other side', 'other party', 'responding party'],
    plain: 'The opposing party is the other side. When a motion is filed, it means the side that did not file it.',
  },
  {
    id: 'defense-counsel',
    term: 'defense counsel',
    aliases: [
      'counsel for defendants',
      'counsel for defendant',
      "defendants' counsel",
      "defendant's counsel",
      'defense attorney',
      'defense lawyer',
    ],
    plain: 'Defense counsel is the lawyer for the defendants, the side being sued.',
  },
  {
    id: 'opposing-counsel',
    term: 'opposing counsel',
    aliases: ['opposing attorney', 'opposing lawyer', 'counsel for the opposing party'],
    plain: 'Opposing counsel is the lawyer for the other side.',
  },
  {
    id: 'counsel',
    term: 'counsel',
    aliases: ['counsel of record', 'attorney of record'],
    plain: 'Counsel means a lawyer. "Counsel of record" is the lawyer who speaks for a side in this case.',
  },
  {
    id: 'magistrate-judge',
    term: 'magistrate judge',
    aliases: [
      'united states magistrate judge',
      'u.s. magistrate judge',
      'magistrate',
      'assigned magistrate judge',
    ],
    plain: 'A magistrate judge is a federal judge who helps the district judge. This judge often handles discovery and other steps before trial.',
  },
  {
    id: 'district-judge',
    term: 'district judge',
    aliases: ['united states district judge', 'u.s. district judge', 'district court judge'],
    plain: 'The district judge is the main judge on your case. In most cases, this judge makes the final call on big questions, like ending the case.',
  },
  {
    id: 'clerk-of-court',
    term: 'clerk of court',
    aliases: ['clerk of the court', "clerk's office", 'clerk', 'office of the clerk'],
    plain: 'The clerk of court runs the office that takes in court papers and keeps the records. Staff there can explain forms and steps, but they cannot give legal advice.',
  },
  {
    id: 'prisoner',
    term: 'prisoner',
    aliases: ['state prisoner', 'federal prisoner', 'inmate', 'incarcerated person', 'detainee'],
    plain: 'A prisoner is a person held in a jail or prison. A state prisoner is held by a state, not by the federal government.',
  },
  {
    id: 'litigation-coordinator',
    term: 'litigation coordinator',
    aliases: ['prison litigation coordinator', 'litigation office'],
    plain: 'The litigation coordinator is a prison staff member who handles court matters. This person may set up your legal phone calls.',
  },

  // ---- The case and its papers -------------------------------------------------------
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

  // ---- Rules ---------------------------------------------------------------------------
  {
    id: 'frcp',
    term: 'Federal Rules of Civil Procedure',
    aliases: [
      'Federal Rule of Civil Procedure',
      'Fed. R. Civ. P.',
      'FRCP',
      'Rules of Civil Procedure',
    ],
    plain: 'The Federal Rules of Civil Procedure are the main rules for how a civil case moves in federal court. They cover things like deadlines, discovery, and motions.',
  },
  {
    id: 'local-rule',
    term: 'local rule',
    aliases: ['L.R.', 'Local Civil Rule'],
    plain: 'Local rules are extra rules each federal court makes for itself. You must follow them as well as the federal rules.',
  },
  {
    id: 'order',
    term: 'order',
    aliases: ['court order'],
    plain: 'An order is a written decision by a judge. It tells people what they must do or must not do.',
  },
  {
    id: 'further-order',
    term: 'further order',
    aliases: ['further order of the court', 'further order of this court'],
    plain: '"Until further order" means this stays in place until the judge makes a new order that changes it.',
  },
  {
    id: 'scheduling-order',
    term: 'scheduling order',
    aliases: [
      'discovery and scheduling order',
      'scheduling and discovery order',
      'case management order',
    ],
    plain: 'A scheduling order sets the main dates and rules for a case. It says things like when discovery ends and when motions are due.',
  },
  {
    id: 'protective-order',
    term: 'protective order',
    aliases: [],
    plain: 'A protective order is a court order that limits how some information may be shared or used in the case. It can also stop discovery that is unfair.',
  },
  {
    id: 'order-to-show-cause',
    term: 'order to show cause',
    aliases: ['OSC', 'show cause order', 'show cause'],
    plain: 'An order to show cause tells you to explain why the judge should not do something, such as end your case. Answer it by its deadline.',
  },

  // ---- Motions and steps ------------------------------------------------------------
  {
    id: 'motion',
    term: 'motion',
    aliases: [],
    plain: 'A motion is a written request asking the judge to make a decision or an order.',
  },
  {
    id: 'motion-to-compel',
    term: 'motion to compel',
    aliases: [
      'motions to compel',
      'motion to compel discovery',
      'motion for an order compelling discovery',
      'motion for order compelling discovery',
      'motion compelling discovery',
    ],
    plain: 'A motion to compel asks the judge to make the other side answer discovery. It can also ask for fuller answers.',
  },
  {
    id: 'briefing',
    term: 'briefing',
    aliases: ['briefing schedule'],
    plain: 'Briefing means the written arguments each side files about a motion. When briefing is stayed, no one files those papers for now.',
  },
  {
    id: 'hearing',
    term: 'hearing',
    aliases: [],
    plain: 'A hearing is a set time when the judge listens to the sides. It may be in person, by phone, or by video.',
  },
  {
    id: 'trial',
    term: 'trial',
    aliases: [],
    plain: 'A trial is when the judge or a jury hears the proof and decides who wins the case.',
  },
  {
    id: 'summary-judgment',
    term: 'summary judgment',
    aliases: ['motion for summary judgment'],
    plain: 'Summary judgment is a way to win a case, or part of it, without a trial. It is granted when the key facts are not in real dispute.',
  },
  {
    id: 'findings-and-recommendations',
    term: 'findings and recommendations',
    aliases: ['findings and recommendation', 'report and recommendation'],
    plain: 'Findings and recommendations are a magistrate judge’s advice to the district judge on how to decide. You can file objections to them by the deadline they give.',
  },
  {
    id: 'stay',
    term: 'stay',
    aliases: ['stayed'],
    plain: 'When something is stayed, it is put on hold. Nothing happens on it until the judge lifts the stay.',
  },

  // ---- Discovery ----------------------------------------------------------------------
  {
    id: 'discovery',
    term: 'discovery',
    aliases: ['discovery process'],
    plain: 'Discovery is the part of a case when each side asks the other for facts, papers, and other proof. It has its own rules and deadlines.',
  },
  {
    id: 'discovery-request',
    term: 'discovery request',
    aliases: ['requests for discovery', 'request for discovery'],
    plain: 'A discovery request is a written request to the other side for facts or papers. The main kinds are written questions, requests for papers, and requests to admit facts.',
  },
  {
    id: 'request-for-production',
    term: 'request for production',
    aliases: [
      'requests for production',
      'request for production of documents',
      'requests for production of documents',
      'request for the production of documents',
      'requests for the production of documents',
      'document request',
      'RFP',
    ],
    plain: 'A request for production asks the other side to hand over papers, photos, videos, or other things they have. They usually have 30 days to respond.',
  },
  {
    id: 'interrogatory',
    term: 'interrogatory',
    aliases: [],
    plain: 'An interrogatory is a written question that the other side must answer under oath. Most of the time, a side can send up to 25, and the answers are due in 30 days.',
  },
  {
    id: 'request-for-admission',
    term: 'request for admission',
    aliases: ['requests for admission', 'request for admissions', 'requests for admissions', 'request to admit', 'requests to admit', 'RFA'],
    plain: 'A request for admission asks the other side to admit or deny that a fact is true. If they do not answer in time, the fact may count as true.',
  },
  {
    id: 'deposition',
    term: 'deposition',
    aliases: [],
    plain: 'A deposition is when a lawyer asks a person questions under oath, outside of court. A court reporter writes down every word.',
  },
  {
    id: 'meet-and-confer',
    term: 'meet and confer',
    aliases: [
      'met and conferred',
      'meeting and conferring',
      'meets and confers',
      'meet-and-confer',
      'confer',
      'conferred',
    ],
    plain: 'To meet and confer means the two sides talk, by phone or in person. They try to work out a dispute before they ask the judge to decide it.',
  },
  {
    id: 'good-faith',
    term: 'good faith',
    aliases: ['good-faith'],
    plain: 'Good faith means honestly trying. In a meet and confer, it means you really listen and try to solve the problem, not just talk so you can say you did.',
  },
  {
    id: 'objection',
    term: 'objection',
    aliases: [],
    plain: 'An objection is a reason a side gives for not answering a question or request, or for saying something should not be allowed. The judge decides if it holds up.',
  },
  {
    id: 'boilerplate-objection',
    term: 'boilerplate objection',
    aliases: ['boilerplate'],
    plain: 'A boilerplate objection is a stock objection, copied and pasted, that does not say why it fits the request. An example is "too broad" with no reason given.',
  },
  {
    id: 'summarily-overruled',
    term: 'summarily overruled',
    aliases: ['summarily overrule', 'overruled summarily'],
    plain: 'Summarily overruled means the judge will turn down the objection right away. The judge will not look at it closely.',
  },
  {
    id: 'privilege',
    term: 'privilege',
    aliases: ['privileged', 'attorney-client privilege'],
    plain: 'A privilege is a legal right to keep some information private, such as talks with your lawyer. A side that claims one must say what it is holding back and why.',
  },
  {
    id: 'narrowly-construed',
    term: 'narrowly construed',
    aliases: ['construed narrowly', 'narrowly construe', 'strictly construed'],
    plain: 'Narrowly construed means read in a strict, limited way, so a rule covers as little as it can.',
  },

  // ---- Signatures and service ----------------------------------------------------------
  {
    id: 'joint-statement',
    term: 'joint statement',
    aliases: ['joint statement re discovery disagreement', 'joint letter', 'joint discovery letter'],
    plain: 'A joint statement is one paper that both sides write, sign, and file together. It tells the judge what they agree on and what they still do not.',
  },
  {
    id: 'wet-signature',
    term: 'wet signature',
    aliases: ['original signature', 'handwritten signature'],
    plain: 'A wet signature is one you sign by hand, in ink, on paper.',
  },
  {
    id: 'electronic-signature',
    term: 'electronic signature',
    aliases: ['e-signature', '/s/'],
    plain: 'An electronic signature is your name typed on the signature line, often as "/s/ Your Name." It counts as your signature when the court allows it.',
  },
  {
    id: 'service',
    term: 'service',
    aliases: ['served', 'serve', 'serving', 'date of service', 'service of process'],
    plain: 'Service means giving a copy of a court paper to the other side in a way the rules allow, such as by mail. The date of service can start the clock on a deadline.',
  },
  {
    id: 'prison-mailbox-rule',
    term: 'prison mailbox rule',
    aliases: ['mailbox rule'],
    plain: 'Under the prison mailbox rule, a paper from a person in prison often counts as filed on the day they hand it to prison staff to mail. Write down that date, and mail early.',
  },

  // ---- Time ---------------------------------------------------------------------------
  {
    id: 'calendar-days',
    term: 'calendar days',
    aliases: ['calendar day'],
    plain: 'Calendar days means you count every day, weekends and holidays too. If the last day falls on a weekend or legal holiday, the deadline moves to the next day the court is open.',
  },
  {
    id: 'court-days',
    term: 'court days',
    aliases: ['court day', 'business days', 'business day', 'judicial days', 'judicial day'],
    plain: 'Court days are the days the court is open: Monday through Friday, not counting legal holidays.',
  },
  {
    id: 'deadline',
    term: 'deadline',
    aliases: [],
    plain: 'A deadline is the last day to do something. Filing late can hurt your case.',
  },

  // ---- Claims ---------------------------------------------------------------------------
  {
    id: 'excessive-force',
    term: 'excessive force',
    aliases: ['excessive use of force'],
    plain: 'Excessive force means an officer used more force than the law allows. The exact test depends on the facts, such as whether you were in prison at the time.',
  },
  {
    id: 'due-process',
    term: 'due process',
    aliases: ['due process rights', 'procedural due process'],
    plain: 'Due process means the government must be fair. It must follow fair steps before it takes away your freedom, your property, or your rights.',
  },

  // ---- Warnings -----------------------------------------------------------------------
  {
    id: 'sanctions',
    term: 'sanctions',
    aliases: ['sanction', 'sanctioned'],
    plain: 'Sanctions are penalties a judge can give a side that breaks the rules or an order. They can include fines, losing part of the case, or having the case thrown out.',
  },
  {
    id: 'dismissal',
    term: 'dismissal',
    aliases: [
      'dismissal of the action',
      'dismissal of this action',
      'dismissal of the case',
      'dismissal of this case',
      'dismiss',
      'dismissed',
    ],
    plain: 'Dismissal means the judge ends the case, or part of it, without a trial. A case can be dismissed if a party does not obey court orders.',
  },
  {
    id: 'et-al',
    term: 'et al.',
    aliases: [],
    plain: 'Et al. means "and others." It is used so the caption does not list every party by name.',
  },
];
