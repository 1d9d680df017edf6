/** Glossary entries: rules. The rules for writing an entry are in ../glossary.ts. */
import type { GlossaryEntry } from './entry.js';

export const rules: readonly GlossaryEntry[] = [
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
];
