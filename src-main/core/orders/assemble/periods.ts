/**
 * Step 3: a period no requirement counts ("within 14 days", "48 hours prior to hearing date",
 * "five (5) business days before the Conference") becomes a requirement, with the court event it
 * counts from when the order sets that event's date. Periods told as history are left out, and
 * so are lengths that set no deadline ("sentenced to 60 months").
 */
import { analyzeClause } from '../classify.js';
import { isRecital } from '../dateRoles.js';
import { datedExplanation, periodSummary } from '../datedPhrases.js';
import { findDurations, type Duration } from '../numbers.js';
import { summarize } from '../summaries.js';
import { TOLD_IN_THE_PAST } from '../supersededDates.js';
import { findDeadline, isCourtEvent } from '../timePhrase.js';
import type { Actor, DeadlineRule, Requirement } from '../types.js';
import { addRequirement, allOf, DUTY_KINDS, dutyActor, inside, quoteOf, sentenceAround, type AssembleContext } from './context.js';
import { linkEvent } from './courtEvents.js';

const ASKED_AGAIN = /\b(?:filed|files)\s+(?:a|an|his|her|their)\s+(?:\w+\s+){0,2}(?:request|motion)\b/i;

/** Counts back from a court event ("seven days prior to sentencing") take the event's date when the order sets it. */
export function linkCourtEvents(ctx: AssembleContext): void {
  const appearances = datedAppearances(ctx);
  for (const r of allOf(ctx)) linkEvent(r.rule, appearances, ctx.text.slice(...(ctx.spans.get(r.id)?.[0] ?? [0, 0])), ctx.eventTerms, ctx.conferenceIsCourts);
}

function datedAppearances(ctx: AssembleContext): Requirement[] {
  return allOf(ctx).filter((r) => r.kind === 'appearance' && r.rule?.fixedDate !== undefined);
}

export function addPeriods(ctx: AssembleContext): void {
  const { text } = ctx;
  const appearances = datedAppearances(ctx);
  for (const d of findDurations(text)) {
    if (allOf(ctx).some((r) => inside(ctx.spans.get(r.id), d.start) && periodMatches(r.rule, d))) continue;
    const [cs, ce] = sentenceAround(text, d.start, d.end);
    const rule = findDeadline(text.slice(Math.max(cs, d.start - 40), ce));
    if (rule === undefined || !periodMatches(rule, d)) continue;
    if (rule.trigger === 'conference' && rule.triggerDate === undefined) {
      // "48 hours prior to hearing date": the hearing the sentence is about, when the order sets it.
      const own = ctx.mentions.find((x) => d.start >= x.clauseStart && d.start < x.clauseEnd);
      const event = !isCourtEvent(rule.triggerWords) ? undefined : ctx.mentions.find((x) => x.role === 'appearance' && x.start >= cs && x.start < ce + 200 && x.start > d.start) ?? (own?.role === 'appearance' ? own : undefined);
      if (event !== undefined) {
        rule.triggerDate = event.iso;
        if (event.time !== undefined) rule.time = event.time;
      } else linkEvent(rule, appearances, text.slice(cs, ce), ctx.eventTerms, ctx.conferenceIsCourts);
    }
    const clause = text.slice(cs, ce);
    // A period an earlier order set, told as history, is not a new deadline. The sentence may run
    // back over a blank line (pleading paper), never over a full stop.
    const back = text.slice(Math.max(0, cs - 200), cs);
    const stop = Math.max(back.lastIndexOf('. '), back.lastIndexOf('; '));
    if (isRecital(`${stop >= 0 ? back.slice(stop + 2) : ''}${clause}`)) continue;
    // What a party asked for ("Plaintiff seeks an extension of fifteen days") is not what the court ordered.
    if (/\b(?:plaintiffs?|defendants?|petitioners?|respondents?|movants?|he|she|they)\s+(?:seeks|sought|requested|asks|asked|moved|moves)\b/i.test(clause) && !/\b(?:shall|must|ordered|directed|granted|will\s+have|is\s+given|unless|if)\b/i.test(clause)) continue;
    // The case's history told in the past ("dismissed with leave to amend within 28 days by order filed
    // on December 24, 2013", "plaintiff was granted a 60 day extension", "has now filed a second request
    // … for an additional 90 days"): periods an earlier order gave or a party asked for.
    if ((TOLD_IN_THE_PAST.test(clause) || ASKED_AGAIN.test(clause)) && !/\b(?:shall|must|is\s+granted|are\s+granted|hereby|is\s+given|will\s+have|is\s+ordered|are\s+ordered)\b/i.test(clause)) continue;
    const a = analyzeClause({ text: dutyInCondition(clause, d.start - cs) ?? clause, ctx: ctx.actors });
    const useful = a !== null && a.actor !== 'unknown' && DUTY_KINDS.test(a.kind);
    const actor: Actor = useful ? a.actor : dutyActor(clause, ctx.criminal, ctx.actors);
    // The same period said again by the same party (the order's title, the docket summary): one card, quoted twice.
    const again = sameDutyAgain(ctx, rule, clause, actor, useful ? a.act : undefined);
    if (again !== undefined) {
      again.alsoQuoted = [...(again.alsoQuoted ?? []), quoteOf(ctx.cleaned, cs, ce)];
      continue;
    }
    const r: Requirement = {
      id: ctx.nextId(useful ? a.kind : 'other'),
      kind: useful ? a.kind : 'other',
      actor,
      act: useful ? `${a.act}:period:${d.start}` : `period:${d.start}`,
      summary: useful ? summarize({ ...a, rule }, ctx.voice) : periodSummary(rule, actor, ctx.voice),
      explanation: datedExplanation(actor, ctx.voice),
      quote: quoteOf(ctx.cleaned, cs, ce),
      rule,
    };
    if (useful && a.optional) r.optional = true;
    // The fixed pattern only says "act within N days": the order's words must come first.
    if (!useful) r.unsure = true;
    addRequirement(ctx, r, cs, ce);
  }
}

const contentWords = (s: string) => new Set(s.toLowerCase().match(/[a-z]{4,}/g) ?? []);

/**
 * "If Petitioner does not show cause within thirty (30) days, the Court may dismiss": the period
 * belongs to a duty told as its failure. Read the condition as the duty ("Petitioner shall show
 * cause within thirty (30) days"), so the card names who must act. Undefined when the period is
 * not inside such a condition.
 */
function dutyInCondition(clause: string, at: number): string | undefined {
  const failure = /(?:^|[.;:\n]\s*|\bthat\s+)(?:if|unless)\s+(.{2,80}?)\s+(?:does\s+not|do\s+not|doesn['’]t|don['’]t|did\s+not|fails?\s+to|neglects?\s+to)\s+([^,;]{3,300})/gi;
  for (const m of clause.matchAll(failure)) {
    const verbAt = m.index + m[0].length - m[2].length;
    if (at >= verbAt && at < m.index + m[0].length) return `${m[1]} shall ${m[2]}.`;
  }
  return undefined;
}

/** An earlier card with the same count and words much like these (or the same act): the order saying it again. */
function sameDutyAgain(ctx: AssembleContext, rule: DeadlineRule, clause: string, actor: Actor, act?: string): Requirement | undefined {
  const mine = contentWords(clause);
  const heading = clause.replace(/[^A-Za-z]/g, '').length > 10 && clause === clause.toUpperCase();
  return allOf(ctx).find((r) => {
    const x = r.rule;
    if (r.actor !== actor) return false;
    if (x === undefined || x.trigger !== rule.trigger || x.days !== rule.days || x.hours !== rule.hours || (x.direction ?? 'after') !== (rule.direction ?? 'after')) return false;
    if (heading) return true;
    if (act !== undefined && r.act.split(':period:')[0] === act && x.months === rule.months && x.dayKind === rule.dayKind && x.triggerDate === rule.triggerDate) return true;
    const theirs = contentWords(r.quote.clean ?? r.quote.text);
    const common = [...mine].filter((w) => theirs.has(w)).length;
    return common / Math.max(1, mine.size, theirs.size) >= 0.6;
  });
}

function periodMatches(rule: DeadlineRule | undefined, d: Duration): boolean {
  if (rule === undefined) return false;
  if (d.unit === 'hour') return rule.hours === d.value;
  if (d.unit === 'day') return rule.days === d.value;
  if (d.unit === 'week') return rule.days === d.value * 7;
  if (d.unit === 'month') return rule.months === d.value;
  return rule.months === d.value * 12;
}
