/**
 * The sentence shapes courts use again and again, each read by its own function: warnings of
 * what follows a failure, stays, relief from a duty, court events, page limits and contents,
 * prohibitions, signatures and discovery-conduct reminders. Each returns the clause's analysis,
 * or undefined when the clause is not of its shape (the next reader then tries).
 */
import { actorOf, type ActorContext } from './actors.js';
import type { Analysis, ClauseView } from './analysis.js';
import { CONDUCT_RULES, CONDUCT_TOPIC, FAIL, WARN_WORDS, consequencesOf } from './clauseRules.js';
import { aboutOf, asWritten, kindOfPredicate, slug, subjectBeforeText, unlessOf, until } from './clauseWords.js';
import type { Directive } from './directive.js';
import { findDocument } from './documents.js';
import { findDates } from './numbers.js';
import { plain, sentence } from './plainWords.js';
import type { Actor } from './types.js';

/** Warnings: a failure and what follows from it ("Failure to comply ... may result in dismissal"). */
export function readWarning(c: ClauseView): Analysis | undefined {
  const { lc, main, text } = c;
  const cons = consequencesOf(lc);
  const failAt = lc.search(FAIL);
  const isWarnVerb = main !== undefined && WARN_WORDS.has(main.word.replace(/ that$/, ''));
  const resultVerb = main !== undefined && /^(?:result|lead|include|subject|be)$/.test(main.verb) && main.index > failAt && failAt >= 0;
  const conductish = CONDUCT_TOPIC.test(lc) && !/\bfail(?:s|ure|ing)?\s+to\s+(?:meet|comply|obey|follow|file|appear|respond|prosecute|cooperate)|\bdismiss/.test(lc);
  if (cons.length === 0 || conductish || !(isWarnVerb || resultVerb || (failAt >= 0 && (main === undefined || failAt < main.index)))) return undefined;
  const a = c.base('warning', warnedActor(main, c.input.ctx, lc), 'warning');
  a.consequences = cons;
  a.certain = /\b(?:will|shall)\s+(?:result|lead)\b/.test(lc);
  const f = /\bfail(?:s|ure|ing|ed)?\s+to\s+([^.]*?)(?=\s+(?:will|may|shall|could|can)\s+(?:result|lead|subject|be)\b|,\s*(?:the\s+court|this\s+action|plaintiff'?s?)|$)/.exec(lc);
  if (f !== null) a.failures = text.slice(f.index + f[0].length - f[1].length, f.index + f[0].length);
  return a;
}

/** Stays: "Briefing on the motion to compel is stayed during the meet and confer process". */
export function readStay(c: ClauseView): Analysis | undefined {
  const stay = /\b(?:is|are|be|been|remains?)\s+(?:hereby\s+)?stayed\b|\bheld\s+in\s+abeyance\b/.exec(c.lc);
  if (stay === null) return undefined;
  const a = c.base('stay', 'court', 'stay');
  a.object = c.text.slice(0, stay.index).replace(/^.*\b(?:that|,)\s+/i, '').trim();
  a.until = until(c.lc.slice(stay.index), c.text.slice(stay.index));
  return a;
}

/** Relief: "the opposing party is relieved of their obligation to respond to the motion". */
export function readRelief(c: ClauseView): Analysis | undefined {
  const { lc, text } = c;
  const relief = /\b(?:is|are)\s+(?:hereby\s+)?(?:relieved|excused|released)\s+(?:of|from)\s+(?:the\s+|their\s+|its\s+|any\s+|his\s+|her\s+)?(?:obligation|duty|requirement|need)?\s*(?:to\s+)?|\bneed\s+not\s+|\b(?:is|are)\s+not\s+required\s+to\s+/.exec(lc);
  if (relief === null) return undefined;
  const who = actorOf(subjectBeforeText(lc, relief.index), c.input.ctx);
  const after = relief.index + relief[0].length;
  const rest = lc.slice(after);
  const stop = rest.search(/\s+(?:until|pending|during|while|unless)\b|[,.;]/);
  const object = text.slice(after, after + (stop < 0 ? rest.length : stop)).trim();
  const a = c.base('relief', who, `relief:${/^respond|^answer|^reply|^oppose/.test(rest) ? 'respond' : slug(object.split(/\s+/)[0] ?? 'duty')}`);
  a.object = object;
  a.until = until(rest, text.slice(after));
  return a;
}

const EVENT_WORD = /\b(mandatory\s+settlement\s+conference|settlement\s+conference|status\s+conference|scheduling\s+conference|pretrial\s+conference|pre-trial\s+conference|case\s+management\s+conference|evidentiary\s+hearing|hearing|trial|oral\s+argument)\b/;
const EVENT_SET = /\b(?:is|are|has\s+been|have\s+been|will\s+be|shall\s+be)\s+(?:re)?(?:set|scheduled|calendared|noticed|continued|held|conducted|vacated)\b|\bset\s+for\s+(?:a\s+)?hearing\b|\btaken\s+off\s+calendar\b/;

/** Court events: "The motion is set for hearing on April 7, 2025 at 10:00 a.m." */
export function readCourtEvent(c: ClauseView): Analysis | undefined {
  const { lc, main, rule } = c;
  const eventWord = EVENT_WORD.exec(lc);
  if (eventWord === null || !EVENT_SET.test(lc)) return undefined;
  // "Statements shall be submitted ... before the settlement conference, which is set for June 10": a duty about the event, not the event.
  const dutyFirst = main !== undefined && main.index < eventWord.index && ['file', 'serve', 'respond', 'contact', 'meet-and-confer'].includes(kindOfPredicate(lc.slice(main.verbStart), main.passive).kind);
  if (dutyFirst) return undefined;
  const cancelled = /\bvacated\b|\boff\s+calendar\b/.test(lc);
  if (!cancelled && findDates(lc).length === 0) return undefined;
  const a = c.base('other', 'court', `court:${cancelled ? 'vacated' : 'event'}:${slug(eventWord[1])}`);
  a.event = c.text.slice(eventWord.index, eventWord.index + eventWord[0].length);
  a.cancelled = cancelled;
  if (!cancelled && rule !== undefined) a.rule = rule.trigger === 'conference' && rule.triggerDate !== undefined ? { trigger: 'fixed-date', triggerWords: rule.triggerWords, fixedDate: rule.triggerDate, ...(rule.time ? { time: rule.time } : {}) } : rule;
  return a;
}

/** Page limits and required contents of a paper. */
export function readContents(c: ClauseView): Analysis | undefined {
  const { lc, main, text, input } = c;
  const pageLimit = /\b(?:not\s+exceed|no\s+(?:longer|more)\s+than|limited\s+to|maximum\s+of|up\s+to)\s+((?:[a-z-]+\s+)?(?:\(\d+\)\s+)?(?:\d+\s+)?)pages?\b/.exec(lc);
  const contentsVerb = /\b(?:shall|must|should|will)\s+(?:also\s+)?(?:set\s+forth|include|contain|state|address|identify|list|describe)\b/.exec(lc);
  const listsContents = contentsVerb !== null && (input.items !== undefined || /\bfollowing\b/.test(lc) || (lc.match(/,/g) ?? []).length >= 2);
  if (pageLimit === null && !listsContents) return undefined;
  const subjectDoc = main !== undefined ? findDocument(main.subject) : undefined;
  const doc = subjectDoc ?? (main !== undefined ? findDocument(text.slice(0, main.index)) : undefined) ?? findDocument(text);
  const a = c.base('contents', c.subjectActor, `contents:${doc?.key ?? 'filing'}`);
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

/** "No additional filings may be made ...", "Defendants shall not file ...". */
export function readProhibition(c: ClauseView): Analysis | undefined {
  const { lc, main, text, directives } = c;
  const noFilings = /\bno\s+(?:additional\s+|further\s+|other\s+|more\s+|new\s+|supplemental\s+|separate\s+)?(?:filings?|briefs?|briefing|motions?|papers?|documents?|submissions?|pleadings?|oppositions?|replies)\b/.exec(lc);
  const mustNot = directives.find((d) => d.negated && /^(?:file|submit|lodge|serve|send|contact|communicate|use|bring|seek|make|attempt|engage|exceed|discuss|record|disclose)$/.test(d.verb));
  const banned = /\b(?:is|are)\s+(?:prohibited|barred|precluded|not\s+permitted|not\s+allowed)\b/.exec(lc);
  if (!((noFilings !== null && directives.length > 0) || mustNot !== undefined || (banned !== null && main !== undefined))) return undefined;
  const who = mustNot !== undefined ? actorOf(mustNot.subject, c.input.ctx) : noFilings !== null ? 'all-parties' : c.subjectActor;
  const doc = findDocument(mustNot !== undefined ? lc.slice(mustNot.verbStart) : lc);
  const key = noFilings !== null ? 'filings' : `${mustNot?.verb ?? 'act'}${doc !== undefined ? `-${doc.key}` : ''}`;
  const a = c.base('prohibition', who, `prohibition:${key}`);
  if (mustNot !== undefined) {
    a.predicate = text.slice(mustNot.verbStart);
    a.verb = mustNot.verb;
  }
  if (doc !== undefined) a.doc = { key: doc.key, label: text.slice(doc.start + (mustNot?.verbStart ?? 0), doc.end + (mustNot?.verbStart ?? 0)) };
  a.object = aboutOf(lc, text);
  a.unless = unlessOf(lc, text);
  return a;
}

/** Signatures: "All parties shall ... sign", "Electronic signatures are acceptable". */
export function readSignature(c: ClauseView): Analysis | undefined {
  const { lc } = c;
  const eSign = /\belectronic\s+signatures?\s+(?:are|is|will\s+be|shall\s+be)\s+(?:acceptable|accepted|permitted|allowed|sufficient)\b|\bwet\s+signatures?\s+(?:is|are)\s+not\s+required\b|\bmay\s+(?:be\s+)?sign(?:ed)?\s+electronically\b/.test(lc) && !/\belectronic\s+signatures?\s+(?:are|is)\s+not\b/.test(lc);
  if (!eSign && !(c.main === undefined && /\bsignatures?\b/.test(lc))) return undefined;
  const a = c.base('signature', c.subjectActor, 'signature');
  a.electronicSignatures = eSign;
  return a;
}

/** Discovery conduct reminders, unless the clause is a specific command that only mentions them. */
export function readConduct(c: ClauseView): Analysis | undefined {
  const { lc, main } = c;
  const conductPoints = CONDUCT_RULES.filter(([re]) => re.test(lc)).map(([, say]) => say(lc));
  const predKind = main !== undefined ? kindOfPredicate(lc.slice(main.verbStart), main.passive) : undefined;
  const specific = predKind !== undefined && predKind.kind !== 'other' && predKind.kind !== 'conduct';
  if (conductPoints.length === 0 || specific) return undefined;
  const a = c.base('conduct', c.subjectActor === 'unknown' ? 'all-parties' : c.subjectActor, 'conduct');
  a.points = conductPoints.map((t, i) => ({ label: String(i + 1), text: t }));
  a.goodFaith = /\bgood[- ]faith\b/.test(lc);
  return a;
}

/** Who a warning is for: the person warned, or whoever the failure names. */
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

