/**
 * What the assemble steps share: the cleaned text, every date mention with its role, the
 * requirements found so far with the words each covers, and which mentions are already used.
 */
import { actorContextFor, actorOf, type ActorContext } from '../actors.js';
import { sideByNature } from './byNature.js';
import { isCourtEvent } from '../timePhrase.js';
import type { CaptionFacts } from '../caption.js';
import type { DateMention } from '../dateRoles.js';
import { toOriginalSpan } from '../spanMap.js';
import type { Voice } from '../summaries.js';
import type { Actor, CleanedText, DeadlineRule, IsoDate, Quote, Requirement } from '../types.js';

export interface AssembleContext {
  cleaned: CleanedText;
  text: string;
  caption: CaptionFacts;
  voice: Voice;
  /** A criminal docket: "the Government" is the plaintiff there. */
  criminal: boolean;
  mentions: DateMention[];
  /** Indexes of mentions a requirement already accounts for. */
  used: Set<number>;
  /** The clause rules' requirements, then the ones this stage adds (with where they start). */
  requirements: Requirement[];
  added: { at: number; r: Requirement }[];
  /** Cleaned-text spans of each requirement's words. */
  spans: Map<string, [number, number][]>;
  /** Court-event cards whose only date turned out to be an old one: the appearance or the other-dates line says it all. */
  dropped: Set<string>;
  /** Names the order gives a court event ('(the "Conference")'). */
  eventTerms: string[];
  /** The order never asks the parties to confer, or never calls their meeting a "conference", so its "conference" is the court's. */
  conferenceIsCourts: boolean;
  /** Who moved, and the parties' names, for reading who a sentence names. */
  actors: ActorContext;
  nextId(kind: string): string;
}

export const LIVE = new Set(['deadline', 'appearance']);
/** Kinds of card the clause rules word well enough to reuse for an added date or period. */
export const DUTY_KINDS = /^(?:file|serve|respond|contact|meet-and-confer|other|signature)$/;
/** The parties' own meeting called a conference ("Rule 26(f) conference", "conference of the parties"). */
const PARTIES_CONFERENCE =
  /\b26\s*\(\s*f\s*\)\s*(?:planning\s+|discovery\s+)?conference|\bconference\s+(?:of|between|among)\s+(?:the\s+)?(?:parties|counsel)|\b(?:parties|counsel)['’]?\s+(?:shall\s+|must\s+|will\s+)?(?:hold|have|conduct|schedule)\s+(?:a|an|the)\s+[^.;]{0,30}?conference|\bplanning\s+conference|\bmeet[- ]and[- ]confer\s+conference|\bconference\s+call\s+(?:between|among)/i;
const CRIMINAL = /\b(?:AUSA|indictment|sentenc\w*|arraignment|plea\s+of\s+(?:not\s+)?guilty|supervised\s+release|U\.S\.\s+Attorney|as\s+to\s+(?:defendant\s+)?[A-Z][a-z]+\s+[A-Z])/;

export function newContext(cleaned: CleanedText, found: Requirement[], spans: Map<string, [number, number][]>, caption: CaptionFacts, voice: Voice, mentions: DateMention[]): AssembleContext {
  const counters = new Map<string, number>();
  for (const r of found) {
    const [kind, n] = r.id.split(/-(?=\d+$)/);
    counters.set(kind ?? r.kind, Math.max(counters.get(kind ?? r.kind) ?? 0, Number(n)));
  }
  return {
    cleaned,
    text: cleaned.text,
    caption,
    voice,
    criminal: CRIMINAL.test(cleaned.text),
    mentions,
    used: new Set(),
    requirements: found.map((r) => ({ ...r })),
    added: [],
    spans,
    dropped: new Set(),
    eventTerms: definedEventTerms(cleaned.text),
    conferenceIsCourts: !/\bmeet\s+and\s+confer|\bconfer(?:red|ring)?\b|\bmeet-and-confer\b/i.test(cleaned.text) || !PARTIES_CONFERENCE.test(cleaned.text),
    actors: actorContextFor(caption, cleaned.text),
    nextId(kind) {
      const n = (counters.get(kind) ?? 0) + 1;
      counters.set(kind, n);
      return `${kind}-${n}`;
    },
  };
}

/** Every requirement so far, found and added. */
export function allOf(ctx: AssembleContext): Requirement[] {
  return [...ctx.requirements, ...ctx.added.map((a) => a.r)];
}

export function addRequirement(ctx: AssembleContext, r: Requirement, start: number, end: number): void {
  ctx.added.push({ at: start, r });
  ctx.spans.set(r.id, [[start, end]]);
}

export function quoteOf(cleaned: CleanedText, start: number, end: number): Quote {
  const span = toOriginalSpan(cleaned.map, start, end, cleaned.original.length);
  return { start: span.start, end: span.end, text: cleaned.original.slice(span.start, span.end), clean: cleaned.text.slice(start, end).replace(/\s+/g, ' ').trim() };
}

export function inside(spans: [number, number][] | undefined, at: number): boolean {
  return (spans ?? []).some(([s, e]) => at >= s && at < e);
}

export function ruleDates(rule: DeadlineRule | undefined): IsoDate[] {
  if (rule === undefined) return [];
  return [rule.fixedDate, rule.triggerDate].filter((d): d is IsoDate => d !== undefined);
}

export function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'date';
}

/** Who a dated line is for, from its own words: the clause's subject, or everyone when it names no one. */
export function dutyActor(clause: string, criminal: boolean, actors: ActorContext = {}): Actor {
  const modal = /\b(?:shall|must|will|is\s+to|are\s+to|to\s+(?:file|serve|submit|respond|notify|provide))\b/i.exec(clause);
  const subject = modal === null ? '' : clause.slice(Math.max(0, modal.index - 80), modal.index).split(/,/).pop() ?? '';
  const lc = (subject.trim() === '' ? clause : subject).toLowerCase();
  if (criminal && /\b(?:gov(?:ernmen)?t|usa|united states|the prosecution)\b/.test(lc)) return 'plaintiff';
  if (/\b(?:dft|deft|defense)\b/.test(lc)) return 'defendant';
  // "... is GRANTED and Plaintiff's Reply ... is due on or before": the paper's owner files it.
  const last = lc.split(/[;,]|\band\b|\bthat\b/).pop() ?? lc;
  for (const part of [lc, last]) {
    const owner = /^\s*(?:the\s+)?([a-z'’-]+?)(?:'s|s'|’s|')\s/.exec(part);
    const whose = owner === null ? 'unknown' : actorOf(owner[1].replace(/^(plaintiff|defendant|petitioner|respondent)$/, '$1s'), actors);
    if (whose !== 'unknown' && whose !== 'court') return whose;
  }
  // "guardian ad litem advise this Court whether …": the court there is told, it does not act.
  const who = actorOf(lc.replace(COURT_TOLD, ' '), actors);
  // A judge's name in the line ("… before Senior Judge Kopf") does not make a date the court's: the court sets dates, the parties meet them.
  if (who !== 'unknown' && who !== 'court') return who;
  return sideByNature(lc) ?? 'all-parties';
}

const COURT_TOLD = /\b(?:advise|notify|inform|tell|apprise|provide|show|report\s+to|file\s+with|submit\s+to|send\s+to|mail\s+to|return\s+to)\s+(?:to\s+)?(?:the|this)\s+(?:court|clerk)(?:\s+of\s+(?:the\s+)?court)?\b/g;

/** The sentence around a span (a period's words and what it governs). */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  const before = text.slice(Math.max(0, start - 300), start);
  const cut = /[.!?;](?<!\b(?:[ap]\.m|No|Mr|Ms|Dr|v|Nos|U\.S|Fed|Civ|R|P)\.)\s+(?=[A-Z(])|\n\s*\n(?=\s*[A-Z0-9(•*-])/g;
  let s = Math.max(0, start - 300);
  for (let m = cut.exec(before); m !== null; m = cut.exec(before)) s = Math.max(0, start - 300) + m.index + m[0].length;
  const after = text.slice(end, end + 300);
  const r = /[.!?;](?<!\b(?:[ap]\.m|No|Mr|Ms|Dr|v|Nos|U\.S|Fed|Civ|R|P)\.)(?:\s+(?=[A-Z(])|\s*$)|\n\s*\n(?=\s*[A-Z0-9(•*-])/.exec(after);
  return [s, r === null ? Math.min(text.length, end + 300) : end + r.index + 1];
}

/** Names the order gives a court event: 'a Case Management Conference (the "Conference")' -> "Conference". */
function definedEventTerms(text: string): string[] {
  const out: string[] = [];
  const re = /\(\s*(?:the\s+)?["“]([A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,2})["”]\s*\)/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 80), m.index);
    if (isCourtEvent(before) || /\b(?:conference|hearing|trial)\s*$/i.test(before)) out.push(m[1]);
  }
  return out;
}
