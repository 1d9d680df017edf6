/**
 * Small readings of a clause's words: whom it names as the target, a verb's base form, the
 * "until" and "unless" parts, what it is about, and what kind of act a command verb asks for.
 */
import { actorOf } from './actors.js';
import type { Actor, RequirementKind } from './types.js';

const WHO = '(plaintiffs?|defendants?|defense\\s+counsel|the\\s+court|petitioner|respondents?|counsel\\s+for\\s+\\w+)';
const TARGET_AFTER = new RegExp(`\\b(?:on|to|upon|with)\\s+(?:the\\s+)?${WHO}\\b(?!'s)`);
const TARGET_FIRST = new RegExp(`^\\s*(?:[a-z-]+\\s+){0,2}?(?:the\\s+)?${WHO}\\b(?!'s)`);

export function targetOf(lc: string): Actor | undefined {
  const m = TARGET_FIRST.exec(lc) ?? TARGET_AFTER.exec(lc);
  return m === null ? undefined : actorOf(m[1]);
}

const PARTICIPLES: Record<string, string> = { made: 'make', held: 'hold', sent: 'send', set: 'set', done: 'do', given: 'give', taken: 'take', paid: 'pay', kept: 'keep', met: 'meet' };

/** A phrase found in the lower-case copy, in the order's own capitals. */
export function asWritten(text: string, lc: string, phrase: string): string {
  const i = lc.indexOf(phrase.toLowerCase());
  return i < 0 ? phrase : text.slice(i, i + phrase.length);
}

/** "completed" -> "complete", "filed" -> "file", for act keys. */
function lemma(verb: string): string {
  if (PARTICIPLES[verb] !== undefined) return PARTICIPLES[verb];
  if (/(?:[aeiou]t|[vscgzu]|[aeiou]l|[aeiou]r)ed$/.test(verb)) return verb.slice(0, -1);
  if (/(?:tt|pp|mm|dd|gg)ed$/.test(verb)) return verb.slice(0, -3);
  if (/ied$/.test(verb)) return `${verb.slice(0, -3)}y`;
  if (/ed$/.test(verb)) return verb.slice(0, -2);
  return verb;
}

export function until(lc: string, text: string): string | undefined {
  const m = /\b(?:until|pending|during|while)\b[^.;]*/.exec(lc);
  return m === null ? undefined : text.slice(m.index, m.index + m[0].length).replace(/[\s,]+$/, '');
}

export function unlessOf(lc: string, text: string): string | undefined {
  const m = /\bunless\b[^.;]*/.exec(lc);
  return m === null ? undefined : text.slice(m.index, m.index + m[0].length).replace(/[\s,]+$/, '');
}

export function aboutOf(lc: string, text: string): string | undefined {
  const m = /\b(?:regarding|about|concerning|related\s+to|relating\s+to|in\s+connection\s+with|on)\s+((?:the|this|plaintiff'?s?|defendants?'?s?|any|its|their)\s+[^,.;]*?)(?=\s+(?:unless|until|without|except)\b|[,.;]|$)/.exec(lc);
  return m === null ? undefined : text.slice(m.index + m[0].length - m[1].length, m.index + m[0].length);
}

export function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'thing';
}

/** What kind a command verb (and its object) asks for. */
export function kindOfPredicate(pred: string, passive: boolean): { kind: RequirementKind; key: string } {
  const p = pred.trimStart();
  if (/^(?:participate|cooperate|assist|join)\s+in\s+(?:the\s+)?(?:preparation|preparing|drafting|writing)|^(?:jointly\s+)?(?:prepare\s+and\s+)?sign(?:ed)?\b/.test(p)) return { kind: 'signature', key: 'sign' };
  if (/^(?:meet\s+and\s+confer|meet|confer|engage\s+in\s+(?:a\s+|an\s+|the\s+)?(?:further\s+|good[- ]faith\s+)?(?:meet[- ]and[- ]confer|conference|discussions?|negotiations?)|hold\s+(?:a\s+|an\s+)?(?:further\s+)?(?:meet[- ]and[- ]confer|conference|session|meeting)|participate\s+in\s+(?:a\s+|the\s+|an\s+)?(?:meet[- ]and[- ]confer|conference))\b/.test(p)) return { kind: 'meet-and-confer', key: 'meet-and-confer' };
  if (/^(?:call|telephone|phone|dial)\s+(?:in\s+to\s+|into\s+)?(?:the\s+)?(?:court'?s?\s+)?(?:conference\s+line|line|number|chambers|court|courtroom|toll-free)/.test(p)) return { kind: 'other', key: 'call-in' };
  if (/^(?:contact|call|telephone|phone|reach\s+out|initiate|arrange|schedule|set[- ]?up|convene|get\s+in\s+touch)\b/.test(p)) return { kind: 'contact', key: 'contact' };
  if (/^(?:serve[ds]?|mail(?:ed)?|sen[dt])\b/.test(p) && !/^\S+\s+(?:[^.;]{0,40})\bto\s+the\s+court\b/.test(p)) return { kind: 'serve', key: 'serve' };
  if (/^(?:file[ds]?|e-?file|submit(?:ted)?|lodge[ds]?|present(?:ed)?|deliver(?:ed)?|provide\s+the\s+court|notify\s+the\s+court|inform\s+the\s+court|advise\s+the\s+court|sen[dt])\b/.test(p)) return { kind: 'file', key: 'file' };
  if (/^(?:respond|answer|reply|oppose|show\s+cause|explain\s+why)\b/.test(p)) return { kind: 'respond', key: 'respond' };
  if (/^(?:act|behave|proceed|make\s+(?:a\s+)?(?:good[- ]faith|reasonable|every))\b/.test(p)) return { kind: 'conduct', key: 'conduct' };
  if (/^(?:appear|attend|be\s+present)\b/.test(p)) return { kind: 'other', key: 'appear' };
  const verb = /^[a-z'-]+/.exec(p)?.[0] ?? 'act';
  return { kind: 'other', key: passive ? lemma(verb) : verb };
}

/** The words just before a position, back to the last comma, semicolon, "that" or "and". */
export function subjectBeforeText(lc: string, index: number): string {
  const s = lc.slice(0, index);
  const parts = s.split(/,|;|\bthat\b|\band\b/);
  return parts[parts.length - 1] ?? '';
}
