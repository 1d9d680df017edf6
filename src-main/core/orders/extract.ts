/**
 * From cleaned order text to the list of what the order asks: split into sentences and
 * clauses, classify each by rule, then join what belongs together (a run of discovery
 * rules, a signature sentence and its "electronic signatures are acceptable") and fold the
 * closing "IT IS HEREBY ORDERED" list into the earlier text it repeats.
 */
import { analyzeClause, meansOf, type Analysis } from './classify.js';
import { extractCaption, type CaptionFacts } from './caption.js';
import { findDirectives } from './directive.js';
import { foldRepeats, joinNeighbours, linkEventDates, similar, type Found, type Kept } from './extractJoin.js';
import { capitalize, lowerSameLength, plain, sentence } from './plainWords.js';
import { orderSentences, type Sentence } from './sentences.js';
import { toOriginalSpan } from './spanMap.js';
import { summarize, whyItMatters, type Voice } from './summaries.js';
import { actorContextFor, type ActorContext } from './actors.js';
import type { CleanedText, Means, Quote, Requirement } from './types.js';

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

function isHeading(s: string): boolean {
  const letters = s.replace(/[^A-Za-z]/g, '');
  if (letters.length === 0) return true;
  const upper = letters.replace(/[^A-Z]/g, '').length / letters.length;
  return upper > 0.7 && !/\b(?:SHALL|MUST|WILL|WARNED|ORDERED\s+TO|DIRECTED)\b/.test(s);
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

/** What the sentence pass learns besides the requirements: how the order says to talk, and whether it asks for good faith. */
interface SentenceFindings {
  found: Found[];
  meansSeen: Means[];
  goodFaith: boolean;
}

function addMeans(seen: Means[], lc: string): void {
  for (const m of meansOf(lc)) if (!seen.includes(m)) seen.push(m);
}

/** The clauses of one sentence that ask something: one, or several when they ask different things. */
function readClauses(text: string, start: number, end: number, ctx: ActorContext): [number, number, Analysis][] {
  const parts = clauses(text, start, end);
  const whole = analyzeClause({ text: text.slice(start, end), ctx });
  if (parts.length > 1) {
    const each = parts.map(([cs, ce]) => [cs, ce, analyzeClause({ text: text.slice(cs, ce), ctx })] as const);
    // "On or before 02/22/2016, the parties shall ... and defendant shall ...": the leading date governs both.
    const leading = each[0]?.[2]?.rule;
    if (leading !== undefined && /^\s*(?:on\s+or\s+before|by|no\s+later\s+than|within)\b/i.test(text.slice(parts[0][0], parts[0][1]))) {
      for (const e of each) if (e[2] !== null && e[2].rule === undefined) e[2].rule = { ...leading };
    }
    const found = each.filter((e): e is readonly [number, number, Analysis] => e[2] !== null);
    const kinds = new Set(found.map((e) => e[2].kind));
    // Two commands in one sentence ("Any opposition ... within 21 days; any reply within 7 days"): keep both.
    const distinct = new Set(found.map((e) => `${e[2].kind}|${e[2].act}|${JSON.stringify(e[2].rule ?? null)}`));
    const bothTimed = found.filter((e) => e[2].rule !== undefined).length > 1;
    if (kinds.size > 1 || (bothTimed && distinct.size > 1)) return found.map((e) => [e[0], e[1], e[2]]);
  }
  return whole !== null ? [[start, end, whole]] : [];
}

/**
 * Every sentence is read, the docket summary and caption block above the body included: a
 * clerk's summary often holds the only copy of a deadline. Caption lines ask nothing, so the
 * clause rules pass over them.
 */
function readSentences(text: string, ctx: ActorContext): SentenceFindings {
  const out: SentenceFindings = { found: [], meansSeen: [], goodFaith: false };
  let previous = '';
  orderSentences(text).forEach((s: Sentence, index) => {
    let start = s.bodyStart;
    while (start < s.end && /\s/.test(text[start])) start++;
    const body = text.slice(start, s.end);
    if (body.length < 8 || isHeading(body)) return;
    if (/^(?:dated?|date|signed)\s*:|\/s\/|^it\s+is\s+so\s+ordered\b|^see\s|^\(?(?:ecf|dkt|doc)\b/i.test(body)) return;
    if (similar(body, previous) && body.length > 20) return;
    previous = body;
    const lc = body.toLowerCase();
    if (/\bgood[- ]faith\b/.test(lc) && /\b(?:meet|met|confer|conference|discovery)\b/.test(lc)) out.goodFaith = true;
    if (/\b(?:meet|met|confer|conferred|conference|contact)\b/.test(lc)) addMeans(out.meansSeen, lc);
    if (s.items !== undefined) {
      const introEnd = s.items[0]?.start ?? s.end;
      const items = s.items.map((it) => ({ label: it.label, text: plainItem(text.slice(it.start, it.end)) }));
      for (const it of s.items) {
        const t = text.slice(it.start, it.end).toLowerCase();
        if (/\b(?:met|meet|confer|conferred|conference)\b/.test(t)) addMeans(out.meansSeen, t);
        if (/\bgood[- ]faith\b/.test(t)) out.goodFaith = true;
      }
      const a = analyzeClause({ text: text.slice(start, introEnd), items, ctx });
      if (a !== null) out.found.push({ a, start, end: s.end, sentence: index, extraQuotes: [] });
      return;
    }
    for (const [cs, ce, a] of readClauses(text, start, s.end, ctx)) out.found.push({ a, start: cs, end: ce, sentence: index, extraQuotes: [] });
  });
  return out;
}

/** A kept finding as the requirement the app shows, with its summary in the reader's voice. */
function toRequirement(f: Kept, cleaned: CleanedText, voice: Voice): Requirement {
  const a = f.a;
  const r: Requirement = {
    id: f.id,
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
  return r;
}

/** Every requirement in a cleaned order, in the order's own sequence. */
export function extractRequirements(cleaned: CleanedText, options: ExtractOptions = {}): Extraction {
  const text = cleaned.text;
  const caption = options.caption ?? extractCaption(text, cleaned.original);
  const ctx = actorContextFor(caption, text);
  const { found, meansSeen, goodFaith } = readSentences(text, ctx);
  const kept = foldRepeats(joinNeighbours(found));
  linkEventDates(kept);

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
    requirements.push(toRequirement(f, cleaned, voice));
    spans.set(f.id, [[f.start, f.end], ...f.extraQuotes.map((q): [number, number] => [q.start, q.end])]);
  }
  return {
    requirements,
    electronicSignaturesAllowed: kept.some((k) => k.a.electronicSignatures === true),
    localRules: caption.localRules,
    caption,
    spans,
  };
}
