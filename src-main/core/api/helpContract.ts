/** Methods for the Glossary and Help screens: fixed texts the app ships, in plain words. */
import type { GlossaryEntry } from '../plainLanguage/index.js';
import { none } from './caseContract.js';

export const helpInputs = {
  'help.glossary': none,
  'help.texts': none,
} as const;

export interface HelpTexts {
  notLegalAdvice: string;
  notLegalAdviceShort: string;
  selfHelpSteps: readonly string[];
  lastDayMeaning: string;
  prisonMailboxRule: string;
}

export interface HelpOutputs {
  'help.glossary': readonly GlossaryEntry[];
  'help.texts': HelpTexts;
}

export type { GlossaryEntry };
