/**
 * Step 5: a summary must say what the order says. One that may not (a lost "not", a command
 * whose verb is not a verb, a consequence read as a duty, two conditions run together) is
 * replaced by a plain "we are not sure" and the card shows the order's words first. A summary
 * above grade 10 is cut at its joints, or handed to the order's words when still too hard.
 */
import { easier, tooHard } from '../datedPhrases.js';
import { isoToWords } from '../numbers.js';
import type { Requirement } from '../types.js';

const NEGATION = /\b(?:not|never|cannot|neither|nor)\b|n['’]t\b/i;
const NOT_A_NEGATION = /\b(?:not|no)\s+(?:later|less|more|fewer|earlier|sooner|longer|further|exceed\w*|to\s+exceed|only|before|after)\b|\bwhether\s+or\s+not\b|\bif\s+not\b|\bwhy\b[^.;]{0,120}?\bnot\b/gi;
const NOT_A_DUTY = /^(?:result|lead|constitute|bar|contain|govern|rest|self|specifically|administered|mean|cause|subject)$/i;
/** Kinds whose summaries carry the order's own negation and conditions (stays, prohibitions, warnings, conduct) are worded by rule. */
const CHECKED_KINDS = /^(?:file|serve|respond|contact|meet-and-confer|other)$/;

/** True when the summary may not say what the order's words say. */
export function doubtful(summary: string, words: string): boolean {
  const orderNegates = NEGATION.test(words.replace(NOT_A_NEGATION, ' '));
  const summaryNegates = /\b(?:not|never|no|don['’]t|doesn['’]t|cannot|none|nothing|without|unless|if)\b|n['’]t\b/i.test(summary);
  if (orderNegates && !summaryNegates) return true;
  // "why this action should not be dismissed" must never come out as "must be dismissed".
  for (const m of words.matchAll(/\b(?:should|shall|must|will|may|can|could|would)\s+not\s+(?:be\s+)?([a-z]+)/gi)) {
    const verb = m[1].toLowerCase();
    if (new RegExp(`\\b(?:must|should|will|may|can)\\s+(?:be\\s+)?${verb}\\b`, 'i').test(summary) && !new RegExp(`\\bnot\\s+(?:be\\s+)?${verb}\\b`, 'i').test(summary)) return true;
  }
  if ((summary.match(/(?:^|[,.;]\s*)if\b/gi) ?? []).length > 1) return true;
  const duty = /\b(?:must|may|will)\s+(?:not\s+|also\s+)?([A-Za-z']+)/.exec(summary);
  if (duty !== null) {
    const verb = duty[1];
    if (NOT_A_DUTY.test(verb) || (/^[A-Z]/.test(verb) && verb !== 'I')) return true;
  }
  return false;
}

function markUnsure(r: Requirement, why: string): void {
  r.unsure = true;
  const when = r.rule?.fixedDate !== undefined ? ` It names ${isoToWords(r.rule.fixedDate)}.` : '';
  r.summary = `${why} Please read the order’s own words below.${when}`;
  r.explanation = 'The app could not read this part with confidence. Read the quote carefully, and ask the clerk or a legal help center if it is unclear.';
}

/** Checks one requirement's wording against its own words of the order. */
export function checkWording(r: Requirement, words: string | undefined): void {
  if (words !== undefined && CHECKED_KINDS.test(r.kind) && doubtful(r.summary, words)) {
    markUnsure(r, 'We are not sure how to say this part in plain words.');
    return;
  }
  r.summary = easier(r.summary);
  if (tooHard(r.summary)) markUnsure(r, 'This part is hard to say in plain words.');
}
