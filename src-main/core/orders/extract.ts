/**
 * From cleaned order text to the list of what the order asks: split into sentences and
 * clauses, classify each by rule, then join what belongs together (a run of discovery
 * rules, a signature sentence and its "electronic signatures are acceptable") and fold the
 * closing "IT IS HEREBY ORDERED" list into the earlier text it repeats.
 */
import { analyzeClause, meansOf, type Analysis } from './classify.js';
import { extractCaption, type CaptionFacts } from './caption.js';
import { findDirectives } from './directive.js';
import { capitalize, lowerSameLength, plain, sentence } from './plainWords.js';
import { orderSentences, type Sentence } from './sentences.js';
import { toOriginalSpan } from './spanMap.js';
import { isCourtEvent } from './timePhrase.js';
import { summarize, whyItMatters, type Voice } from './summaries.js';
import type { CleanedText, DeadlineRule, Means, Quote, Requirement } from './types.js';

export interface ExtractOptions {
  /** The side the reader is on (for "you" in summaries). Default: the side the order says is pro se, else plaintiff. */
  you?: 'plaintiff' | 'defendant';
  caption?: CaptionFacts;
}

export interface Extraction {
  requirements: Requirement[];
  electronicSignaturesAllowed: boolean;
  localRules: string[];
  caption: CaptionFacts;
  /** Where each requirement's words are in the cleaned text (its quote and the places it repeats). */
  spans: Map<string, [number, number][]>;
}

interface Found {
  a: Analysis;
  start: number;
  end: number;
  sentence: number;
  extraQuotes: { start: number; end: number }[];
  id?: string;
  relatedTo?: string[];
}

function isHeading(s: string): boolean {
  const letters = s.replace(/[^A-Za-z]/g, '');
  if (letters.length === 0) return true;
  const upper = letters.replace(/[^A-Z]/g, '').length / letters.length;
  return upper > 0.7 && !/\b(?:SHALL|MUST|WILL|WARNED|ORDERED\s+TO|DIRECTED)\b/.test(s);
}

function normalize(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

function similar(a: string, b: string): boolean {
  const x = new Set(normalize(a).split(' '));
  const y = new Set(normalize(b).split(' '));
  if (x.size === 0 || y.size === 0) return false;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return common / Math.max(x.size, y.size) >= 0.8;
}

/** Split "X is stayed ..., and the opposing party is relieved ..." into its clauses when they ask different things. */
function clauses(text: string, start: number, end: number): [number, number][] {
  const seg = text.slice(start, end);
  const lc = lowerSameLength(seg);
  const cuts: number[] = [];
  // "..., the parties shall each file a consent ... and defendant shall file an affidavit": two parties, two duties.
  const re = /;\s+(?:and\s+)?|,\s+(?:and|but|while|whereas)\s+|\s+and\s+(?=(?:the\s+)?(?:plaintiffs?|defendants?|defense\s+counsel|the\s+parties|government|respondents?|petitioners?)\s+(?:shall|must|will|is\s+to|are\s+to)\b)/g;
  for (let m = re.exec(lc); m !== null; m = re.exec(lc)) {
    const right = lc.slice(m.index + m[0].length);
    const d = findDirectives(right)[0];
    const ownSubject = (d !== undefined && d.subject.trim().length > 1 && d.index < 120) || /^(?:the\s+|all\s+|each\s+|any\s+|a\s+|an\s+|no\s+)?[a-z'-]+(?:\s+[a-z'-]+){0,6}?\s+(?:is|are)\s+(?:hereby\s+|not\s+)?[a-z]+ed\b/.test(right);
    if (ownSubject) cuts.push(m.index, m.index + m[0].length);
  }
  if (cuts.length === 0) return [[start, end]];
  const out: [number, number][] = [];
  let from = 0;
  for (let i = 0; i < cuts.length; i += 2) {
    out.push([start + from, start + cuts[i]]);
    from = cuts[i + 1];
  }
  out.push([start + from, end]);
  return out;
}

function sameRule(a: DeadlineRule | undefined, b: DeadlineRule | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.trigger === b.trigger && a.days === b.days && a.months === b.months && a.fixedDate === b.fixedDate && (a.direction ?? 'after') === (b.direction ?? 'after');
}

function actorsFit(a: Analysis, b: Analysis): boolean {
  return a.actor === b.actor || a.actor === 'unknown' || b.actor === 'unknown';
}

const PLAIN_ITEM: [RegExp, string][] = [
  [/^a\s+(?:short\s+|brief\s+)?statement\s+that\s+/i, 'Say that '],
  [/^a\s+(?:short\s+|brief\s+)?statement\s+explaining\s+/i, 'Explain '],
  [/^a\s+(?:short\s+|brief\s+)?statement\s+referring\s+the\s+court\s+to\s+/i, 'Point the court to '],
  [/^a\s+(?:short\s+|brief\s+)?statement\s+(?:describing|of)\s+/i, 'Describe '],
  [/^a\s+(?:short\s+|brief\s+)?statement\s+identifying\s+/i, 'Name '],
  [/^a\s+(?:short\s+|brief\s+)?statement\s+listing\s+/i, 'List '],
];

/** A list item ("a statement explaining whether ...") as a plain instruction ("Explain whether ..."). */
export function plainItem(raw: string): string {
  let t = plain(raw).replace(/,?\s+including\s+/i, ', and give ');
  const cond = /^(if\s+[^,]+,\s*)(.*)$/i.exec(t);
  const head = cond === null ? '' : cond[1];
  let body = cond === null ? t : cond[2];
  for (const [re, to] of PLAIN_ITEM) {
    if (re.test(body)) {
      body = body.replace(re, to);
      break;
    }
  }
  t = head === '' ? body : `${head}${body.charAt(0).toLowerCase()}${body.slice(1)}`;
  return sentence(capitalize(t));
}

function quoteOf(cleaned: CleanedText, start: number, end: number): Quote {
  const span = toOriginalSpan(cleaned.map, start, end, cleaned.original.length);
  return { start: span.start, end: span.end, text: cleaned.original.slice(span.start, span.end), clean: cleaned.text.slice(start, end).replace(/\s+/g, ' ').trim() };
}

export function voiceFor(caption: CaptionFacts, text: string, options: ExtractOptions, goodFaith: boolean): Voice {
  const defs = caption.defendants.join(' ');
  return {
    you: options.you ?? caption.proSe ?? 'plaintiff',
    defendantsPlural: /\bet al\b/i.test(defs) || caption.defendants.length > 1 || /\bDefendants\b/.test(text),
    plaintiffsPlural: caption.plaintiffs.length > 1 || (/\bPlaintiffs\b/.test(text) && !/\bPlaintiff\b/.test(text)),
    goodFaith,
    prisoner: caption.prisoner.isPrisoner,
  };
}

/** Every requirement in a cleaned order, in the order's own sequence. */
export function extractRequirements(cleaned: CleanedText, options: ExtractOptions = {}): Extraction {
  const text = cleaned.text;
  const caption = options.caption ?? extractCaption(text, cleaned.original);
  const ctx = caption.motion?.by !== undefined ? { movant: caption.motion.by } : {};
  const sentences = orderSentences(text);
  const found: Found[] = [];
  let previous = '';
  const meansSeen: Means[] = [];
  let goodFaith = false;

  // Every sentence is read, the docket summary and caption block above the body included: a
  // clerk's summary often holds the only copy of a deadline. Caption lines ask nothing, so the
  // clause rules pass over them.
  sentences.forEach((s: Sentence, index) => {
    let start = s.bodyStart;
    while (start < s.end && /\s/.test(text[start])) start++;
    const body = text.slice(start, s.end);
    if (body.length < 8 || isHeading(body)) return;
    if (/^(?:dated?|date|signed)\s*:|\/s\/|^it\s+is\s+so\s+ordered\b|^see\s|^\(?(?:ecf|dkt|doc)\b/i.test(body)) return;
    if (similar(body, previous) && body.length > 20) return;
    previous = body;
    const lc = body.toLowerCase();
    if (/\bgood[- ]faith\b/.test(lc) && /\b(?:meet|met|confer|conference|discovery)\b/.test(lc)) goodFaith = true;
    if (/\b(?:meet|met|confer|conferred|conference|contact)\b/.test(lc)) for (const m of meansOf(lc)) if (!meansSeen.includes(m)) meansSeen.push(m);
    if (s.items !== undefined) {
      const introEnd = s.items[0]?.start ?? s.end;
      const items = s.items.map((it) => ({ label: it.label, text: plainItem(text.slice(it.start, it.end)) }));
      for (const it of s.items) {
        const t = text.slice(it.start, it.end).toLowerCase();
        if (/\b(?:met|meet|confer|conferred|conference)\b/.test(t)) for (const m of meansOf(t)) if (!meansSeen.includes(m)) meansSeen.push(m);
        if (/\bgood[- ]faith\b/.test(t)) goodFaith = true;
      }
      const a = analyzeClause({ text: text.slice(start, introEnd), items, ctx });
      if (a !== null) found.push({ a, start, end: s.end, sentence: index, extraQuotes: [] });
      return;
    }
    const parts = clauses(text, start, s.end);
    let chosen: [number, number, Analysis][] = [];
    const whole = analyzeClause({ text: body, ctx });
    if (parts.length > 1) {
      const each = parts.map(([cs, ce]) => [cs, ce, analyzeClause({ text: text.slice(cs, ce), ctx })] as const);
      // "On or before 02/22/2016, the parties shall ... and defendant shall ...": the leading date governs both.
      const leading = each[0]?.[2]?.rule;
      if (leading !== undefined && /^\s*(?:on\s+or\s+before|by|no\s+later\s+than|within)\b/i.test(text.slice(parts[0]![0], parts[0]![1]))) {
        for (const e of each) if (e[2] !== null && e[2].rule === undefined) e[2].rule = { ...leading };
      }
      const found = each.filter((e): e is readonly [number, number, Analysis] => e[2] !== null);
      const kinds = new Set(found.map((e) => e[2].kind));
      // Two commands in one sentence ("Any opposition ... within 21 days; any reply within 7 days"): keep both.
      const distinct = new Set(found.map((e) => `${e[2].kind}|${e[2].act}|${JSON.stringify(e[2].rule ?? null)}`));
      const bothTimed = found.filter((e) => e[2].rule !== undefined).length > 1;
      if (kinds.size > 1 || (bothTimed && distinct.size > 1)) chosen = found.map((e) => [e[0], e[1], e[2]]);
    }
    if (chosen.length === 0 && whole !== null) chosen = [[start, s.end, whole]];
    for (const [cs, ce, a] of chosen) found.push({ a, start: cs, end: ce, sentence: index, extraQuotes: [] });
  });

  // Join neighbours that are one requirement told in two sentences.
  const joined: Found[] = [];
  for (const f of found) {
    const prev = joined[joined.length - 1];
    if (prev !== undefined && f.sentence - prev.sentence <= 1) {
      const a = prev.a;
      const b = f.a;
      const both = (k: string) => a.kind === k && b.kind === k;
      if (both('conduct')) {
        a.points = [...(a.points ?? []), ...(b.points ?? [])].filter((p, i, xs) => xs.findIndex((q) => q.text === p.text) === i).map((p, i) => ({ label: String(i + 1), text: p.text }));
        a.goodFaith = a.goodFaith || b.goodFaith;
        prev.end = f.end;
        prev.sentence = f.sentence;
        continue;
      }
      if (both('signature') && (a.doc === undefined || b.doc === undefined || a.doc.key === b.doc.key)) {
        a.electronicSignatures = a.electronicSignatures || b.electronicSignatures;
        a.doc ??= b.doc;
        if (a.actor === 'unknown') a.actor = b.actor;
        prev.end = f.end;
        prev.sentence = f.sentence;
        continue;
      }
      if (both('respond') && actorsFit(a, b) && (a.rule === undefined || b.rule === undefined) && (a.act === b.act || a.act === 'respond' || b.act === 'respond')) {
        a.rule ??= b.rule;
        if (a.act === 'respond') a.act = b.act;
        a.text = `${a.text} ${b.text}`;
        prev.end = f.end;
        prev.sentence = f.sentence;
        continue;
      }
    }
    joined.push(f);
  }

  // Fold repeats (the closing numbered list) into the first statement, unless they add a deadline.
  const kept: Found[] = [];
  const counters = new Map<string, number>();
  const idOf = (f: Found) => {
    if (f.id === undefined) {
      const n = (counters.get(f.a.kind) ?? 0) + 1;
      counters.set(f.a.kind, n);
      f.id = `${f.a.kind}-${n}`;
    }
    return f.id;
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
    if (earlier.length > 0) f.relatedTo = earlier.map(idOf);
    idOf(f);
    kept.push(f);
  }

  // "14 days before the status conference": take the conference's date from where the order sets it.
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

  const voice = voiceFor(caption, text, options, goodFaith);
  const contactMeans = kept.find((k) => k.a.kind === 'contact')?.a.means ?? [];
  const requirements: Requirement[] = [];
  const spans = new Map<string, [number, number][]>();
  for (const f of kept) {
    const a = f.a;
    if (a.kind === 'meet-and-confer' && (a.means === undefined || a.means.length === 0)) {
      const m = [...new Set([...contactMeans, ...meansSeen])].filter((x) => x !== 'letter' && x !== 'email');
      if (m.length > 0) a.means = m;
    }
    if (a.kind === 'meet-and-confer' && goodFaith) a.goodFaith = true;
    const r: Requirement = {
      id: idOf(f),
      kind: a.kind,
      actor: a.actor,
      act: a.act,
      summary: summarize(a, voice),
      explanation: whyItMatters(a, voice),
      quote: quoteOf(cleaned, f.start, f.end),
    };
    if (a.rule !== undefined) r.rule = a.rule;
    if (a.points !== undefined && a.points.length > 0) r.items = a.points;
    if (a.means !== undefined && a.means.length > 0 && (a.kind === 'contact' || a.kind === 'meet-and-confer')) r.means = a.means;
    if (a.optional) r.optional = true;
    if (f.extraQuotes.length > 0) r.alsoQuoted = f.extraQuotes.map((q) => quoteOf(cleaned, q.start, q.end));
    if (f.relatedTo !== undefined) r.relatedTo = f.relatedTo;
    spans.set(r.id, [[f.start, f.end], ...f.extraQuotes.map((q): [number, number] => [q.start, q.end])]);
    requirements.push(r);
  }
  return {
    requirements,
    electronicSignaturesAllowed: kept.some((k) => k.a.electronicSignatures === true),
    localRules: caption.localRules,
    caption,
    spans,
  };
}
