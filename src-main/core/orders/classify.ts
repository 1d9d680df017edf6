/**
 * Decides what one clause of an order asks: its kind, who must act, the act key used to
 * match repeats and conflicts, and the details the summary needs. Rules look at the
 * command's verb and object and at a few sentence shapes courts use again and again
 * (stays, warnings of sanctions, "no further filings", discovery-conduct reminders).
 */
import { actorOf, type ActorContext } from './actors.js';
import { findDirectives, type Directive } from './directive.js';
import { findDocument, isResponseDoc, type DocRef } from './documents.js';
import { findDates } from './numbers.js';
import { lowerSameLength, plain, sentence } from './plainWords.js';
import { findDeadline } from './timePhrase.js';
import type { Actor, DeadlineRule, Means, RequirementKind } from './types.js';

export interface Analysis {
  kind: RequirementKind;
  actor: Actor;
  act: string;
  optional?: boolean;
  doc?: { key: string; label: string };
  /** Whom the actor must contact, serve or answer. */
  target?: Actor;
  rule?: DeadlineRule;
  means?: Means[];
  /** The clause text as written (cleaned), and the part after the command verb. */
  text: string;
  predicate: string;
  verb: string;
  /** The command was passive ("a Joint Statement shall be filed"); subject is what it is about. */
  passive?: boolean;
  subject?: string;
  /** A leading "If ..." condition, as written. */
  condition?: string;
  /** Plain rules for conduct, page limits, etc. */
  points?: { label: string; text: string }[];
  /** warning: what failing to do, and what may follow. */
  failures?: string;
  consequences?: string[];
  certain?: boolean;
  /** stay / relief / prohibition: what is affected and until when. */
  object?: string;
  until?: string;
  unless?: string;
  electronicSignatures?: boolean;
  goodFaith?: boolean;
  event?: string;
  cancelled?: boolean;
}

const BACKGROUND = [
  /\bunder (?:the|this) court'?s\b[^.]{0,80}\border\b/,
  /\b(?:court'?s|prior|previous|earlier|scheduling|discovery and scheduling)\s+order\s+(?:further\s+|also\s+)?(?:provides|provided|states|stated|required|requires|set|sets|allowed|directs|directed)\b/,
  /\bpreviously\s+(?:ordered|directed|required|granted|set)\b/,
  /^\s*on\s+(?:[a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{2,4})\s*,/,
  /\bvoluntary compliance\b/,
];

const CONSEQUENCES: [RegExp, string][] = [
  [/\bdismiss(?:al|ed)?\b/, 'dismissal'],
  [/\bdefault\b/, 'default'],
  [/\bcontempt\b/, 'contempt'],
  [/\bstrik(?:e|ing)\b|\bstricken\b/, 'striking'],
  [/\bwaive[rd]?\b|\bwaiver\b/, 'waiver'],
  [/\bsanctions?\b/, 'sanctions'],
  [/\bmonetary\b|\bfines?\b/, 'fines'],
  [/\bexclu(?:de|ded|sion)\b/, 'exclusion'],
  [/\badverse\b/, 'adverse'],
];
const FAIL = /\b(?:fail(?:s|ure|ing|ed)?\s+to|does\s+not|do\s+not|did\s+not|untimely|non-?compliance|refus(?:e|es|al|ing)\s+to)\b/;
const WARN_WORDS = new Set(['warned', 'cautioned', 'admonished', 'notified']);

const CONDUCT_RULES: [RegExp, (lc: string) => string][] = [
  [/\bgood[- ]faith\b/, () => 'Act in good faith: be honest and really try to solve the problem.'],
  [
    /\b(?:complete|accurate|truthful|full)\b[^.;]{0,50}\b(?:responses?|answers?)\b/,
    (lc) => {
      const adj = ['complete', 'accurate', 'truthful', 'full'].filter((a) => new RegExp(`\\b${a}\\b`).test(lc));
      return `Discovery answers must be ${adj.length > 1 ? `${adj.slice(0, -1).join(', ')}${adj.length > 2 ? ',' : ''} and ${adj[adj.length - 1]}` : adj[0] ?? 'complete'}.`;
    },
  ],
  [
    /\b(?:false|incomplete|evasive|misleading)\b[^.;]{0,40}\b(?:responses?|answers?)\b/,
    (lc) => `False or incomplete answers break the rules${/sanction/.test(lc) ? ' and can lead to penalties (sanctions)' : ''}.`,
  ],
  [/\bboilerplate\b/, (lc) => `Do not use general, copy-and-paste objections ("boilerplate").${/overrul|reject|not be tolerated/.test(lc) ? ' The court will reject them.' : ''}`],
  [/\bobjections?\b[^.;]{0,60}\b(?:waived|specific|particular)/, () => 'Each objection must be specific. General objections may count as given up (waived).'],
  [/\bprivileges?\b[^.;]{0,60}\b(?:narrow|disfavor)/, () => 'Claims that something is privileged (protected by law) are read narrowly and are usually not favored.'],
  [
    /\b(?:not\s+(?:properly\s+|timely\s+)?disclosed|fail(?:s|ure)?\s+to\s+disclose|undisclosed)\b[^.;]{0,80}\bexclu/,
    () => 'Information that was not properly shared may not be allowed at a hearing, motion, or trial.',
  ],
  [
    /\b(?:mere|merely|simple|only)\b[^.;]{0,40}\b(?:exchange|letters?|e-?mails?|correspondence)\b|\bdoes\s+not\s+(?:satisfy|count|suffice|meet)\b|\b(?:is|are)\s+(?:not\s+sufficient|insufficient)\b/,
    () => 'Only sending letters or emails back and forth does not count. You have to actually talk.',
  ],
];
const CONDUCT_TOPIC = /\b(?:responses?|objections?|privileges?|disclos\w*|boilerplate|good[- ]faith)\b/;

const MEANS_RULES: [RegExp, Means][] = [
  [/\b(?:tele)?phon(?:e|ic|ically)\b|\bby\s+call\b|\bconference\s+call\b|\bcall\b/, 'phone'],
  [/\bin[- ]person\b|\bface[- ]to[- ]face\b/, 'in-person'],
  [/\bvideo(?:[- ]?conferenc\w*)?\b|\bzoom\b/, 'video'],
  [/\b(?<!joint\s)letters?\b|\bin\s+writing\b/, 'letter'],
  [/\be-?mails?\b|\belectronic\s+mail\b/, 'email'],
];
const NEGATED_MEANS = /\b(?:mere|merely|only|simply)\b|\bdoes\s+not\s+(?:satisfy|count|suffice)|\b(?:not\s+sufficient|insufficient)\b/;

/** Means of talking the clause names ("by telephone, or ... in-person meeting"). */
export function meansOf(lc: string): Means[] {
  if (NEGATED_MEANS.test(lc)) return [];
  const out: Means[] = [];
  for (const [re, m] of MEANS_RULES) {
    const hit = re.exec(lc);
    if (hit === null) continue;
    if (/\bnot\s+(?:by\s+)?$/.test(lc.slice(Math.max(0, hit.index - 8), hit.index))) continue;
    out.push(m);
  }
  return out;
}

function consequencesOf(lc: string): string[] {
  return CONSEQUENCES.filter(([re]) => re.test(lc)).map(([, name]) => name);
}

function isBackground(lc: string): boolean {
  return BACKGROUND.some((re) => re.test(lc));
}

const WHO = '(plaintiffs?|defendants?|defense\\s+counsel|the\\s+court|petitioner|respondents?|counsel\\s+for\\s+\\w+)';
const TARGET_AFTER = new RegExp(`\\b(?:on|to|upon|with)\\s+(?:the\\s+)?${WHO}\\b(?!'s)`);
const TARGET_FIRST = new RegExp(`^\\s*(?:[a-z-]+\\s+){0,2}?(?:the\\s+)?${WHO}\\b(?!'s)`);

function targetOf(lc: string): Actor | undefined {
  const m = TARGET_FIRST.exec(lc) ?? TARGET_AFTER.exec(lc);
  return m === null ? undefined : actorOf(m[1]);
}

const PARTICIPLES: Record<string, string> = { made: 'make', held: 'hold', sent: 'send', set: 'set', done: 'do', given: 'give', taken: 'take', paid: 'pay', kept: 'keep', met: 'meet' };

/** "completed" -> "complete", "filed" -> "file", for act keys. */
/** A phrase found in the lower-case copy, in the order's own capitals. */
function asWritten(text: string, lc: string, phrase: string): string {
  const i = lc.indexOf(phrase.toLowerCase());
  return i < 0 ? phrase : text.slice(i, i + phrase.length);
}

function lemma(verb: string): string {
  if (PARTICIPLES[verb] !== undefined) return PARTICIPLES[verb];
  if (/(?:[aeiou]t|[vscgzu]|[aeiou]l|[aeiou]r)ed$/.test(verb)) return verb.slice(0, -1);
  if (/(?:tt|pp|mm|dd|gg)ed$/.test(verb)) return verb.slice(0, -3);
  if (/ied$/.test(verb)) return `${verb.slice(0, -3)}y`;
  if (/ed$/.test(verb)) return verb.slice(0, -2);
  return verb;
}

function until(lc: string, text: string): string | undefined {
  const m = /\b(?:until|pending|during|while)\b[^.;]*/.exec(lc);
  return m === null ? undefined : text.slice(m.index, m.index + m[0].length).replace(/[\s,]+$/, '');
}

function unlessOf(lc: string, text: string): string | undefined {
  const m = /\bunless\b[^.;]*/.exec(lc);
  return m === null ? undefined : text.slice(m.index, m.index + m[0].length).replace(/[\s,]+$/, '');
}

function aboutOf(lc: string, text: string): string | undefined {
  const m = /\b(?:regarding|about|concerning|related\s+to|relating\s+to|in\s+connection\s+with|on)\s+((?:the|this|plaintiff'?s?|defendants?'?s?|any|its|their)\s+[^,.;]*?)(?=\s+(?:unless|until|without|except)\b|[,.;]|$)/.exec(lc);
  return m === null ? undefined : text.slice(m.index + m[0].length - m[1].length, m.index + m[0].length);
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'thing';
}

/** What kind a command verb (and its object) asks for. */
function kindOfPredicate(pred: string, passive: boolean): { kind: RequirementKind; key: string } {
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

export interface ClauseInput {
  /** Cleaned clause text. */
  text: string;
  /** List items of the sentence, already in plain words. */
  items?: { label: string; text: string }[];
  ctx: ActorContext;
}

/** What one clause asks, or null when it asks nothing (background, citations, headings). */
export function analyzeClause(input: ClauseInput): Analysis | null {
  const text = input.text.replace(/\s/g, ' ');
  const lc = lowerSameLength(text);
  if (lc.trim().length < 8 || isBackground(lc)) return null;
  const directives = findDirectives(lc);
  const main = pickMain(directives, lc);
  const base = (kind: RequirementKind, actor: Actor, act: string): Analysis => ({
    kind,
    actor,
    act,
    text,
    predicate: main === undefined ? text : text.slice(main.verbStart),
    verb: main?.verb ?? '',
  });
  const rule = findDeadline(text);
  const withRule = (a: Analysis): Analysis => (rule !== undefined && a.rule === undefined ? { ...a, rule } : a);
  const subjectActor = main === undefined ? 'unknown' : actorOf(main.subject, input.ctx);

  // Warnings: a failure and what follows from it ("Failure to comply ... may result in dismissal").
  const cons = consequencesOf(lc);
  const failAt = lc.search(FAIL);
  const isWarnVerb = main !== undefined && WARN_WORDS.has(main.word.replace(/ that$/, ''));
  const resultVerb = main !== undefined && /^(?:result|lead|include|subject|be)$/.test(main.verb) && main.index > failAt && failAt >= 0;
  const conductish = CONDUCT_TOPIC.test(lc) && !/\bfail(?:s|ure|ing)?\s+to\s+(?:meet|comply|obey|follow|file|appear|respond|prosecute|cooperate)|\bdismiss/.test(lc);
  if (cons.length > 0 && !conductish && (isWarnVerb || resultVerb || (failAt >= 0 && (main === undefined || failAt < main.index)))) {
    const a = base('warning', warnedActor(main, input.ctx, lc), 'warning');
    a.consequences = cons;
    a.certain = /\b(?:will|shall)\s+(?:result|lead)\b/.test(lc);
    const f = /\bfail(?:s|ure|ing|ed)?\s+to\s+([^.]*?)(?=\s+(?:will|may|shall|could|can)\s+(?:result|lead|subject|be)\b|,\s*(?:the\s+court|this\s+action|plaintiff'?s?)|$)/.exec(lc);
    if (f !== null) a.failures = text.slice(f.index + f[0].length - f[1].length, f.index + f[0].length);
    return a;
  }

  // Stays: "Briefing on the motion to compel is stayed during the meet and confer process".
  const stay = /\b(?:is|are|be|been|remains?)\s+(?:hereby\s+)?stayed\b|\bheld\s+in\s+abeyance\b/.exec(lc);
  if (stay !== null) {
    const a = base('stay', 'court', 'stay');
    a.object = text.slice(0, stay.index).replace(/^.*\b(?:that|,)\s+/i, '').trim();
    a.until = until(lc.slice(stay.index), text.slice(stay.index));
    return a;
  }

  // Relief: "the opposing party is relieved of their obligation to respond to the motion".
  const relief = /\b(?:is|are)\s+(?:hereby\s+)?(?:relieved|excused|released)\s+(?:of|from)\s+(?:the\s+|their\s+|its\s+|any\s+|his\s+|her\s+)?(?:obligation|duty|requirement|need)?\s*(?:to\s+)?|\bneed\s+not\s+|\b(?:is|are)\s+not\s+required\s+to\s+/.exec(lc);
  if (relief !== null) {
    const who = actorOf(subjectBeforeText(lc, relief.index), input.ctx);
    const rest = lc.slice(relief.index + relief[0].length);
    const stop = rest.search(/\s+(?:until|pending|during|while|unless)\b|[,.;]/);
    const object = text.slice(relief.index + relief[0].length, relief.index + relief[0].length + (stop < 0 ? rest.length : stop)).trim();
    const a = base('relief', who, `relief:${/^respond|^answer|^reply|^oppose/.test(rest) ? 'respond' : slug(object.split(/\s+/)[0] ?? 'duty')}`);
    a.object = object;
    a.until = until(rest, text.slice(relief.index + relief[0].length));
    return a;
  }

  // Court events: "The motion is set for hearing on April 7, 2025 at 10:00 a.m."
  const eventWord = /\b(mandatory\s+settlement\s+conference|settlement\s+conference|status\s+conference|scheduling\s+conference|pretrial\s+conference|pre-trial\s+conference|case\s+management\s+conference|evidentiary\s+hearing|hearing|trial|oral\s+argument)\b/.exec(lc);
  // "Statements shall be submitted ... before the settlement conference, which is set for June 10": a duty about the event, not the event.
  const dutyFirst = eventWord !== null && main !== undefined && main.index < eventWord.index && ['file', 'serve', 'respond', 'contact', 'meet-and-confer'].includes(kindOfPredicate(lc.slice(main.verbStart), main.passive).kind);
  if (eventWord !== null && !dutyFirst && /\b(?:is|are|has\s+been|have\s+been|will\s+be|shall\s+be)\s+(?:re)?(?:set|scheduled|calendared|noticed|continued|held|conducted|vacated)\b|\bset\s+for\s+(?:a\s+)?hearing\b|\btaken\s+off\s+calendar\b/.test(lc)) {
    const cancelled = /\bvacated\b|\boff\s+calendar\b/.test(lc);
    if (cancelled || findDates(lc).length > 0) {
      const a = base('other', 'court', `court:${cancelled ? 'vacated' : 'event'}:${slug(eventWord[1])}`);
      a.event = text.slice(eventWord.index, eventWord.index + eventWord[0].length);
      a.cancelled = cancelled;
      if (!cancelled && rule !== undefined) a.rule = rule.trigger === 'conference' && rule.triggerDate !== undefined ? { trigger: 'fixed-date', triggerWords: rule.triggerWords, fixedDate: rule.triggerDate, ...(rule.time ? { time: rule.time } : {}) } : rule;
      return a;
    }
  }

  // Page limits and required contents of a paper.
  const subjectDoc = main !== undefined ? findDocument(main.subject) : undefined;
  const pageLimit = /\b(?:not\s+exceed|no\s+(?:longer|more)\s+than|limited\s+to|maximum\s+of|up\s+to)\s+((?:[a-z-]+\s+)?(?:\(\d+\)\s+)?(?:\d+\s+)?)pages?\b/.exec(lc);
  const contentsVerb = /\b(?:shall|must|should|will)\s+(?:also\s+)?(?:set\s+forth|include|contain|state|address|identify|list|describe)\b/.exec(lc);
  if (pageLimit !== null || (contentsVerb !== null && (input.items !== undefined || /\bfollowing\b/.test(lc) || (lc.match(/,/g) ?? []).length >= 2))) {
    const doc = subjectDoc ?? (main !== undefined ? findDocument(text.slice(0, main.index)) : undefined) ?? findDocument(text);
    const a = base('contents', subjectActor, `contents:${doc?.key ?? 'filing'}`);
    if (doc !== undefined) a.doc = { key: doc.key, label: asWritten(text, lc, doc.label) };
    const points: { label: string; text: string }[] = [];
    if (pageLimit !== null) {
      const n = /\((\d+)\)|\b(\d+)\b/.exec(pageLimit[1]);
      const words = pageLimit[1].trim().split(/\s+/)[0];
      points.push({ label: 'length', text: `No more than ${n !== null ? n[1] ?? n[2] : words} pages.` });
    }
    if (input.items !== undefined) points.push(...input.items);
    else if (contentsVerb !== null) {
      const listText = text.slice(contentsVerb.index + contentsVerb[0].length).replace(/^\s*(?:the\s+following\s*:?)?/i, '');
      const parts = listText.split(/\s*(?:;|,)\s*(?:and\s+|or\s+)?/).map((s) => s.replace(/^and\s+/i, '').replace(/[.\s]+$/, '').trim()).filter((s) => s.length > 2);
      if (parts.length > 1) parts.forEach((s, i) => points.push({ label: String(i + 1), text: sentence(plain(s)) }));
    }
    a.points = points;
    return a;
  }

  // "No additional filings may be made ...", "Defendants shall not file ...".
  const noFilings = /\bno\s+(?:additional\s+|further\s+|other\s+|more\s+|new\s+|supplemental\s+|separate\s+)?(?:filings?|briefs?|briefing|motions?|papers?|documents?|submissions?|pleadings?|oppositions?|replies)\b/.exec(lc);
  const mustNot = directives.find((d) => d.negated && /^(?:file|submit|lodge|serve|send|contact|communicate|use|bring|seek|make|attempt|engage|exceed|discuss|record|disclose)$/.test(d.verb));
  const banned = /\b(?:is|are)\s+(?:prohibited|barred|precluded|not\s+permitted|not\s+allowed)\b/.exec(lc);
  if ((noFilings !== null && directives.length > 0) || mustNot !== undefined || (banned !== null && main !== undefined)) {
    const who = mustNot !== undefined ? actorOf(mustNot.subject, input.ctx) : noFilings !== null ? 'all-parties' : subjectActor;
    const doc = findDocument(mustNot !== undefined ? lc.slice(mustNot.verbStart) : lc);
    const key = noFilings !== null ? 'filings' : `${mustNot?.verb ?? 'act'}${doc !== undefined ? `-${doc.key}` : ''}`;
    const a = base('prohibition', who, `prohibition:${key}`);
    if (mustNot !== undefined) {
      a.predicate = text.slice(mustNot.verbStart);
      a.verb = mustNot.verb;
    }
    if (doc !== undefined) a.doc = { key: doc.key, label: text.slice(doc.start + (mustNot?.verbStart ?? 0), doc.end + (mustNot?.verbStart ?? 0)) };
    a.object = aboutOf(lc, text);
    a.unless = unlessOf(lc, text);
    return a;
  }

  // Signatures: "All parties shall ... sign", "Electronic signatures are acceptable".
  const eSign = /\belectronic\s+signatures?\s+(?:are|is|will\s+be|shall\s+be)\s+(?:acceptable|accepted|permitted|allowed|sufficient)\b|\bwet\s+signatures?\s+(?:is|are)\s+not\s+required\b|\bmay\s+(?:be\s+)?sign(?:ed)?\s+electronically\b/.test(lc) && !/\belectronic\s+signatures?\s+(?:are|is)\s+not\b/.test(lc);
  if (eSign || (main === undefined && /\bsignatures?\b/.test(lc))) {
    const a = base('signature', subjectActor, 'signature');
    a.electronicSignatures = eSign;
    return a;
  }

  // Discovery conduct reminders.
  const conductPoints = CONDUCT_RULES.filter(([re]) => re.test(lc)).map(([, say]) => say(lc));
  const predKind = main !== undefined ? kindOfPredicate(lc.slice(main.verbStart), main.passive) : undefined;
  const specific = predKind !== undefined && predKind.kind !== 'other' && predKind.kind !== 'conduct';
  if (conductPoints.length > 0 && !specific) {
    const a = base('conduct', subjectActor === 'unknown' ? 'all-parties' : subjectActor, 'conduct');
    a.points = conductPoints.map((t, i) => ({ label: String(i + 1), text: t }));
    a.goodFaith = /\bgood[- ]faith\b/.test(lc);
    return a;
  }

  if (main === undefined || predKind === undefined) return null;

  // A plain command: "Defense counsel is directed to contact Plaintiff ... within 21 days".
  const pred = lc.slice(main.verbStart);
  let actor: Actor = subjectActor;
  if (main.passive) {
    const by = /\bby\s+((?:the\s+|all\s+|each\s+)?(?:parties|plaintiffs?|defendants?|defense\s+counsel|counsel(?:\s+for\s+\w+)?|petitioners?|respondents?))\b/.exec(pred);
    const head = main.subject.split(/\s+/).slice(0, 3).join(' ');
    const owner = /^(?:the\s+)?(plaintiffs?|defendants?|petitioners?|respondents?|the\s+parties|parties)(?:'s|s'|')\s/.exec(main.subject);
    actor = by !== null ? actorOf(by[1], input.ctx) : owner !== null ? actorOf(owner[1], input.ctx) : findDocument(main.subject) === undefined ? actorOf(head, input.ctx) : 'unknown';
  }
  // The paper is the one the command names, not one in its time phrase ("a responsive pleading within 14 days after service of the amended complaint").
  const docSource = main.passive ? main.subject : pred.split(/\s+(?:within|no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|by|after|before|prior\s+to|following)\s/)[0] ?? pred;
  const docMatch = findDocument(docSource);
  const doc: DocRef | undefined = docMatch;
  const docLabel = doc === undefined ? undefined : main.passive ? text.slice(0, main.index).slice(text.slice(0, main.index).toLowerCase().indexOf(doc.label.toLowerCase())).slice(0, doc.label.length) : text.slice(main.verbStart + doc.start, main.verbStart + doc.end);
  const docOut = doc === undefined ? undefined : { key: doc.key, label: docLabel || doc.label };
  let kind = predKind.kind;
  let act: string;
  if (actor === 'court') {
    const a = base(kind === 'serve' ? 'serve' : 'other', 'court', `court:${slug(main.verb)}`);
    if (docOut !== undefined) a.doc = docOut;
    a.target = targetOf(pred.replace(/^\S+\s+(?:a\s+copy\s+of\s+[^.]*?\s+(?:to|on)\s+)?/, ''));
    return withRule(a);
  }
  if (kind === 'file' && doc !== undefined && isResponseDoc(doc.key)) kind = 'respond';
  switch (kind) {
    case 'file':
      act = `file:${doc?.key ?? (/^(?:notify|inform|advise|tell)\b/.test(pred) ? 'notice' : 'document')}`;
      break;
    case 'serve':
      act = `serve:${doc?.key ?? 'document'}`;
      break;
    case 'respond': {
      const to = /\b(?:to|on)\s+(?:the\s+|this\s+|that\s+|plaintiff'?s?'?\s+|defendants?'?s?\s+|any\s+)?(?:(?:first|second|third|amended|pending|instant|present|underlying)\s+){0,2}(order\s+to\s+show\s+cause|motion|order|complaint|petition|objections?|requests?|interrogator\w*)/.exec(main.passive ? `${main.subject} ${pred}` : pred);
      const target = /show\s+cause/.test(pred) ? 'order' : to !== null ? slug(to[1].replace(/\s+to\s+show\s+cause/, '')) : '';
      act = target === '' ? 'respond' : `respond:${target}`;
      break;
    }
    case 'signature':
      act = 'signature';
      break;
    case 'contact':
    case 'meet-and-confer':
    case 'conduct':
      act = kind;
      break;
    default:
      act = `${predKind.key}${doc !== undefined ? `:${doc.key}` : ''}`;
  }
  if (main.passive && actor === 'unknown' && rule === undefined) return null;
  if (kind === 'other' && actor === 'unknown' && !main.passive) return null;
  if (kind === 'other' && (main.word === 'will' || main.word === 'may') && actor === 'unknown') return null;
  if (main.verb === '' && kind === 'other') return null;
  const a = base(kind, actor, act);
  if (main.optional || /,\s*if\s+any\s*,/.test(lc)) a.optional = true;
  if (main.passive) {
    a.passive = true;
    a.subject = text.slice(0, main.index).split(/[,;]/).map((x) => x.trim()).find((x) => x.toLowerCase() === main.subject) ?? main.subject;
  }
  const cond = /^\s*(if\s+[^,]{3,120}),/i.exec(text);
  if (cond !== null) a.condition = cond[1];
  if (docOut !== undefined) a.doc = docOut;
  if (kind === 'contact' || kind === 'serve' || kind === 'respond') {
    const t = targetOf(pred.replace(/^\S+\s+/, ''));
    if (t !== undefined) a.target = t;
  }
  if (kind === 'contact' || kind === 'meet-and-confer') {
    const means = meansOf(lc);
    if (means.length > 0) a.means = means;
  }
  if (/\bgood[- ]faith\b/.test(lc)) a.goodFaith = true;
  return withRule(a);
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

function warnedActor(main: Directive | undefined, ctx: ActorContext, lc: string): Actor {
  if (main !== undefined && WARN_WORDS.has(main.word.replace(/ that$/, ''))) return actorOf(main.subject, ctx);
  const f = /\b(?:if\s+)?([a-z' ]{0,40}?)\s*(?:fail(?:s|ure|ing|ed)?\s+to)\b/.exec(lc);
  if (f !== null) {
    const who = actorOf(f[1], ctx);
    if (who !== 'unknown') return who;
    const of = /\bfailure\s+(?:of|by)\s+([a-z' ]{2,40}?)\s+to\b/.exec(lc);
    if (of !== null) return actorOf(of[1], ctx);
  }
  return 'all-parties';
}

function subjectBeforeText(lc: string, index: number): string {
  const s = lc.slice(0, index);
  const parts = s.split(/,|;|\bthat\b|\band\b/);
  return parts[parts.length - 1] ?? '';
}
