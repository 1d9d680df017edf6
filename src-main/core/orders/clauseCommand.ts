/**
 * A plain command: "Defense counsel is directed to contact Plaintiff ... within 21 days".
 * Reads who must act (for a passive command, from "by ..." or the paper's owner), which paper
 * the command names, and the act key used to match repeats and conflicts.
 */
import { actorOf, type ActorContext } from './actors.js';
import type { Analysis, ClauseView } from './analysis.js';
import { meansOf } from './clauseRules.js';
import { kindOfPredicate, slug, targetOf } from './clauseWords.js';
import type { Directive } from './directive.js';
import { findDocument, isResponseDoc } from './documents.js';
import { withoutAsideWhen } from './whenPhrase.js';
import type { Actor, RequirementKind } from './types.js';

type PaperRef = { key: string; label: string };

/** Who must act: the subject, or for a passive command the "by ..." party or the paper's owner. */
function commandActor(c: ClauseView, main: Directive, pred: string): Actor {
  if (!main.passive) return c.subjectActor;
  const by = /\bby\s+((?:the\s+|all\s+|each\s+)?(?:parties|plaintiffs?|defendants?|defense\s+counsel|counsel(?:\s+for\s+\w+)?|petitioners?|respondents?))\b/.exec(pred);
  const head = main.subject.split(/\s+/).slice(0, 3).join(' ');
  const owner = /^(?:the\s+)?(plaintiffs?|defendants?|petitioners?|respondents?|the\s+parties|parties)(?:'s|s'|')\s/.exec(main.subject);
  if (by !== null) return actorOf(by[1], c.input.ctx);
  if (owner !== null) return actorOf(owner[1], c.input.ctx);
  if (findDocument(main.subject) === undefined) return actorOf(head, c.input.ctx);
  return chooserOf(c.lc, c.input.ctx);
}

/**
 * "If plaintiff wishes to prosecute this case, a motion for summary judgment must be filed": a
 * paper with no filer named belongs to the party whose choice the sentence opens with. Only a
 * party counts; "if the Court grants ..." names no filer.
 */
function chooserOf(lc: string, ctx: ActorContext): Actor {
  const cond = /^\s*(?:if|should|in\s+the\s+event)\s+((?:the\s+|any\s+|either\s+|both\s+)?[a-z'-]+(?:\s+[a-z'-]+)?)\s+(?:wish|wishes|want|wants|intend|intends|elect|elects|choose|chooses|decide|decides|agree|agrees|seek|seeks|desire|desires|plan|plans)\b/.exec(lc);
  if (cond === null) return 'unknown';
  const who = actorOf(cond[1], ctx);
  return who === 'court' ? 'unknown' : who;
}

/** The paper the command names, not one in its time phrase ("a responsive pleading within 14 days after service of the amended complaint"). */
function commandPaper(c: ClauseView, main: Directive, pred: string): PaperRef | undefined {
  const docSource = main.passive ? main.subject : withoutAsideWhen(pred).split(/\s+(?:within|no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|by|after|before|prior\s+to|following)\s/)[0] ?? pred;
  const doc = findDocument(docSource);
  if (doc === undefined) return undefined;
  const before = c.text.slice(0, main.index);
  // The paper was found with any time aside taken out, so its place in the clause is looked up again.
  const at = pred.toLowerCase().indexOf(doc.label.toLowerCase());
  const label = main.passive ? before.slice(before.toLowerCase().indexOf(doc.label.toLowerCase())).slice(0, doc.label.length) : at < 0 ? doc.label : c.text.slice(main.verbStart + at, main.verbStart + at + doc.label.length);
  return { key: doc.key, label: label || doc.label };
}

const RESPONSE_TARGET = /\b(?:to|on)\s+(?:the\s+|this\s+|that\s+|plaintiff'?s?'?\s+|defendants?'?s?\s+|any\s+)?(?:(?:first|second|third|amended|pending|instant|present|underlying)\s+){0,2}(order\s+to\s+show\s+cause|motion|order|complaint|petition|objections?|requests?|interrogator\w*)/;

/** The act key: what is done and to which paper, so two clauses asking the same thing match. */
function actKey(kind: RequirementKind, predKey: string, main: Directive, pred: string, doc: PaperRef | undefined): string {
  switch (kind) {
    case 'file':
      return `file:${doc?.key ?? (/^(?:notify|inform|advise|tell)\b/.test(pred) ? 'notice' : 'document')}`;
    case 'serve':
      return `serve:${doc?.key ?? 'document'}`;
    case 'respond': {
      const to = RESPONSE_TARGET.exec(main.passive ? `${main.subject} ${pred}` : pred);
      const target = /show\s+cause/.test(pred) ? 'order' : to !== null ? slug(to[1].replace(/\s+to\s+show\s+cause/, '')) : '';
      return target === '' ? 'respond' : `respond:${target}`;
    }
    case 'signature':
    case 'contact':
    case 'meet-and-confer':
    case 'conduct':
      return kind;
    default:
      return `${predKey}${doc !== undefined ? `:${doc.key}` : ''}`;
  }
}

/** The clause's command as a requirement, or null when it asks nothing anyone can act on. */
export function readCommand(c: ClauseView, main: Directive): Analysis | null {
  const { lc, text } = c;
  const pred = lc.slice(main.verbStart);
  const predKind = kindOfPredicate(pred, main.passive);
  const actor = commandActor(c, main, pred);
  const doc = commandPaper(c, main, pred);
  if (actor === 'court') {
    const a = c.base(predKind.kind === 'serve' ? 'serve' : 'other', 'court', `court:${slug(main.verb)}`);
    if (doc !== undefined) a.doc = doc;
    a.target = targetOf(pred.replace(/^\S+\s+(?:a\s+copy\s+of\s+[^.]*?\s+(?:to|on)\s+)?/, ''));
    return c.withRule(a);
  }
  const kind = predKind.kind === 'file' && doc !== undefined && isResponseDoc(doc.key) ? 'respond' : predKind.kind;
  const act = actKey(kind, predKind.key, main, pred, doc);
  if (main.passive && actor === 'unknown' && c.rule === undefined) return null;
  if (kind === 'other' && actor === 'unknown' && !main.passive) return null;
  if (kind === 'other' && (main.word === 'will' || main.word === 'may') && actor === 'unknown') return null;
  if (main.verb === '' && kind === 'other') return null;
  const a = c.base(kind, actor, act);
  if (main.optional || /,\s*if\s+any\s*,/.test(lc)) a.optional = true;
  if (main.passive) {
    a.passive = true;
    a.subject = text.slice(0, main.index).split(/[,;]/).map((x) => x.trim()).find((x) => x.toLowerCase() === main.subject) ?? main.subject;
  }
  const cond = /^\s*(if\s+[^,]{3,120}),/i.exec(text);
  if (cond !== null) a.condition = cond[1];
  if (doc !== undefined) a.doc = doc;
  if (kind === 'contact' || kind === 'serve' || kind === 'respond') {
    const t = targetOf(pred.replace(/^\S+\s+/, ''));
    if (t !== undefined) a.target = t;
  }
  if (kind === 'contact' || kind === 'meet-and-confer') {
    const means = meansOf(lc);
    if (means.length > 0) a.means = means;
  }
  if (/\bgood[- ]faith\b/.test(lc)) a.goodFaith = true;
  return c.withRule(a);
}
