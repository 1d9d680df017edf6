import { LAST_DAY_MEANING, PRISON_MAILBOX_RULE } from '../deadlines/index.js';
import { GLOSSARY, NOT_LEGAL_ADVICE, NOT_LEGAL_ADVICE_SHORT, SELF_HELP_STEPS } from '../plainLanguage/index.js';
import type { HandlersFor } from './handlerTypes.js';
import type { helpInputs } from './helpContract.js';

export const helpHandlers: HandlersFor<keyof typeof helpInputs> = {
  'help.glossary': () => GLOSSARY,
  'help.texts': () => ({
    notLegalAdvice: NOT_LEGAL_ADVICE,
    notLegalAdviceShort: NOT_LEGAL_ADVICE_SHORT,
    selfHelpSteps: SELF_HELP_STEPS,
    lastDayMeaning: LAST_DAY_MEANING,
    prisonMailboxRule: PRISON_MAILBOX_RULE,
  }),
};
