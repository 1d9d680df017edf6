/** Glossary entries: signatures and service. The rules for writing an entry are in ../glossary.ts. */
import type { GlossaryEntry } from './entry.js';

export const signaturesService: readonly GlossaryEntry[] = [
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
];
