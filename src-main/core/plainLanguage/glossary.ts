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
import { people } from './glossary/people.js';
import { casePapers } from './glossary/casePapers.js';
import { rules } from './glossary/rules.js';
import { motions } from './glossary/motions.js';
import { discovery } from './glossary/discovery.js';
import { signaturesService } from './glossary/signaturesService.js';
import { time } from './glossary/time.js';
import { claims } from './glossary/claims.js';
import { warnings } from './glossary/warnings.js';
import type { GlossaryEntry } from './glossary/entry.js';

export type { GlossaryEntry } from './glossary/entry.js';

/** Every entry, grouped by topic in the order the Glossary screen has always shown them. */
export const GLOSSARY: readonly GlossaryEntry[] = [
  ...people,
  ...casePapers,
  ...rules,
  ...motions,
  ...discovery,
  ...signaturesService,
  ...time,
  ...claims,
  ...warnings,
];
