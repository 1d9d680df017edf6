/**
 * Court dates someone must attend: turning a dated court event into an appearance card, and
 * finding the event a count refers to ("seven days prior to sentencing", "before the Conference").
 */
import type { DateMention } from '../dateRoles.js';
import { appearanceSummary } from '../datedPhrases.js';
import type { Voice } from '../summaries.js';
import { isCourtEvent } from '../timePhrase.js';
import type { DeadlineRule, Requirement } from '../types.js';
import { slug } from './context.js';

export function toAppearance(r: Requirement, m: DateMention | undefined, voice: Voice, criminal = false): void {
  const event = m?.event ?? (r.act.startsWith('court:event:') ? r.act.replace(/^court:event:/, '').replace(/-/g, ' ') : 'court date');
  r.kind = 'appearance';
  r.actor = criminal && /\b(?:sentenc|arraign|plea|trial|detention|initial appearance|revocation)/i.test(event) ? 'defendant' : 'all-parties';
  r.act = `appear:${slug(event)}:${r.rule?.fixedDate ?? ''}`;
  r.summary = appearanceSummary(event, r.rule, r.actor, voice);
  r.explanation = 'Be there on time. If you cannot come, tell the court before that day in writing, and ask how to take part.';
}

/** Two names for one court event: "hearing" in "evidentiary-hearing". */
export function sameEvent(act: string, event: string): boolean {
  const words = slug(event).split('-').filter((w) => w.length > 3);
  return words.length > 0 && words.every((w) => act.includes(w));
}

/**
 * The one appearance whose words the period names ("prior to sentencing" -> the sentencing). In
 * an order that asks for no meet and confer, "the conference" can only be the court's; and a
 * plain "the hearing" or "the date of appearance" is the order's one court date when it has one.
 */
export function linkEvent(rule: DeadlineRule | undefined, appearances: Requirement[], clause: string, terms: string[], conferenceIsCourts: boolean): void {
  if (rule === undefined || rule.trigger !== 'conference' || rule.triggerDate !== undefined) return;
  const defined = terms.some((t) => new RegExp(`\\bthe\\s+${t}\\b`).test(rule.triggerWords));
  const courtOnly = conferenceIsCourts && /\b(?:conference|hearing|appearance)\b/i.test(rule.triggerWords);
  if (!isCourtEvent(rule.triggerWords) && !defined && !courtOnly) return;
  const words = rule.triggerWords.toLowerCase();
  const lc = clause.toLowerCase();
  const eventOf = (a: Requirement) => (a.act.split(':')[1] ?? '').split('-').filter((w) => w.length > 3 && w !== 'court' && w !== 'judge');
  const byName = appearances.filter((a) => eventOf(a).some((w) => words.includes(w.replace(/ing$/, ''))));
  const generic = /^(?:the\s+)?(?:date\s+of\s+)?(?:the\s+)?(?:above\s+|scheduled\s+|said\s+)?(?:conference|hearing|appearance|hearing\s+date)\b/i.test(rule.triggerWords.trim());
  const named = byName.length > 0 ? byName : generic && new Set(appearances.map((a) => a.rule?.fixedDate)).size === 1 ? appearances : [];
  if (named.length === 0) return;
  if (!isCourtEvent(rule.triggerWords) && !/court's conference/.test(rule.triggerWords)) rule.triggerWords = `${rule.triggerWords} (the court's conference)`;
  // Several hearings fit "the hearing date": the one the sentence itself names wins ("Waiver of Preliminary hearing ...").
  const fit = (a: Requirement) => eventOf(a).filter((w) => lc.includes(w)).length;
  const best = Math.max(0, ...named.map(fit));
  const top = named.filter((a) => fit(a) === best);
  const dates = new Set(top.map((a) => a.rule?.fixedDate));
  const only = dates.size === 1 ? top[0] : undefined;
  if (only?.rule?.fixedDate === undefined) return;
  rule.triggerDate = only.rule.fixedDate;
  if (only.rule.time !== undefined) rule.time = only.rule.time;
}
