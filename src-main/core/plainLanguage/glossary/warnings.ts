/** Glossary entries: warnings. The rules for writing an entry are in ../glossary.ts. */
import type { GlossaryEntry } from './entry.js';

export const warnings: readonly GlossaryEntry[] = [
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
