/** Glossary entries: motions and steps. The rules for writing an entry are in ../glossary.ts. */
import type { GlossaryEntry } from './entry.js';

export const motions: readonly GlossaryEntry[] = [
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
];
