/**
 * One plain sentence (who must do what by when) and a short explanation for each
 * requirement. Written for a stressed reader at about an 8th-grade level; the court's exact
 * words are always shown beside it, so these may simplify but must not add.
 */
import type { Analysis } from './classify.js';
import { findDates, isoToWords } from './numbers.js';
import { capitalize, joinList, lowerFirst, plain, sentence, tidy } from './plainWords.js';
import type { Actor, Means } from './types.js';
import { fleschKincaidGrade } from '../plainLanguage/index.js';
import { clip, papersTogether, pluralThing, withArticle } from './summaryPhrases.js';
import { saysWhen, whenPhrase, withoutWrittenWhen } from './whenPhrase.js';

export interface Voice {
  /** The side the reader is on; "you" in the summaries. */
  you: 'plaintiff' | 'defendant';
  defendantsPlural: boolean;
  plaintiffsPlural: boolean;
  /** The order asks for good faith in the meet and confer. */
  goodFaith: boolean;
  prisoner: boolean;
}

export function actorName(actor: Actor, v: Voice): string | null {
  if (actor === v.you) return 'You';
  switch (actor) {
    case 'plaintiff':
      return v.plaintiffsPlural ? 'The plaintiffs' : 'The plaintiff';
    case 'defendant':
      return v.defendantsPlural ? 'The defendants' : 'The defendant';
    case 'defense-counsel':
      return v.you === 'plaintiff' ? "Defense counsel (the other side's lawyer)" : 'Defense counsel';
    case 'all-parties':
      return 'You and the other side';
    case 'court':
      return 'The court';
    default:
      return null;
  }
}

/** The other side of an actor, for "contact" and "serve" when the order does not say whom. */
function otherSide(actor: Actor, v: Voice): Actor {
  if (actor === 'defense-counsel' || actor === 'defendant') return 'plaintiff';
  if (actor === 'plaintiff') return v.you === 'plaintiff' ? 'defense-counsel' : 'defendant';
  return 'unknown';
}

/** Dates as the order wrote them ("6/7/2021") in words ("June 7, 2021"). */
function datesInWords(text: string): string {
  let out = '';
  let at = 0;
  for (const d of findDates(text)) {
    out += text.slice(at, d.start) + isoToWords(d.iso);
    at = d.end;
  }
  return out + text.slice(at);
}

function ifPrefix(a: Analysis, v: Voice): string {
  return a.condition === undefined ? '' : `${youify(plain(a.condition), v)}, `;
}

function objectName(actor: Actor | undefined, v: Voice): string {
  const n = actor === undefined ? null : actorName(actor, v);
  if (n === null) return 'the other side';
  return n === 'You' ? 'you' : lowerFirst(n.replace(/ \(the other side's lawyer\)/, ''));
}

function plural(actor: Actor, v: Voice): boolean {
  return actor === v.you || actor === 'all-parties' || (actor === 'defendant' && v.defendantsPlural) || (actor === 'plaintiff' && v.plaintiffsPlural);
}

function meansPhrase(means: Means[] | undefined): string {
  if (means === undefined || means.length === 0) return '';
  const words: Record<Means, string> = { phone: 'by phone', 'in-person': 'in person', video: 'by video', letter: 'by letter', email: 'by email' };
  return joinList(means.map((m) => words[m]), 'or');
}

function contactVerb(a: Analysis, v: Voice): string {
  const who = a.actor === 'all-parties' && a.target === undefined ? 'each other' : objectName(a.target ?? otherSide(a.actor, v), v);
  const m = a.means ?? [];
  const meet = m.filter((x) => x === 'in-person' || x === 'video').map((x) => (x === 'in-person' ? 'an in-person meeting' : 'a video meeting'));
  const call = m.includes('phone') ? `call ${who}` : '';
  if (call !== '' && meet.length > 0) return `${call} or set up ${joinList(meet, 'or')}`;
  if (call !== '') return call;
  if (meet.length > 0) return `set up ${joinList(meet, 'or')} with ${who}`;
  const other = meansPhrase(m.filter((x) => x === 'letter' || x === 'email'));
  return `contact ${who}${other === '' ? '' : ` ${other}`}`;
}

function docName(a: Analysis, fallback: string): string {
  const label = a.doc?.label;
  if (label === undefined || label === '') return fallback;
  return `the ${label.replace(/^(?:a|an|the)\s+/i, '')}`;
}

function youify(text: string, v: Voice, actor?: Actor): string {
  let t = text;
  if (actor !== undefined && actor === v.you) t = t.replace(/\b(?:his or her|his|her|their)\b/gi, 'your');
  if (v.you !== 'plaintiff') return t;
  return agree(
    t
      .replace(/\bplaintiff's\b/gi, 'your')
      .replace(/\b(?:the\s+)?plaintiff\b(?!s)/gi, 'you')
      .replace(/\byou at (?:his|her|their) address\b/gi, 'you at your address'),
  );
}

const YOU_VERBS: Record<string, string> = { has: 'have', is: 'are', was: 'were', does: 'do', doesn: 'don' };

/** "you has" -> "you have", "you wishes" -> "you wish": the verb after a "you" that was "Plaintiff". */
export function agree(text: string): string {
  return text
    .replace(/\b([Yy]ou)\s+(has|is|was|does|doesn)\b/g, (_, you: string, verb: string) => `${you} ${YOU_VERBS[verb] ?? verb}`)
    .replace(/\b([Yy]ou)\s+((?:fail|wish|want|need|intend|elect|choose|seek|file|desire|decide|prefer|plan|believe|receive|object|dispute|contend|request|move|oppose|appear)s)\b/g, (_, you: string, verb: string) => `${you} ${verb.slice(0, -1)}`)
    .replace(/\b([Yy]ou)\s+(\w+(?:sh|ch|ss|x))es\b/g, '$1 $2');
}

const CONSEQUENCE_WORDS: Record<string, string> = {
  sanctions: 'punish (sanction) them',
  dismissal: 'dismiss (end) the case',
  default: 'decide the case against the side that did not act (default)',
  striking: 'throw out (strike) papers',
  contempt: 'find someone in contempt of court',
  waiver: 'treat rights as given up (waived)',
  fines: 'order money penalties',
  exclusion: 'keep evidence out',
  adverse: 'rule against the side that did not act',
};

const INCLUDING: Record<string, string> = {
  dismissal: 'dismiss (end) the case',
  striking: 'throw out (strike) papers',
  default: 'decide the case against them (default)',
  contempt: 'hold them in contempt of court',
  fines: 'fine them',
};

function warningSummary(a: Analysis, v: Voice): string {
  const who = actorName(a.actor, v);
  const subj = who === null || a.actor === 'all-parties' ? 'anyone' : who === 'You' ? 'you' : lowerFirst(who);
  const doesNot = subj === 'you' || (subj !== 'anyone' && plural(a.actor, v)) ? 'do not' : 'does not';
  let failures: string[] = [];
  if (a.failures !== undefined) {
    const f = a.failures
      .replace(/\bas set forth in this order\b|\bas ordered\b|\bas required\b/gi, '')
      .replace(/\bcomply with any of its terms\b/gi, 'follow this order')
      .replace(/\bcomply with\b/gi, 'follow')
      .replace(/\bobey\b/gi, 'follow');
    failures = f
      .split(/,\s*or\s+(?:to\s+)?|\s+or\s+to\s+/i)
      .map((x) => (/[a-z]/.test(x) ? x : x.toLowerCase()))
      .map((x) => tidy(plain(x)).replace(/^timely\s+(.*)$/i, '$1 on time').replace(/^to\s+/i, ''))
      .filter((x) => x.length > 1)
      .map((x) => youify(x, v));
  }
  const cons = a.consequences ?? [];
  const main = cons.includes('sanctions') ? 'sanctions' : cons[0] ?? 'sanctions';
  const them = subj === 'you' ? 'you' : subj === 'anyone' ? 'them' : subj;
  const result = `the court ${a.certain ? 'will' : 'may'} ${(CONSEQUENCE_WORDS[main] ?? 'punish (sanction) them').replace(/\bthem\b/, them)}`;
  const extra = cons.filter((c) => c !== main && INCLUDING[c] !== undefined).map((c) => INCLUDING[c]);
  const cond = failures.length === 0 ? `${doesNot} follow this order` : `${doesNot} ${joinList(failures, 'or')}`;
  // The worst outcome gets its own sentence, so it is not lost at the end of a long one.
  const worse = extra.length > 0 ? ` The court may even ${joinList(extra, 'or').replace(/\bthem\b/g, them)}.` : '';
  return sentence(`If ${subj} ${cond}, ${result}`) + worse;
}

function contentsSummary(a: Analysis): string {
  const doc = capitalize(docName(a, 'the paper'));
  const points = a.points ?? [];
  const limit = points.find((p) => p.label === 'length');
  const rest = points.filter((p) => p.label !== 'length').length;
  const parts: string[] = [];
  if (limit !== undefined) parts.push(`can be no longer than ${limit.text.replace(/^No more than\s+/i, '').replace(/\.$/, '')}`);
  if (rest > 0) parts.push(`must include these ${rest} things`);
  if (parts.length === 0) parts.push('must include what the order lists');
  return sentence(`${doc} ${parts.join(' and ')}`);
}

/**
 * One sentence saying who must do what by when can run long. When it reads above grade 8,
 * the "by when" becomes its own short sentence: the same facts, easier to take in.
 */
export function summarize(a: Analysis, v: Voice): string {
  const one = summarizeInOne(a, v);
  const when = whenPhrase(a.rule);
  if (when === '' || fleschKincaidGrade(one) <= 8) return one;
  const at = one.lastIndexOf(` ${when}`);
  if (at <= 0) return one;
  const head = one.slice(0, at).replace(/[,.\s]+$/, '');
  const tail = one.slice(at + when.length + 1).replace(/^[.\s]+/, '');
  // "… are due. This must be done by …" would split what belongs together.
  if (tail !== '' || head.split(/\s+/).length < 4 || /\b(?:is|are)\s+due$/i.test(head)) return one;
  return `${head}. This must be done ${when}${when.endsWith('.') ? '' : '.'}`;
}

function summarizeInOne(a: Analysis, v: Voice): string {
  const who = actorName(a.actor, v);
  const when = whenPhrase(a.rule);
  const w = when === '' ? '' : ` ${when}`;
  const must = a.optional ? 'may' : 'must';
  switch (a.kind) {
    case 'contact':
      return sentence(`${who ?? 'Someone'} ${must} ${contactVerb(a, v)}${w}`);
    case 'meet-and-confer': {
      const gf = a.goodFaith || v.goodFaith ? ' in good faith' : '';
      const m = meansPhrase(a.means);
      return sentence(`${who ?? 'You and the other side'} ${must} meet and confer${gf}${m === '' ? '' : `, ${m}${w === '' ? '' : ','}`}${w}`);
    }
    case 'file':
    case 'respond':
      return fileSummary(a, v, who, must, w);
    case 'serve': {
      if (a.actor === 'court') return sentence(`The court will ${youify(plain(clip(a.predicate)), v)}`);
      return sentence(`${ifPrefix(a, v)}${who ?? 'Someone'} ${must} serve (send a copy of) ${docName(a, 'the paper')} to ${objectName(a.target ?? otherSide(a.actor, v), v)}${w}`);
    }
    case 'stay': {
      const obj = a.object && a.object.length > 2 ? plain(a.object).replace(/^briefing\b/i, 'Briefing (written arguments)') : 'This case';
      const until = a.until === undefined ? '' : ` ${plain(a.until)}`;
      return sentence(`${capitalize(obj)} is on hold (stayed)${until}`);
    }
    case 'relief': {
      const name = who ?? 'The other side';
      const doesnt = plural(a.actor, v) || name === 'You' ? 'do not' : 'does not';
      const obj = a.object !== undefined && a.object !== '' ? plain(a.object) : 'do this';
      const until = a.until === undefined ? '' : ` ${plain(a.until)}`;
      return sentence(`${name} ${doesnt} have to ${youify(obj, v)}${until}`);
    }
    case 'prohibition': {
      const unless = a.unless === undefined ? '' : ` ${plain(a.unless)}`;
      if (a.act === 'prohibition:filings') {
        const about = a.object === undefined ? '' : ` about ${plain(a.object)}`;
        return sentence(`No one may file anything more${about}${unless}`);
      }
      return sentence(`${who ?? 'No one'} must not ${youify(plain(clip(a.predicate.replace(/^\s*not\s+/i, ''))), v)}`);
    }
    case 'signature':
      return signatureSummary(a, who, must, w);
    case 'contents':
      return contentsSummary(a);
    case 'conduct': {
      const points = a.points ?? [];
      if (points.length === 1) return points[0].text;
      return sentence(`${who ?? 'You and the other side'} must follow ${points.length} rules when they share information (discovery)`);
    }
    case 'warning':
      return warningSummary(a, v);
    default:
      return otherSummary(a, v, who, must);
  }
}

/** Filing a paper or answering one: "You must file a written response to this order by ...". */
function fileSummary(a: Analysis, v: Voice, who: string | null, must: string, w: string): string {
  const pre = ifPrefix(a, v);
  const byPaper = a.passive || /^(?:file|e-?file|submit|lodge|present|deliver|send|show\s+cause)/i.test(a.predicate.trim());
  if (!byPaper || (a.doc === undefined && !a.passive && a.kind === 'file')) {
    return sentence(`${pre}${pre === '' ? who ?? 'Someone' : lowerFirst(who ?? 'someone')} ${must} ${withPlainWhen(a, v, w.trim()).pred}`);
  }
  const isResponse = a.kind === 'respond';
  const target = /\border\b/.test(a.act) ? ' to this order' : /\bmotion\b/.test(a.act) ? ' to the motion' : '';
  const why = isResponse ? /\bwhy\s+([^.;]*)/i.exec(a.text) : null;
  const whyText = why === null ? '' : ` explaining why ${plain(why[1]).replace(/\s+(?:within|no later than|by|for|because)\s+.*$/i, '').replace(/,.*$/, '')}`;
  const label = a.doc?.label.replace(/^(?:a|an|the)\s+/i, '');
  const what =
    // "show cause ... why sanctions should not be imposed for failure to file a status report": the paper asked for is the explanation, not the report.
    isResponse && (label === undefined || /^respon/i.test(label) || /\bshow\s+cause\b/i.test(a.predicate))
      ? `a written response${target}${whyText}`
      : label === undefined
        ? 'the paper'
        : isResponse
          ? withArticle(label)
          : togetherOrThe(a, v, label);
  // "Dispositive motions shall be filed by ...": a last day for either side's motions, not a duty to file one.
  if (a.actor === 'all-parties' && !isResponse && pre === '' && label !== undefined && /\bmotions\b/i.test(label)) {
    return sentence(`If you or the other side want to file ${label}, file them${w}`);
  }
  if (who === null) {
    const thing = a.passive && a.subject !== undefined && a.doc !== undefined ? capitalize(plain(a.subject)).replace(/^(?:A|An|Any)\s+/, 'The ') : capitalize(what.replace(/^an? /, 'the '));
    return sentence(`${pre}${pre === '' ? thing : lowerFirst(thing)} ${must} be filed${w}`);
  }
  return sentence(`${pre}${pre === '' ? who : lowerFirst(who)} ${must} file ${what}${w}`);
}

/** "an amended application and an amended complaint" when the order names two papers together, else "the complaint". */
function togetherOrThe(a: Analysis, v: Voice, label: string): string {
  const together = papersTogether(a.predicate, label);
  return together === undefined ? `the ${label}` : youify(together, v, a.actor);
}

/** Helping write and signing a joint paper, and whether electronic signatures count. */
function signatureSummary(a: Analysis, who: string | null, must: string, w: string): string {
  const doc = docName(a, 'the paper');
  const parts: string[] = [];
  if (/\b(?:participate|prepar|cooperate|assist)/i.test(a.text)) parts.push(`help write ${doc}`);
  if (/\bsign\b/i.test(a.predicate) || /\bsign\b/i.test(a.text)) parts.push(parts.length > 0 ? 'sign it' : `sign ${doc}`);
  const esign = a.electronicSignatures ? 'Electronic signatures (typing "/s/" and your name) are OK' : '';
  if (parts.length === 0) return sentence(esign || `${doc} must be signed`);
  const first = sentence(`${who ?? 'Everyone who takes part'} ${must} ${joinList(parts, 'and')}${w}`);
  return esign === '' ? first : `${first} ${sentence(esign)}`;
}

/**
 * The duty in the order's words with the plain "by when": it replaces the order's own (clipping
 * could cut that one in half), and is added where the order said it before the verb ("shall have
 * thirty days … to cure …").
 */
function withPlainWhen(a: Analysis, v: Voice, when: string): { body: string; pred: string } {
  const own = when === '' ? a.predicate : withoutWrittenWhen(a.predicate);
  const body = datesInWords(youify(plain(clip(own)), v, a.actor));
  // "Plaintiff shall be deemed to have withdrawn …", "… be assessed the fee": what happens to someone, not a task with a time.
  const happensTo = a.passive && /^\s*(?:be\s+)?(?:deemed|held|considered|treated|construed|dismissed|denied|assessed|barred|stricken|subject)\b/i.test(own) && !/\band\s+(?:must|shall|is\s+to)\b/i.test(own);
  const pred = when === '' || happensTo || (own === a.predicate && saysWhen(own)) ? body : `${body.replace(/[,;:.\s]+$/, '')} ${when}`;
  return { body, pred };
}

/** What the court will do, or any other act in the order's own verb. */
function otherSummary(a: Analysis, v: Voice, who: string | null, must: string): string {
  if (a.actor === 'court') {
    if (a.event !== undefined) {
      const event = plain(a.event).toLowerCase();
      if (a.cancelled) return sentence(`The ${event} is canceled`);
      const date = a.rule?.fixedDate !== undefined ? ` on ${isoToWords(a.rule.fixedDate)}${a.rule.time ? ` at ${a.rule.time}` : ''}` : '';
      return sentence(`The court will hold the ${event}${date}`);
    }
    const intro = /^(?:upon|after)\s+(?:review(?:ing)?|receipt|receiving)\s+(?:of\s+)?([^,]+),/i.exec(a.text);
    const lead = intro === null ? '' : `After it reads ${plain(intro[1])}, `;
    return sentence(`${lead}${lead === '' ? 'The' : 'the'} court will ${youify(plain(clip(a.predicate)), v)}`);
  }
  const when = whenPhrase(a.rule);
  const { body, pred } = withPlainWhen(a, v, when);
  // "Plaintiff must either: (1) …": the choices are the order's list, which the quote shows.
  if (/\beither\s*:\s*(?:\(?[1a-z]\)|[1a-z][.)])?\s*\.?$/i.test(body) && who !== null) return sentence(`${ifPrefix(a, v)}${who} ${must} do one of the things the order lists${when === '' ? '' : `, ${when}`}`);
  const pre = ifPrefix(a, v);
  if (a.passive && a.subject !== undefined) {
    const thing = capitalize(plain(a.subject));
    // "Discovery responses shall be due on or before March 1": they "are due by March 1", not "must be due".
    if (/^due\b/i.test(pred) && !a.optional) return sentence(`${pre}${thing} ${pluralThing(a.subject) ? 'are' : 'is'} ${pred}`);
    return sentence(`${pre}${thing} ${must} be ${pred.replace(/\bby\s+(?:all\s+|the\s+)?parties\s+/i, '')}`);
  }
  if (who === null) return sentence(`${pre}${capitalize(plain(a.text.slice(0, Math.max(0, a.text.length - a.predicate.length)).replace(/\b(?:shall|must|will)\s+be\s*$/i, '').trim()))} must be ${pred}`);
  return sentence(`${pre}${pre === '' ? who : lowerFirst(who)} ${must} ${pred}`);
}

/** Two to four short sentences: what it means and why it matters. */
export function whyItMatters(a: Analysis, v: Voice): string {
  const yourSide = a.actor === v.you || a.actor === 'all-parties';
  switch (a.kind) {
    case 'contact':
      return a.actor === v.you
        ? 'You have to reach out to the other side first. Write down every call, letter, or meeting, with the date and what was said.'
        : 'The other side has to reach out to you first. Write down every call, letter, or meeting, with the date. If no one contacts you in time, write that down too, because the court may ask.';
    case 'meet-and-confer':
      return 'To "meet and confer" means to talk with the other side and honestly try to settle the disagreement without the judge. Write down the date, how you talked, and what each side agreed to. You may need these details later.';
    case 'stay':
      return 'A stay means this part of the case is paused. Nothing is due on it while the stay lasts. The court will tell you when it starts again.';
    case 'relief':
      return 'This means that side does not need to answer for now. It is not a ruling on who is right. The court will send another order later.';
    case 'conduct':
      return 'Discovery is how each side asks the other for information and papers before trial. The judge expects honest, complete answers. Breaking these rules can bring penalties.';
    case 'file':
      return `To file means to send a paper to the court so it goes into the case record.${v.prisoner ? ' If you are in prison, a paper usually counts as filed on the day you hand it to prison staff for mailing.' : ''} Count the days carefully, because late papers may not be read.`;
    case 'respond':
      return 'This is your chance to tell the court your side in writing. If no response comes in on time, the court may decide without it.';
    case 'serve':
      return a.actor === 'court'
        ? 'This is something the court staff will do. You do not need to do anything for this step.'
        : 'To serve means to send a copy of a paper to the other side. Keep a note of the date and how you sent it.';
    case 'signature':
      return a.electronicSignatures
        ? 'Every side has to help prepare this paper and sign it. The order allows electronic signatures, so typing "/s/" and your name counts as signing.'
        : 'Every side has to help prepare this paper and sign it. Sign by hand unless the court allows electronic signatures.';
    case 'contents':
      return 'The paper must cover each of these points. Use the same labels as the order, such as (a), (b), (c), so the judge can find each one.';
    case 'prohibition':
      return 'Do not send the court other papers about this unless the judge asks for them. Extra papers may be ignored or may cause problems.';
    case 'warning':
      return `Sanctions are penalties the court can give for not following its orders.${(a.consequences ?? []).includes('dismissal') ? ' Dismissal means the case could be ended.' : ''} Follow each step of this order and keep records that show you did.`;
    default:
      if (a.actor === 'court') return 'This tells you what the judge will do next. You do not need to do anything for this step.';
      return yourSide
        ? 'Read the quoted words from the order carefully. If you are not sure what they ask, the court clerk or a self-help center can explain the steps.'
        : 'This is a step for the other side. It helps to know about it so you can tell if it was done.';
  }
}
