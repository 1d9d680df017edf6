/**
 * Plain language: syllables, reading level, the glossary and where its terms appear, and
 * the fixed "not legal advice" sentences. Pure TypeScript; no Electron, no I/O.
 */
import { analyzeSentences, readingReport, type ReadingReport } from './readability.js';

export { countSyllables, SYLLABLE_EXCEPTIONS } from './syllables.js';
export {
  analyzeSentences,
  fleschKincaidGrade,
  readingReport,
  readingSentences,
  type ReadingReport,
  type SentenceStats,
} from './readability.js';
export { readingGrade } from './readingGrade.js';
export { GLOSSARY, type GlossaryEntry } from './glossary.js';
export { findGlossaryTerms, formTokens, formsOf, lookupGlossary, type TermSpan } from './findTerms.js';
export { NOT_LEGAL_ADVICE, NOT_LEGAL_ADVICE_SHORT, SELF_HELP, SELF_HELP_STEPS } from './notLegalAdvice.js';

/** Thrown by assertPlain; the message names the grade and the hardest sentence. */
export class NotPlainError extends Error {
  constructor(
    message: string,
    readonly report: ReadingReport,
  ) {
    super(message);
    this.name = 'NotPlainError';
  }
}

/**
 * Checks that a text reads at or below a grade level (Flesch–Kincaid, 8 by default), for
 * tests of any text the app shows. Returns the report; throws NotPlainError if it is too
 * hard, naming the sentence that scores worst on its own.
 */
export function assertPlain(text: string, maxGrade = 8, label?: string): ReadingReport {
  const report = readingReport(text);
  if (report.grade <= maxGrade) return report;
  let hardest = '';
  let hardestGrade = -Infinity;
  for (const s of analyzeSentences(text)) {
    const g = 0.39 * s.words + 11.8 * (s.syllables / s.words) - 15.59;
    if (g > hardestGrade) {
      hardestGrade = g;
      hardest = s.text;
    }
  }
  const name = label === undefined ? 'Text' : label;
  throw new NotPlainError(
    `${name} reads at grade ${report.grade.toFixed(1)}, above ${maxGrade}. ` +
      `Hardest sentence (grade ${hardestGrade.toFixed(1)}): "${hardest}"`,
    report,
  );
}
