/**
 * Reads "by when" out of a clause: "within twenty-one (21) days of the date of this order",
 * "no later than seven days before the hearing on April 7, 2025 at 10:00 a.m.",
 * "no later than March 3, 2025", "within 5 days of the meet and confer session".
 */
import { findDates, findDurations, findTimes, type Duration } from './numbers.js';
import type { DeadlineRule, Trigger } from './types.js';


const AFTER_WORDS = /^\s*(?:of|after|from|following|upon|since)\b\s*/i;
const BEFORE_WORDS = /^\s*(?:before|prior\s+to|preceding|ahead\s+of|in\s+advance\s+of)\b\s*/i;
const FIXED_LEAD = /\b(?:in\s+no\s+event\s+later\s+than|no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|by|before|until|on|is|deadline\s+(?:of|is)|due(?:\s+on)?)\s*(?:(?:\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?|noon)\s*(?:on\s+)?)?$/i;

/** Where the event phrase after "of/after/before" stops. */
function eventPhrase(text: string, from: number): { text: string; end: number } {
  const dates = findDates(text.slice(from, from + 160)).map((d) => {
    // "after Monday, June 7, 2021": the weekday's comma belongs to the date and does not end the phrase.
    const weekday = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,\s*$/i.exec(text.slice(from, d.start + from));
    return { start: weekday === null ? d.start + from : from + weekday.index, end: d.end + from };
  });
  const times = findTimes(text.slice(from, from + 200)).map((d) => ({ start: d.start + from, end: d.end + from }));
  const protectedSpans = [...dates, ...times];
  let end = from;
  const limit = Math.min(text.length, from + 160);
  for (let i = from; i < limit; i++) {
    const inside = protectedSpans.some((s) => i >= s.start && i < s.end);
    if (inside) {
      end = i + 1;
      continue;
    }
    const c = text[i];
    if (c === ',' || c === ';' || c === ':' || c === '(' || c === ')' || (c === '.' && !/[a-z]\.[a-z]/i.test(text.slice(i - 1, i + 2)) && !/\b(?:a|p)\.$/i.test(text.slice(i - 2, i + 1)))) break;
    const rest = text.slice(i, i + 40);
    const soFar = text.slice(from, i).trim().split(/\s+/).length;
    if (soFar >= 5 && !/\bdate(?:\s+on)?\s*$/i.test(text.slice(from, i)) && /^\s(?:that|which|who)\b/i.test(rest)) break;
    // "file not less than 10 days before the conference a joint … plan": the paper starts after the event.
    if (/^\s(?:a|an)\s/i.test(rest) && /\b(?:conference|hearing|trial|order|motion|complaint|service|filing|meeting|mediation|answer|petition)\s*$/i.test(text.slice(from, i))) break;
    if (/^\s(?:shall|must|will|may|to\s+(?:cure|e-?file|file|serve|submit|respond|meet|confer|contact|lodge|sign|appear)|in\s+which|unless|if|and\s+(?:shall|must|will)|(?:the\s+)?(?:plaintiffs?|defendants?|parties|petitioners?|respondents?|counsel|government|guardian\s+ad\s+litem)\s+(?:shall|must|will|may|advise|file|serve|submit))\b/i.test(rest)) break;
    end = i + 1;
  }
  const words = text.slice(from, end).trim().split(/\s+/);
  const capped = words.length > 16 ? words.slice(0, 16).join(' ') : words.join(' ');
  return { text: capped.replace(/[\s,.]+$/, ''), end };
}

const COURT_EVENT = /\b(?:hearing|oral argument|trial|status conference|scheduling conference|pretrial conference|pre-trial conference|settlement conference|case management conference|mandatory settlement conference|rule 16(?:\(b\))? conference|initial conference|sentencing|arraignment|plea|calendar call|mediation|initial appearance|appearance|conference (?:with|before) the (?:court|judge|magistrate)|(?:above|above-referenced|aforementioned|said|scheduled) (?:conference|hearing))\b/;

/** A court's own event (hearing, trial, settlement conference): its date comes from the order, not from the person's log. */
export function isCourtEvent(words: string): boolean {
  return COURT_EVENT.test(words.toLowerCase());
}

/** What kind of event the days count from. */
export function classifyTrigger(words: string): Trigger {
  const w = words.toLowerCase();
  // "the defendants' first appearance" is their first paper in the case, not a hearing.
  if (/\bfirst\s+appearance\b|\bappearance\s+of\s+counsel\b/.test(w)) return 'other';
  if (isCourtEvent(w)) return 'conference';
  // FRCP 6(d) adds days only to periods that run from service; receipt is another event.
  if (/\b(?:receipt|receiv(?:e|ed|ing))\b/.test(w) && !/\bservi(?:ce|ed)\b/.test(w)) return 'other';
  if (/\b(?:release|released|reopen\w*|transfer\w*|remand\w*|arrival|discharge\w*|completion|conclusion|decision|ruling|judgment)\b/.test(w) && !/\b(?:this|the)\s+order\b/.test(w)) return /\bfil(?:ing|ed)\b/.test(w) ? 'filing' : 'other';
  // "after serving copies of this order on each defendant": the person's own act, not service on them.
  if (/\bserving\b/.test(w)) return 'other';
  if (/\bserv(?:ice|ed)\b/.test(w)) {
    // Service of this order counts from the order; service of someone's paper is that paper's filing.
    // A magistrate judge's report and recommendation is the paper being served: objections count from its service.
    if (/\b(?:order|this)\b|\breport\s+and\s+recommendations?\b|\bfindings\s+and\s+recommendations?\b/.test(w) || !/\b(?:opposition|response|reply|motion|answer|complaint|brief|statement|objections?|report|notice|discovery|requests?|interrogator)/.test(w)) return 'service';
    return 'filing';
  }
  if (/\b(?:meet(?:ing)?|confer(?:ence|ring|red)?|session|discussion|call)\b/.test(w)) return 'conference';
  // "the date on which the memorandum is due": a day the order does not give, not the order's own date.
  if (/\bdate\s+on\s+which\b/.test(w) && !/\bfiled\b/.test(w)) return 'other';
  if (/\bits\s+(?:filing|entry|issuance|docketing)\b|\bdate\s+of\s+this\b|\b(?:this|the)\s+(?:opinion|memorandum|decision|minute\s+order|scheduling\s+order)\b|\b(?:this|the)\s+court['’]s\s+order\b/.test(w)) return 'order-date';
  if (/\b(?:is|are|was|were|be|been)\s+filed\b|\bfile\s+date\b|\bfiling\s+of\b/.test(w) && !/\b(?:this|the)\s+order\b/.test(w)) return 'filing';
  if (/\b(?:this|the)\s+(?:order|notice|minute\s+order|entry|docket\s+entry)\b|\b(?:date|entry)\s+(?:of\s*)?(?:this|the)\s*(?:order|notice|minute\s+order|entry)\b|\bentered\b|\bissued\b|\bsigned\b|\btoday\b|\bthe\s+date\s+hereof\b/.test(w)) return 'order-date';
  if (/\bfil(?:ing|ed|es)\b|\bsubmi|\bdocketed\b|\blodg|\bdisclosures?\b/.test(w)) return 'filing';
  return 'other';
}

function daysOf(d: Duration): { days?: number; months?: number; hours?: number } {
  if (d.unit === 'hour') return { hours: d.value };
  if (d.unit === 'day') return { days: d.value };
  if (d.unit === 'week') return { days: d.value * 7 };
  if (d.unit === 'month') return { months: d.value };
  if (d.unit === 'year') return { months: d.value * 12 };
  return {};
}

/**
 * The deadline in a clause, if it has one. An unstated starting point ("within 14 days")
 * is counted from the order's date and flagged, because that gives the earlier, safer date.
 */
export function findDeadline(clause: string): DeadlineRule | undefined {
  const durations = findDurations(clause);
  for (const d of durations) {
    const tail = clause.slice(d.end);
    // "an additional three weeks, until August 8, 2019": the order names the last day itself.
    const until = /^\s*,?\s*(?:until|through|up\s+to\s+and\s+including|to\s+and\s+including|to)\s+(?:[a-z]+day,?\s+)?/i.exec(tail);
    const named = until === null ? undefined : findDates(tail.slice(until[0].length, until[0].length + 30))[0];
    if (until !== null && named !== undefined && named.start === 0) {
      const at = d.end + until[0].length;
      return { trigger: 'fixed-date', triggerWords: clause.slice(at, at + named.end), fixedDate: named.iso };
    }
    const before = BEFORE_WORDS.exec(tail);
    const after = before === null ? AFTER_WORDS.exec(tail) : null;
    const lead = clause.slice(Math.max(0, d.start - 30), d.start).toLowerCase();
    const span = daysOf(d);
    const extra: Partial<DeadlineRule> = {};
    if (d.dayKind !== undefined) extra.dayKind = d.dayKind;
    // "for the six months preceding the filing of this action" describes a span; it sets no deadline.
    if (before !== null && /\b(?:for|during|over|of|in)\s+(?:the\s+)?(?:past\s+|last\s+|first\s+)?$/i.test(lead)) continue;
    if (before !== null || after !== null) {
      const m = (before ?? after) as RegExpExecArray;
      const ev = eventPhrase(clause, d.end + m[0].length);
      if (ev.text === '') continue;
      const trigger = classifyTrigger(ev.text);
      const rule: DeadlineRule = {
        ...span,
        ...extra,
        direction: before !== null ? 'before' : 'after',
        // Nothing is due days before the order that asks for it: a count back is from some other day.
        trigger: before !== null && trigger === 'order-date' ? 'other' : trigger,
        triggerWords: ev.text,
      };
      // "respond to another party's objections within 14 days after being served with a copy": the copy is of the objections.
      if (rule.trigger === 'service' && /^being\s+served\s+with\s+(?:a\s+copy|them|it)\s*$/i.test(ev.text) && /\b(?:respond|response|reply)\s+to\b/i.test(clause.slice(0, d.start))) rule.trigger = 'filing';
      const date = findDates(ev.text)[0];
      if (date !== undefined) {
        rule.triggerDate = date.iso;
        // "14 days after September 6, 2022": the order's words fix the day; FRCP 6 still counts it.
        if (rule.trigger === 'other' && ev.text.replace(/^(?:the\s+)?(?:date\s+of\s+)?(?:[a-z]+day,\s*)?/i, '').trim() === ev.text.slice(date.start, date.end).trim()) rule.trigger = 'fixed-date';
      }
      const time = findTimes(ev.text)[0];
      if (time !== undefined) rule.time = time.time;
      return rule;
    }
    if (/^\s*(?:thereafter|after\s+that|afterwards?)\b/i.test(tail) || /\bthereafter\s*$/i.test(lead)) {
      return { ...span, ...extra, direction: 'after', trigger: 'filing', triggerWords: 'that (the step before it)' };
    }
    // "Upon the filing of the PAR, petitioner may reply within thirty (30) days": the days run from that filing.
    const upon = /^\s*(?:upon|after|following|once)\s+((?:the\s+)?(?:filing|service|receipt|entry)\s+of\s+[^,;.]{2,80}),/i.exec(clause);
    if (upon !== null && d.start > upon[0].length && /\bwithin\s*$/i.test(lead)) {
      return { ...span, ...extra, direction: 'after', trigger: classifyTrigger(upon[1]), triggerWords: upon[1] };
    }
    // "ORDER to SHOW CAUSE …; Thirty-Day Deadline", "Thirty-Day Response Deadline": a docket's name for the period.
    const namedPeriod = /^\s*(?:[a-z]+\s+)?deadline\b/i.test(tail);
    if (namedPeriod || /\b(?:within|w\/i|in|has|have|given|granted|allowed|additional|extension\s+of|period\s+of)\s*(?:an?\s+|the\s+same\s+)?(?:additional\s+)?$/.test(lead) || /\bto\s+(?:file|serve|submit|respond)/.test(tail.slice(0, 30))) {
      return { ...span, ...extra, direction: 'after', trigger: 'order-date', triggerWords: 'the date of this order', triggerAssumed: true };
    }
  }
  for (const date of findDates(clause)) {
    const lead = clause.slice(Math.max(0, date.start - 60), date.start);
    if (!FIXED_LEAD.test(lead) && !/\b(?:set|scheduled|held|conducted|continued|reset)\s+(?:for|on)\s*$/i.test(lead) && !/\b(?:on|for)\s*$/i.test(lead)) continue;
    const rule: DeadlineRule = { trigger: 'fixed-date', triggerWords: clause.slice(date.start, date.end), fixedDate: date.iso };
    const near = clause.slice(Math.max(0, date.start - 25), Math.min(clause.length, date.end + 25));
    const time = findTimes(near)[0];
    if (time !== undefined) rule.time = time.time;
    return rule;
  }
  return undefined;
}
