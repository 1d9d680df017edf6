/**
 * Decides what one clause of an order asks: its kind, who must act, the act key used to
 * match repeats and conflicts, and the details the summary needs. Rules look at the
 * command's verb and object and at a few sentence shapes courts use again and again
 * (stays, warnings of sanctions, "no further filings", discovery-conduct reminders):
 * each shape has its reader in clauseShapes.ts, tried in order; a plain command is read
 * last (clauseCommand.ts).
 */
import { actorOf } from './actors.js';
import type { Analysis, ClauseInput, ClauseView } from './analysis.js';
import { readCommand } from './clauseCommand.js';
import { WARN_WORDS, isBackground } from './clauseRules.js';
import { readConduct, readContents, readCourtEvent, readProhibition, readRelief, readSignature, readStay, readWarning } from './clauseShapes.js';
import { findDirectives, type Directive } from './directive.js';
import { lowerSameLength } from './plainWords.js';
import { findDeadline } from './timePhrase.js';
import type { Actor, RequirementKind } from './types.js';

export type { Analysis, ClauseInput } from './analysis.js';
export { meansOf } from './clauseRules.js';

/** The shapes, most telling first: a warning that names a duty is still a warning. */
const SHAPES = [readWarning, readStay, readRelief, readCourtEvent, readContents, readProhibition, readSignature, readConduct];

/** What one clause asks, or null when it asks nothing (background, citations, headings). */
export function analyzeClause(input: ClauseInput): Analysis | null {
  const text = input.text.replace(/\s/g, ' ');
  const lc = lowerSameLength(text);
  if (lc.trim().length < 8 || isBackground(lc)) return null;
  const directives = findDirectives(lc);
  const main = pickMain(directives, lc);
  const rule = findDeadline(text);
  const view: ClauseView = {
    input,
    text,
    lc,
    directives,
    main,
    rule,
    subjectActor: main === undefined ? 'unknown' : actorOf(main.subject, input.ctx),
    base: (kind: RequirementKind, actor: Actor, act: string): Analysis => ({
      kind,
      actor,
      act,
      text,
      predicate: main === undefined ? text : text.slice(main.verbStart),
      verb: main?.verb ?? '',
    }),
    withRule: (a: Analysis): Analysis => (rule !== undefined && a.rule === undefined ? { ...a, rule } : a),
  };
  for (const read of SHAPES) {
    const found = read(view);
    if (found !== undefined) return found;
  }
  return main === undefined ? null : readCommand(view, main);
}

/** The command the clause is about: a "reminded/advised that ..." wrapper hands over to the command inside. */
function pickMain(directives: Directive[], lc: string): Directive | undefined {
  if (directives.length === 0) return undefined;
  const first = directives[0];
  if (/^(?:reminded|advised|notified) that$/.test(first.word)) {
    const inner = directives.find((d) => d.index > first.index && d.verb !== '');
    if (inner !== undefined) {
      const subject = /^\s*(?:they|he|she|it)\s*$/.test(inner.subject) ? first.subject : inner.subject;
      return { ...inner, subject };
    }
  }
  if (first.verb === '' && directives.length > 1 && !WARN_WORDS.has(first.word.replace(/ that$/, ''))) {
    const next = directives.find((d) => d.verb !== '');
    if (next !== undefined && /\bthat\b/.test(lc.slice(first.index, next.index))) return next;
  }
  return first;
}
