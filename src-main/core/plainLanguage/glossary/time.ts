/** Glossary entries: time. The rules for writing an entry are in ../glossary.ts. */
import type { GlossaryEntry } from './entry.js';

export const time: readonly GlossaryEntry[] = [
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
];
