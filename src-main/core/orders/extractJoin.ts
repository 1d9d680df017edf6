/**
 * The steps after each sentence is read: join neighbours that are one requirement told in two
 * sentences, fold repeats (the closing "IT IS HEREBY ORDERED" list) into the first statement,
 * and give a count-back ("14 days before the status conference") the date the order sets.
 */
import type { Analysis } from './classify.js';
import { isCourtEvent } from './timePhrase.js';
import type { DeadlineRule } from './types.js';

/** A requirement as read from the text, with where its words are. */
export interface Found {
  a: Analysis;
  start: number;
  end: number;
  sentence: number;
  extraQuotes: { start: number; end: number }[];
  relatedTo?: string[];
}

/** A requirement kept after folding repeats, with its id. */
export interface Kept extends Found {
  id: string;
}

function normalize(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Two texts share at least 80% of their words. */
export function similar(a: string, b: string): boolean {
  const x = new Set(normalize(a).split(' '));
  const y = new Set(normalize(b).split(' '));
  if (x.size === 0 || y.size === 0) return false;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return common / Math.max(x.size, y.size) >= 0.8;
}

function sameRule(a: DeadlineRule | undefined, b: DeadlineRule | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.trigger === b.trigger && a.days === b.days && a.months === b.months && a.fixedDate === b.fixedDate && (a.direction ?? 'after') === (b.direction ?? 'after');
}

function actorsFit(a: Analysis, b: Analysis): boolean {
  return a.actor === b.actor || a.actor === 'unknown' || b.actor === 'unknown';
}

/** Two neighbouring sentences that tell one requirement: join b into a and say so. */
function joinInto(a: Analysis, b: Analysis): boolean {
  const both = (k: string) => a.kind === k && b.kind === k;
  if (both('conduct')) {
    a.points = [...(a.points ?? []), ...(b.points ?? [])].filter((p, i, xs) => xs.findIndex((q) => q.text === p.text) === i).map((p, i) => ({ label: String(i + 1), text: p.text }));
    a.goodFaith = a.goodFaith || b.goodFaith;
    return true;
  }
  if (both('signature') && (a.doc === undefined || b.doc === undefined || a.doc.key === b.doc.key)) {
    a.electronicSignatures = a.electronicSignatures || b.electronicSignatures;
    a.doc ??= b.doc;
    if (a.actor === 'unknown') a.actor = b.actor;
    return true;
  }
  if (both('respond') && actorsFit(a, b) && (a.rule === undefined || b.rule === undefined) && (a.act === b.act || a.act === 'respond' || b.act === 'respond')) {
    a.rule ??= b.rule;
    if (a.act === 'respond') a.act = b.act;
    a.text = `${a.text} ${b.text}`;
    return true;
  }
  return false;
}

/** Join neighbours that are one requirement told in two sentences. */
export function joinNeighbours(found: Found[]): Found[] {
  const joined: Found[] = [];
  for (const f of found) {
    const prev = joined[joined.length - 1];
    if (prev !== undefined && f.sentence - prev.sentence <= 1 && joinInto(prev.a, f.a)) {
      prev.end = f.end;
      prev.sentence = f.sentence;
      continue;
    }
    joined.push(f);
  }
  return joined;
}

/** Fold repeats (the closing numbered list) into the first statement, unless they add a deadline. */
export function foldRepeats(joined: Found[]): Kept[] {
  const kept: Kept[] = [];
  const counters = new Map<string, number>();
  const nextId = (kind: string): string => {
    const n = (counters.get(kind) ?? 0) + 1;
    counters.set(kind, n);
    return `${kind}-${n}`;
  };
  for (const f of joined) {
    // An act that names no paper ("file:document") says too little to call two sentences the same duty: their words must match too.
    const loose = f.a.kind === 'warning' || f.a.kind === 'other' || f.a.kind === 'conduct' || f.a.kind === 'contents' || /:document$|^respond$/.test(f.a.act);
    const earlier = kept.filter((k) => k.a.kind === f.a.kind && k.a.act === f.a.act && actorsFit(k.a, f.a) && (!loose || similar(k.a.text, f.a.text)));
    const same = earlier.find((k) => sameRule(k.a.rule, f.a.rule) || f.a.rule === undefined);
    if (same !== undefined) {
      same.extraQuotes.push({ start: f.start, end: f.end });
      if (same.a.actor === 'unknown') same.a.actor = f.a.actor;
      if (f.a.means !== undefined) same.a.means = [...new Set([...(same.a.means ?? []), ...f.a.means])];
      continue;
    }
    // Said first without a date ("the court will order plaintiff to show cause"), then with one
    // ("Plaintiff is ordered to show cause within 14 days"): one card, quoting the dated words first.
    const undated = f.a.rule !== undefined ? earlier.find((k) => k.a.rule === undefined) : undefined;
    if (undated !== undefined) {
      const first = { start: undated.start, end: undated.end };
      Object.assign(undated, { a: { ...f.a, actor: f.a.actor === 'unknown' ? undated.a.actor : f.a.actor }, start: f.start, end: f.end, sentence: f.sentence });
      undated.extraQuotes.push(first, ...f.extraQuotes);
      continue;
    }
    const relatedTo = earlier.length > 0 ? earlier.map((k) => k.id) : undefined;
    kept.push({ ...f, ...(relatedTo !== undefined ? { relatedTo } : {}), id: nextId(f.a.kind) });
  }
  return kept;
}

/** "14 days before the status conference": take the conference's date from where the order sets it. */
export function linkEventDates(kept: Kept[]): void {
  const events = kept.filter((k) => k.a.act.startsWith('court:event:') && k.a.rule?.fixedDate !== undefined);
  for (const k of kept) {
    const r = k.a.rule;
    if (r === undefined || r.trigger !== 'conference' || !isCourtEvent(r.triggerWords) || r.triggerDate !== undefined) continue;
    const words = r.triggerWords.toLowerCase();
    const match = events.filter((e) => words.includes((e.a.event ?? '').toLowerCase().replace(/\s+/g, ' ')));
    const only = match.length === 1 ? match[0] : events.length === 1 && /\bhearing\b/.test(words) ? events[0] : undefined;
    if (only?.a.rule?.fixedDate !== undefined) {
      r.triggerDate = only.a.rule.fixedDate;
      if (only.a.rule.time !== undefined) r.time = only.a.rule.time;
    }
  }
}
