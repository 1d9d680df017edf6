/**
 * Stage "assemble": makes sure every date and every period in the order ends up somewhere.
 * The clause rules (extract.ts) find the requirements they understand; this stage then walks
 * every date and period in the text: a live date no requirement accounts for becomes a dated
 * requirement or an appearance, a period no requirement counts becomes a requirement, a date
 * that is no one's deadline now becomes a line under "Other dates in this order" with the reason.
 * A date a requirement took that turns out to be old (changed, already held, before the order)
 * is taken back from it. Nothing is silently dropped.
 */
import { analyzeClause } from './classify.js';
import { type CaptionFacts } from './caption.js';
import { findDateMentions, isRecital, type DateMention, type OtherDateReason } from './dateRoles.js';
import { appearanceSummary, commandInWarning, datedExplanation, datedSummary, easier, otherDateWhy, periodSummary, tooHard } from './datedPhrases.js';
import { findDocument } from './documents.js';
import { plain } from './plainWords.js';
import { findDurations, isoToWords, type Duration } from './numbers.js';
import { toOriginalSpan } from './spanMap.js';
import { summarize, type Voice } from './summaries.js';
import { findDeadline, isCourtEvent } from './timePhrase.js';
import type { Actor, CleanedText, DeadlineRule, IsoDate, Quote, Requirement } from './types.js';
import { actorOf } from './actors.js';

export interface OtherDate {
  date: IsoDate;
  time?: string;
  reason: OtherDateReason;
  /** Why it is not a deadline, in plain words. */
  why: string;
  quote: Quote;
}

export interface Assembled {
  requirements: Requirement[];
  otherDates: OtherDate[];
}

const LIVE = new Set(['deadline', 'appearance']);
const CRIMINAL = /\b(?:AUSA|indictment|sentenc\w*|arraignment|plea\s+of\s+(?:not\s+)?guilty|supervised\s+release|U\.S\.\s+Attorney|as\s+to\s+(?:defendant\s+)?[A-Z][a-z]+\s+[A-Z])/;

function quoteOf(cleaned: CleanedText, start: number, end: number): Quote {
  const span = toOriginalSpan(cleaned.map, start, end, cleaned.original.length);
  return { start: span.start, end: span.end, text: cleaned.original.slice(span.start, span.end), clean: cleaned.text.slice(start, end).replace(/\s+/g, ' ').trim() };
}

function inside(spans: [number, number][] | undefined, at: number): boolean {
  return (spans ?? []).some(([s, e]) => at >= s && at < e);
}

function ruleDates(rule: DeadlineRule | undefined): IsoDate[] {
  if (rule === undefined) return [];
  return [rule.fixedDate, rule.triggerDate].filter((d): d is IsoDate => d !== undefined);
}

/** Who a dated line is for, from its own words: the clause's subject, or everyone when it names no one. */
function dutyActor(clause: string, criminal: boolean): Actor {
  const modal = /\b(?:shall|must|will|is\s+to|are\s+to|to\s+(?:file|serve|submit|respond|notify|provide))\b/i.exec(clause);
  const subject = modal === null ? '' : clause.slice(Math.max(0, modal.index - 80), modal.index).split(/,/).pop() ?? '';
  const lc = (subject.trim() === '' ? clause : subject).toLowerCase();
  if (criminal && /\b(?:gov(?:ernmen)?t|usa|united states|the prosecution)\b/.test(lc)) return 'plaintiff';
  if (/\b(?:dft|deft|defense)\b/.test(lc)) return 'defendant';
  const who = actorOf(lc);
  if (who === 'unknown') return 'all-parties';
  return who;
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'date';
}

/** Every date and period accounted for: requirements kept, fixed, or added, and the other dates. */
export function assemble(
  cleaned: CleanedText,
  found: Requirement[],
  spans: Map<string, [number, number][]>,
  caption: CaptionFacts,
  voice: Voice,
  orderDate: IsoDate | undefined,
): Assembled {
  const text = cleaned.text;
  const criminal = CRIMINAL.test(text);
  const mentions = findDateMentions(text, orderDate);
  const requirements = found.map((r) => ({ ...r }));
  const used = new Set<number>();
  const counters = new Map<string, number>();
  for (const r of requirements) {
    const [kind, n] = r.id.split(/-(?=\d+$)/);
    counters.set(kind ?? r.kind, Math.max(counters.get(kind ?? r.kind) ?? 0, Number(n)));
  }
  const nextId = (kind: string) => {
    const n = (counters.get(kind) ?? 0) + 1;
    counters.set(kind, n);
    return `${kind}-${n}`;
  };

  // 1. Requirements that took a date: keep it when the date is live here, take it back when not.
  for (const r of requirements) {
    const own = spans.get(r.id);
    const dates = ruleDates(r.rule);
    if (dates.length === 0) continue;
    for (const iso of dates) {
      const i = mentions.findIndex((m, k) => !used.has(k) && m.iso === iso && inside(own, m.start));
      const m = mentions[i];
      if (m === undefined) continue;
      used.add(i);
      if (m.role === 'appearance' && r.kind !== 'appearance' && (r.actor === 'unknown' || r.actor === 'court') && r.rule?.fixedDate === iso) {
        toAppearance(r, m, voice, criminal);
        continue;
      }
      if (LIVE.has(m.role) || m.role === 'mentioned' || r.rule?.fixedDate !== iso) continue;
      // The clause rules read an old date as a deadline: look for a live date in the same words.
      const j = mentions.findIndex((x, k) => !used.has(k) && LIVE.has(x.role) && inside(own, x.start));
      const live = mentions[j];
      used.delete(i);
      if (live !== undefined && r.rule !== undefined) {
        used.add(j);
        r.rule = { ...r.rule, fixedDate: live.iso, triggerWords: text.slice(live.start, live.end) };
        if (live.time !== undefined) r.rule.time = live.time;
        else delete r.rule.time;
      } else {
        delete r.rule;
        r.summary = r.summary.replace(/\s+(?:by|on)\s+[A-Z][a-z]+ \d{1,2}, \d{4}(?:\s+at\s+\d{1,2}:\d{2}\s+[ap]\.m\.)?/, '');
      }
    }
    if (r.act.startsWith('court:event:') && r.rule?.fixedDate !== undefined) toAppearance(r, mentions.find((m) => m.iso === r.rule?.fixedDate && inside(own, m.start)), voice);
  }

  // 1b. "Failure to comply with this order within thirty days will result in dismissal": the
  // period governs every undated thing this order asks of that party.
  for (const r of requirements) {
    if (r.rule?.days === undefined || r.rule.trigger !== 'order-date') continue;
    const words = text.slice(...(spans.get(r.id)?.[0] ?? [0, 0]));
    if (!/\bcomply\s+with\s+this\s+order\s+within\b/i.test(words)) continue;
    for (const other of requirements) {
      if (other === r || other.rule !== undefined || !/^(?:file|serve|respond|other)$/.test(other.kind)) continue;
      if (other.actor !== r.actor && other.actor !== 'unknown' && r.actor !== 'all-parties') continue;
      if (other.actor === 'court') continue;
      other.rule = { ...r.rule, triggerAssumed: false };
      other.summary = `${other.summary.replace(/\.$/, '')}, within ${r.rule.days} days of the order's date (the order says to do all it asks within ${r.rule.days} days).`;
    }
  }

  // 2. Live dates no requirement accounts for become requirements or appearances.
  const added: { at: number; r: Requirement }[] = [];
  mentions.forEach((m, i) => {
    if (used.has(i) || !LIVE.has(m.role)) return;
    const clause = text.slice(m.clauseStart, m.clauseEnd);
    const dup = [...requirements, ...added.map((a) => a.r)].find((r) => r.rule?.fixedDate === m.iso && inside(spans.get(r.id), m.start));
    if (dup !== undefined) {
      used.add(i);
      return;
    }
    used.add(i);
    const rule: DeadlineRule = { trigger: 'fixed-date', triggerWords: text.slice(m.start, m.end), fixedDate: m.iso };
    if (m.time !== undefined) rule.time = m.time;
    // An appearance's quote starts at the event's own name ("Final Pretrial Conference has been continued ... to 02/22/2005").
    const named = m.event === undefined ? -1 : text.slice(m.sentenceStart, m.start).lastIndexOf(m.event);
    const quote = quoteOf(cleaned, m.role === 'appearance' && named >= 0 ? Math.min(m.clauseStart, m.sentenceStart + named) : m.clauseStart, m.clauseEnd);
    if (m.role === 'appearance') {
      // The same court date named twice ("Evidentiary Hearing set for 10/1/2009" after "will be held on 10/1/2009"): one card.
      const same = [...requirements, ...added.map((a) => a.r)].find((r) => r.kind === 'appearance' && r.rule?.fixedDate === m.iso && (m.event === undefined || r.act.includes(slug(m.event)) || sameEvent(r.act, m.event)));
      if (same !== undefined) {
        same.alsoQuoted = [...(same.alsoQuoted ?? []), quote];
        return;
      }
      const r: Requirement = { id: nextId('appearance'), kind: 'appearance', actor: 'all-parties', act: `appear:${slug(m.event ?? 'court')}:${m.iso}`, summary: '', explanation: '', quote, rule };
      toAppearance(r, m, voice, criminal);
      added.push({ at: m.clauseStart, r });
      spans.set(r.id, [[m.clauseStart, m.clauseEnd]]);
      return;
    }
    const ctx = caption.motion?.by !== undefined ? { movant: caption.motion.by } : {};
    // A date inside a warning ("If Plaintiff does not file an opposition on or before ...") is the date for that paper.
    const inWarning = commandInWarning(text.slice(sentenceAround(text, m.start, m.end)[0], m.clauseEnd));
    const a = analyzeClause({ text: inWarning?.command ?? clause, ctx });
    const useful = a !== null && a.actor !== 'unknown' && a.actor !== 'court' && /^(?:file|serve|respond|contact|meet-and-confer|other|signature)$/.test(a.kind);
    const actor = useful ? a.actor : dutyActor(clause.slice(0, m.start - m.clauseStart) || clause, criminal);
    const sameAct = useful ? sameActAs(requirements, a.act, actor, inWarning?.command ?? clause) : undefined;
    const r: Requirement = {
      id: nextId(useful ? a.kind : 'file'),
      kind: useful ? a.kind : 'file',
      actor,
      act: sameAct ?? (useful ? `${a.act}:${m.iso}` : `dated:${m.iso}:${slug(clause)}`),
      summary: useful ? `${summarize({ ...a, rule }, voice)}${inWarning !== null ? ` If not, ${plainConsequence(inWarning.consequence)}.` : ''}` : datedSummary(clause, m, actor, voice),
      explanation: datedExplanation(actor, voice),
      quote,
      rule,
    };
    if (useful && a.optional) r.optional = true;
    added.push({ at: m.clauseStart, r });
    spans.set(r.id, [[m.clauseStart, m.clauseEnd]]);
  });

  // Counts back from a court event ("seven days prior to sentencing") take the event's date when the order sets it.
  const appearances = [...requirements, ...added.map((a) => a.r)].filter((r) => r.kind === 'appearance' && r.rule?.fixedDate !== undefined);
  const terms = definedEventTerms(text);
  for (const r of [...requirements, ...added.map((a) => a.r)]) linkEvent(r.rule, appearances, text.slice(...(spans.get(r.id)?.[0] ?? [0, 0])), terms);

  // 3. Periods no requirement counts: "within 14 days", "48 hours prior to hearing date".
  for (const d of findDurations(text)) {
    const covering = [...requirements, ...added.map((a) => a.r)].find((r) => inside(spans.get(r.id), d.start) && periodMatches(r.rule, d));
    if (covering !== undefined) continue;
    const m = mentions.find((x) => d.start >= x.clauseStart && d.start < x.clauseEnd);
    const [cs, ce] = sentenceAround(text, d.start, d.end);
    const windowStart = Math.max(cs, d.start - 40);
    const rule = findDeadline(text.slice(windowStart, ce));
    if (rule === undefined || !periodMatches(rule, d)) continue;
    if (rule.trigger === 'conference' && rule.triggerDate === undefined && isCourtEvent(rule.triggerWords)) {
      // "48 hours prior to hearing date": the hearing the sentence is about, when the order sets it.
      const event = mentions.find((x) => x.role === 'appearance' && x.start >= cs && x.start < ce + 200 && x.start > d.start) ?? (m?.role === 'appearance' ? m : undefined);
      if (event !== undefined) {
        rule.triggerDate = event.iso;
        if (event.time !== undefined) rule.time = event.time;
      } else linkEvent(rule, appearances, text.slice(cs, ce), terms);
    }
    const clause = text.slice(cs, ce);
    // A period an earlier order set, told as history, is not a new deadline.
    if (isRecital(clause)) continue;
    const a = analyzeClause({ text: clause, ctx: caption.motion?.by !== undefined ? { movant: caption.motion.by } : {} });
    const useful = a !== null && a.actor !== 'unknown' && /^(?:file|serve|respond|contact|meet-and-confer|other|signature)$/.test(a.kind);
    const actor: Actor = useful ? a.actor : dutyActor(clause, criminal);
    const r: Requirement = {
      id: nextId(useful ? a.kind : 'other'),
      kind: useful ? a.kind : 'other',
      actor,
      act: useful ? `${a.act}:period:${d.start}` : `period:${d.start}`,
      summary: useful ? summarize({ ...a, rule }, voice) : periodSummary(clause, rule, actor, voice),
      explanation: datedExplanation(actor, voice),
      quote: quoteOf(cleaned, cs, ce),
      rule,
    };
    if (useful && a.optional) r.optional = true;
    if (!useful) r.unsure = true;
    added.push({ at: cs, r });
    spans.set(r.id, [[cs, ce]]);
  }

  // 4. Every other date, once per date and reason, with why it is no one's deadline now.
  const otherDates: OtherDate[] = [];
  const seen = new Set<string>();
  const accounted = new Set<IsoDate>();
  for (const r of [...requirements, ...added.map((a) => a.r)]) for (const d of ruleDates(r.rule)) accounted.add(d);
  mentions.forEach((m, i) => {
    if (used.has(i)) return;
    if (m.role === 'mentioned' && accounted.has(m.iso)) return;
    const key = `${m.iso}|${m.role}`;
    if (seen.has(key)) return;
    seen.add(key);
    const reason = (LIVE.has(m.role) ? 'mentioned' : m.role) as OtherDateReason;
    const o: OtherDate = { date: m.iso, reason, why: otherDateWhy(reason, m.event), quote: quoteOf(cleaned, m.clauseStart, m.clauseEnd) };
    if (m.time !== undefined) o.time = m.time;
    otherDates.push(o);
  });
  otherDates.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  // Added requirements take their place in the order's own sequence.
  const all = [...requirements.map((r) => ({ at: spans.get(r.id)?.[0]?.[0] ?? 0, r })), ...added];
  all.sort((x, y) => x.at - y.at);
  for (const { r } of all) {
    const own = spans.get(r.id)?.[0];
    // Kinds whose summaries carry the order's own negation and conditions (stays, prohibitions, warnings, conduct) are worded by rule.
    if (own !== undefined && /^(?:file|serve|respond|contact|meet-and-confer|other)$/.test(r.kind) && doubtful(r.summary, text.slice(own[0], own[1]))) markUnsure(r);
    else {
      r.summary = easier(r.summary);
      if (tooHard(r.summary)) markUnsure(r, 'This part is hard to say in plain words.');
    }
  }
  return { requirements: all.map((x) => x.r), otherDates };
}

/** The one appearance whose words the period names ("prior to sentencing" -> the sentencing). */
function linkEvent(rule: DeadlineRule | undefined, appearances: Requirement[], clause: string, terms: string[]): void {
  if (rule === undefined || rule.trigger !== 'conference' || rule.triggerDate !== undefined) return;
  const defined = terms.some((t) => new RegExp(`\\bthe\\s+${t}\\b`).test(rule.triggerWords));
  if (!isCourtEvent(rule.triggerWords) && !defined) return;
  if (defined && !isCourtEvent(rule.triggerWords)) rule.triggerWords = `${rule.triggerWords} (the court's conference)`;
  const words = rule.triggerWords.toLowerCase();
  const lc = clause.toLowerCase();
  const eventOf = (a: Requirement) => (a.act.split(':')[1] ?? '').split('-').filter((w) => w.length > 3 && w !== 'court' && w !== 'judge');
  const named = appearances.filter((a) => eventOf(a).some((w) => words.includes(w.replace(/ing$/, ''))));
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

/** Names the order gives a court event: 'a Case Management Conference (the "Conference")' -> "Conference". */
function definedEventTerms(text: string): string[] {
  const out: string[] = [];
  const re = /\(\s*(?:the\s+)?["“]([A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,2})["”]\s*\)/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    if (isCourtEvent(before) || /\b(?:conference|hearing|trial)\s*$/i.test(before)) out.push(m[1]!);
  }
  return out;
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

/** "this action may be dismissed for failure to prosecute" -> "the case may be dismissed (ended)". */
function plainConsequence(words: string): string {
  const p = plain(words).replace(/\s+for\s+failure\s+to\s+.*$/i, '').replace(/^the\s+court\s+/i, 'the court ');
  return p.charAt(0).toLowerCase() + p.slice(1);
}

/** Two names for one court event: "hearing" in "evidentiary-hearing". */
function sameEvent(act: string, event: string): boolean {
  const words = slug(event).split('-').filter((w) => w.length > 3);
  return words.length > 0 && words.every((w) => act.includes(w));
}

const NEGATION = /\b(?:not|never|cannot|neither|nor)\b|n['’]t\b/i;
const NOT_A_NEGATION = /\b(?:not|no)\s+(?:later|less|more|fewer|earlier|sooner|longer|further|exceed\w*|to\s+exceed|only|before|after)\b|\bwhether\s+or\s+not\b|\bif\s+not\b|\bwhy\b[^.;]{0,120}?\bnot\b/gi;
const NOT_A_DUTY = /^(?:result|lead|constitute|bar|contain|govern|rest|self|specifically|administered|mean|cause|subject)$/i;

/**
 * A summary that may not say what the order says: a "not" in the order's words that the summary
 * lost, or a command whose verb is not a verb ("You must County Sheriff's ..."), or the words
 * of a consequence read as a duty ("You must result in dismissal").
 */
export function doubtful(summary: string, words: string): boolean {
  const orderNegates = NEGATION.test(words.replace(NOT_A_NEGATION, ' '));
  const summaryNegates = /\b(?:not|never|no|don['’]t|doesn['’]t|cannot|none|nothing|without|unless|if)\b|n['’]t\b/i.test(summary);
  if (orderNegates && !summaryNegates) return true;
  // "why this action should not be dismissed" must never come out as "must be dismissed".
  for (const m of words.matchAll(/\b(?:should|shall|must|will|may|can|could|would)\s+not\s+(?:be\s+)?([a-z]+)/gi)) {
    const verb = m[1]!.toLowerCase();
    if (new RegExp(`\\b(?:must|should|will|may|can)\\s+(?:be\\s+)?${verb}\\b`, 'i').test(summary) && !new RegExp(`\\bnot\\s+(?:be\\s+)?${verb}\\b`, 'i').test(summary)) return true;
  }
  // Two conditions run together ("If you have ..., If plaintiff has ...") is a parse gone wrong.
  if ((summary.match(/(?:^|[,.;]\s*)if\b/gi) ?? []).length > 1) return true;
  const duty = /\b(?:must|may|will)\s+(?:not\s+|also\s+)?([A-Za-z']+)/.exec(summary);
  if (duty !== null) {
    const verb = duty[1]!;
    if (NOT_A_DUTY.test(verb) || (/^[A-Z]/.test(verb) && verb !== 'I')) return true;
  }
  return false;
}

function markUnsure(r: Requirement, why = 'We are not sure how to say this part in plain words.'): void {
  r.unsure = true;
  const when = r.rule?.fixedDate !== undefined ? ` It names ${isoToWords(r.rule.fixedDate)}.` : '';
  r.summary = `${why} Please read the order’s own words below.${when}`;
  r.explanation = 'The app could not read this part with confidence. Read the quote carefully, and ask the clerk or a legal help center if it is unclear.';
}

function periodMatches(rule: DeadlineRule | undefined, d: Duration): boolean {
  if (rule === undefined) return false;
  if (d.unit === 'hour') return rule.hours === d.value;
  if (d.unit === 'day') return rule.days === d.value;
  if (d.unit === 'week') return rule.days === d.value * 7;
  if (d.unit === 'month') return rule.months === d.value;
  return rule.months === d.value * 12;
}

/** The sentence around a span (a period's words and what it governs). */
function sentenceAround(text: string, start: number, end: number): [number, number] {
  const before = text.slice(Math.max(0, start - 300), start);
  const cut = /[.!?;](?<!\b(?:[ap]\.m|No|Mr|Ms|Dr|v|Nos|U\.S|Fed|Civ|R|P)\.)\s+(?=[A-Z(])|\n\s*\n/g;
  let s = Math.max(0, start - 300);
  for (let m = cut.exec(before); m !== null; m = cut.exec(before)) s = Math.max(0, start - 300) + m.index + m[0].length;
  const after = text.slice(end, end + 300);
  const r = /[.!?;](?<!\b(?:[ap]\.m|No|Mr|Ms|Dr|v|Nos|U\.S|Fed|Civ|R|P)\.)(?:\s+(?=[A-Z(])|\s*$)|\n\s*\n/.exec(after);
  return [s, r === null ? Math.min(text.length, end + 300) : end + r.index + 1];
}

function toAppearance(r: Requirement, m: DateMention | undefined, voice: Voice, criminal = false): void {
  const event = m?.event ?? (r.act.startsWith('court:event:') ? r.act.replace(/^court:event:/, '').replace(/-/g, ' ') : 'court date');
  r.kind = 'appearance';
  r.actor = criminal && /\b(?:sentenc|arraign|plea|trial|detention|initial appearance|revocation)/i.test(event) ? 'defendant' : 'all-parties';
  r.act = `appear:${slug(event)}:${r.rule?.fixedDate ?? ''}`;
  r.summary = appearanceSummary(event, r.rule, r.actor, voice);
  r.explanation = 'Be there on time. If you cannot come, tell the court before that day in writing, and ask how to take part.';
}
