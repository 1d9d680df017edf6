/**
 * Step 2: a live date no requirement accounts for becomes a card. A court date to attend becomes
 * an appearance (one card per court date, however often the order names it). A due date becomes
 * a requirement worded from its clause when the clause rules can read it, and from a fixed
 * pattern with the order's own name for the thing when they cannot. A date inside a warning
 * ("If Plaintiff does not file an opposition on or before ...") is the date for that paper, and
 * shares its act with the paper's other deadline, so the two show as a conflict.
 */
import { addDays } from '../../deadlines/isoDate.js';
import { analyzeClause } from '../classify.js';
import type { DateMention } from '../dateRoles.js';
import { commandInWarning, datedExplanation, datedSummary, labelOf } from '../datedPhrases.js';
import { findDocument } from '../documents.js';
import { findDates } from '../numbers.js';
import { plain } from '../plainWords.js';
import { summarize } from '../summaries.js';
import { contentWords, sharedWords } from '../wordOverlap.js';
import type { Actor, DeadlineRule, Requirement } from '../types.js';
import { addRequirement, allOf, DUTY_KINDS, dutyActor, inside, LIVE, quoteOf, sentenceAround, slug, type AssembleContext } from './context.js';
import { sameEvent, toAppearance } from './courtEvents.js';

export function addDatedRequirements(ctx: AssembleContext): void {
  ctx.mentions.forEach((m, i) => {
    if (ctx.used.has(i) || !LIVE.has(m.role)) return;
    ctx.used.add(i);
    // Already someone's date in the same words; a court date and a paper due that day are two different things.
    if (allOf(ctx).some((r) => r.rule?.fixedDate === m.iso && (r.kind === 'appearance') === (m.role === 'appearance') && inside(ctx.spans.get(r.id), m.start))) return;
    // "prior to July 25, 2014": July 25 itself is too late, so the last day is July 24.
    const rule: DeadlineRule = { trigger: 'fixed-date', triggerWords: ctx.text.slice(m.start, m.end), fixedDate: m.strictlyBefore === true ? addDays(m.iso, -1) : m.iso };
    if (m.strictlyBefore === true) {
      rule.strictlyBefore = true;
      rule.triggerDate = m.iso;
    }
    if (m.time !== undefined) rule.time = m.time;
    if (m.role === 'appearance') addAppearance(ctx, m, rule);
    else addDeadline(ctx, m, rule);
  });
}

function addAppearance(ctx: AssembleContext, m: DateMention, rule: DeadlineRule): void {
  // The quote starts at the event's own name ("Final Pretrial Conference has been continued ... to 02/22/2005").
  const named = m.event === undefined ? -1 : ctx.text.slice(m.sentenceStart, m.start).lastIndexOf(m.event);
  const quote = quoteOf(ctx.cleaned, named >= 0 ? Math.min(m.clauseStart, m.sentenceStart + named) : m.clauseStart, m.clauseEnd);
  // The same court date named twice ("Evidentiary Hearing set for 10/1/2009" after "will be held on 10/1/2009"): one card.
  // "IF PLAINTIFF FAILS TO APPEAR ON JULY 26, 2018" names no event of its own: it is the court date already on the list.
  const same = allOf(ctx).find((r) => r.kind === 'appearance' && r.rule?.fixedDate === m.iso && (m.event === undefined || /^(?:court date|appear(?:ance)?)$/i.test(m.event) || r.act.includes(slug(m.event)) || sameEvent(r.act, m.event)));
  if (same !== undefined) {
    same.alsoQuoted = [...(same.alsoQuoted ?? []), quote];
    return;
  }
  const r: Requirement = { id: ctx.nextId('appearance'), kind: 'appearance', actor: 'all-parties', act: `appear:${slug(m.event ?? 'court')}:${m.iso}`, summary: '', explanation: '', quote, rule };
  toAppearance(r, m, ctx.voice, ctx.criminal);
  addRequirement(ctx, r, m.clauseStart, m.clauseEnd);
}

function addDeadline(ctx: AssembleContext, m: DateMention, rule: DeadlineRule): void {
  const clause = ctx.text.slice(m.clauseStart, m.clauseEnd);
  const inWarning = commandInWarning(ctx.text.slice(sentenceAround(ctx.text, m.start, m.end)[0], m.clauseEnd));
  const a = analyzeClause({ text: inWarning?.command ?? clause, ctx: ctx.actors });
  const useful = a !== null && a.actor !== 'unknown' && a.actor !== 'court' && DUTY_KINDS.test(a.kind);
  // Before the date only a weekday ("Monday, February 18, 2013: deadline for Plaintiffs …"): who is named after it.
  const lead = clause.slice(0, m.start - m.clauseStart);
  const labelAfter = /^\W*(?:(?:and|lastly|finally|then)\s+)*(?:[a-z]+day)?\W*$/i.test(lead.split(/[:;]\s*/).pop() ?? '') && /^\s*[:–—-]/.test(clause.slice(m.end - m.clauseStart));
  const actor = useful ? a.actor : dutyActor(labelAfter ? clause.slice(m.end - m.clauseStart) : lead || clause, ctx.criminal, ctx.actors);
  // The clerk's docket text and the order below it name the same dates ("Answer due 08/15/2014" and
  // "• Answer due August 15, 2014"): the same thing due the same day is one card, quoted twice.
  const twin = sameThingSameDay(ctx, m, rule, actor);
  if (twin !== undefined) {
    twin.alsoQuoted = [...(twin.alsoQuoted ?? []), quoteOf(ctx.cleaned, m.clauseStart, m.clauseEnd)];
    if (twin.actor === 'unknown') twin.actor = actor;
    return;
  }
  const sameAct = useful ? sameActAs(ctx.requirements, a.act, actor, inWarning?.command ?? clause) : undefined;
  const r: Requirement = {
    id: ctx.nextId(useful ? a.kind : 'file'),
    kind: useful ? a.kind : 'file',
    actor,
    act: sameAct ?? (useful ? `${a.act}:${m.iso}` : `dated:${m.iso}:${slug(clause)}`),
    summary: useful ? `${summarize({ ...a, rule }, ctx.voice)}${inWarning !== null ? ` If not, ${plainConsequence(inWarning.consequence)}.` : ''}` : datedSummary(clause, m, actor, ctx.voice),
    explanation: datedExplanation(actor, ctx.voice),
    quote: quoteOf(ctx.cleaned, m.clauseStart, m.clauseEnd),
    rule,
  };
  if (useful && a.optional) r.optional = true;
  addRequirement(ctx, r, m.clauseStart, m.clauseEnd);
}

function sameThingSameDay(ctx: AssembleContext, m: DateMention, rule: DeadlineRule, actor: Actor): Requirement | undefined {
  const words = contentWords(labelOf(ctx.text.slice(m.clauseStart, m.clauseEnd), m));
  if (words.size === 0) return undefined;
  return allOf(ctx).find((r) => {
    // Two papers due the same day in one line ("Declaration due by 2/4/2009, Chapter 13 Plan due 2/4/2009") stay two.
    if (r.kind === 'appearance' || r.rule?.fixedDate !== rule.fixedDate || near(ctx.spans.get(r.id), m.start)) return false;
    if (r.actor !== actor && r.actor !== 'unknown' && actor !== 'unknown') return false;
    return sharedWords(words, contentWords(labelNamed(r, rule.fixedDate))) / words.size >= 0.6;
  });
}

/** A card's own name for what is due: its words just before its date. */
function labelNamed(r: Requirement, iso: string | undefined): string {
  const q = r.quote.clean ?? r.quote.text;
  const d = findDates(q).find((x) => x.iso === iso);
  return d === undefined ? '' : labelOf(q, { start: d.start, end: d.end, clauseStart: 0 });
}

/** Within a few lines of the card's own words: the same list, not a second telling. */
function near(spans: [number, number][] | undefined, at: number): boolean {
  return (spans ?? []).some(([s, e]) => at >= s - 300 && at < e + 300);
}

/** The act of an earlier timed requirement for the same paper by the same party: two dates for it are a conflict. */
function sameActAs(requirements: Requirement[], act: string, actor: Actor, words: string): string | undefined {
  const doc = findDocument(words)?.key;
  const candidates = requirements.filter((r) => r.rule !== undefined && r.actor === actor && /^(?:file|respond|serve)$/.test(r.kind));
  const byAct = candidates.find((r) => r.act === act);
  if (byAct !== undefined) return byAct.act;
  if (doc === undefined) return undefined;
  return candidates.find((r) => findDocument(r.quote.clean ?? r.quote.text)?.key === doc)?.act;
}

/** "this action may be dismissed for failure to prosecute" -> "the case may be dismissed". */
function plainConsequence(words: string): string {
  const p = plain(words).replace(/\s+for\s+failure\s+to\s+.*$/i, '');
  return p.charAt(0).toLowerCase() + p.slice(1);
}
