/** Glossary entries: people and roles. The rules for writing an entry are in ../glossary.ts. */
import type { GlossaryEntry } from './entry.js';

export const people: readonly GlossaryEntry[] = [
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
];
