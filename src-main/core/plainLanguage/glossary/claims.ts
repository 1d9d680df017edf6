/** Glossary entries: claims. The rules for writing an entry are in ../glossary.ts. */
import type { GlossaryEntry } from './entry.js';

export const claims: readonly GlossaryEntry[] = [
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
];
