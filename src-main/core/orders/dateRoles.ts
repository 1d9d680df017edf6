/**
 * Stage "find time expressions" + "role": every calendar date written in the order, with what
 * it is for, read from the words right around it. A date is a deadline ("due by 5/16/2018"),
 * an appearance ("Sentencing set for 6/6/2018 02:30 PM"), or another date that is no one's
 * deadline now, with the reason: the day the order was signed or entered, a day that already
 * happened, an old date the order changed, an "on or after" bound, part of a span of excluded
 * time, or a date before the order itself. Recall first: a date the rules cannot place is still
 * listed ("mentioned"), never dropped.
 */
import { markSuperseded } from './supersededDates.js';
import { findDates, findTimes } from './numbers.js';
import type { IsoDate } from './types.js';

export type OtherDateReason = 'entered' | 'signed' | 'happened' | 'changed' | 'bound' | 'span' | 'past' | 'recited' | 'asked' | 'mentioned';

export type DateRole = 'deadline' | 'appearance' | OtherDateReason;

export interface DateMention {
  /** Offsets in the cleaned text. */
  start: number;
  end: number;
  iso: IsoDate;
  role: DateRole;
  /** "10:00 a.m." when the order gives a time next to the date. */
  time?: string;
  /** The clause the date belongs to (cleaned offsets): from the previous boundary to the next. */
  clauseStart: number;
  clauseEnd: number;
  /** Where the sentence holding the date starts (before any earlier date in it). */
  sentenceStart: number;
  /** For an appearance: the event's own words ("Jury Trial", "status conference"). */
  event?: string;
  /** "before July 25" / "prior to July 25": the last day is the day before the date written. */
  strictlyBefore?: boolean;
}

/** Words for hearings and conferences someone attends, as orders and docket clerks write them. */
export const EVENT_WORDS =
  /\b(?:(?:[a-z0-9()/'-]+\s+){0,4}(?:hearing|conference|trial|arraignment|sentencing|sentence|initial appearance|appearance|appear|meeting of creditors|341\(a\) meeting|meeting|oral argument|calendar call|docket call|status call|presentment|jury selection|change of plea|plea|revocation|status|mediation|deposition|JS\/JT|FPT)\b)/gi;

const TIME_AFTER = /^\s*,?\s*(?:at\s+|@\s*)?(\d{1,2})(?::(\d{2}))?(?::\d{2})?\s*([ap])\.?\s?m\b\.?|^\s*,?\s*(?:at\s+|@\s*)?noon\b/i;
const TIME_BEFORE = /(?:at\s+|@\s*)?(\d{1,2})(?::(\d{2}))(?::\d{2})?\s*(?:([ap])\.?\s?m\.?)?\s*(?:on\s+)?(?:[a-z]+day,?\s*)?$/i;

/** Where clauses break: sentence ends, semicolons, parentheses, and each date's neighbour. */
function clauseBounds(text: string, start: number, end: number, prevEnd: number, nextStart: number): [number, number] {
  const leftLimit = Math.max(prevEnd, start - 240);
  const before = text.slice(leftLimit, start);
  const re = /(?:[.!?](?<![A-Z]\.)(?<!\b(?:[ap]\.m|No|Mr|Ms|Mrs|Dr|Jr|Sr|St|v|Nos|Fed|Civ|R|P|Cal|Inc|Co|U\.S)\.)\s+(?=[A-Z(*[])|;\s*|\n\s*\n(?=\s*[A-Z0-9(•*-]))/g;
  const cuts: number[] = [];
  for (let m = re.exec(before); m !== null; m = re.exec(before)) cuts.push(leftLimit + m.index + m[0].length);
  let left = cuts[cuts.length - 1] ?? leftLimit;
  // "shall appear for an initial pretrial conference:" + a blank line + the date: the label is the line above.
  if (text.slice(left, start).trim() === '' && /:\s*$/.test(text.slice(leftLimit, left))) left = cuts[cuts.length - 2] ?? leftLimit;
  const rightLimit = Math.min(nextStart, end + 200, text.length);
  const after = text.slice(end, rightLimit);
  const r = /[.!?](?<!\b(?:[ap]\.m|No|Mr|Ms|Mrs|Dr|Jr|Sr|St|v|Nos)\.)\s+(?=[A-Z(*[])|;|\n\s*\n(?=\s*[A-Z0-9(•*-])/.exec(after);
  const right = r === null ? rightLimit : end + r.index;
  return [left, right];
}

const SIGNED = /\b(?:signed|ordered|dated|issued|entered|decided|executed|so\s+ordered|filed|docketed|submitted|modified|amended|corrected)\b(?:\s+(?:by|before)\b(?:[^.;]|(?<=\b[A-Z])\.){0,90}?)?\s+(?:on|this)\s*$|(?:^|\n)\s*(?:dated|date|signed|filed|entered|date\s+filed)\s*:?\s*$|\b(?:dated|filed|entered|signed|date\s+filed)\s*:\s*$|\bdated\s*$/i;
const ENTERED = /\(?\s*entered\s*:?\s*$/i;
const HAPPENED = /\b(?:held|heard|conducted|took\s+place|happened|occurred|was\s+filed|were\s+filed|filed|served|received|mailed|granted|denied|issued|entered)\s+(?:on\s*:?\s*)?$|\b(?:court|judge|parties|we|i)\s+(?:held|conducted|heard)\b[^.;]{0,80}\bon\s*$/i;
const FUTURE_HELD = /\b(?:to\s+be|will\s+be|shall\s+be|is\s+to\s+be|must\s+be|be)\s+(?:held|heard|conducted|filed|served|submitted|completed|made|lodged|received)\b[^.;]{0,40}$|\bheld\s+at\s+[^.;]{0,40}\bon\s*$/i;
/** Background: what an earlier order said or what already happened ("On April 25, 2012, the court issued ...", "The March 4, 2015, Order to Show Cause … required"). */
const RECITED = /^\s*on\s+(?:[a-z]+day,?\s+)?(?:[a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{2,4}),\s+(?:the\s+)?(?:court|plaintiffs?|defendants?|parties|petitioner|respondents?|i|judge|clerk|magistrate)\b[^.;]{0,40}?\b\w+ed\b|\b(?:i|the\s+court|this\s+court|court|undersigned|judge|it)\s+(?:previously\s+|had\s+|also\s+|further\s+)?(?:ordered|directed|required|gave|granted|instructed)\b|\b(?:prior|earlier|previous)\s+order\b|\b(?:the|its|the\s+court['’]s)\s+[a-z]+\.?\s+\d{1,2},\s+\d{4},?\s+(?:minute\s+|scheduling\s+)?order\b/i;
// The change must be said of this date ("set for 7/27/2012 is reset", "scheduled for 6/12/06, is taken under submission"),
// not of the next thing in a list ("by 8/22/03, reset telephone conference for ..."). A bankruptcy
// docket's "Hearing Scheduled For 4/13/05 Not Held. Continued" is a setting that is off.
const CHANGED_AFTER = /^[\s,]*(?:(?:at\s+)?\d{1,2}(?::\d{2}){0,2}\s*(?:[ap]\.?\s?m\.?)?\s*)?,?\s*(?:(?:(?:is|are|be|has\s+been|have\s+been|was|were|shall\s+be|will\s+be|hereby)\s+)+(?:hereby\s+)?(?:vacated|reset|re-set|continued|rescheduled|re-scheduled|adjourned|moved|stricken|cancell?ed|taken\s+off|taken\s+under\s+submission|advanced|changed|converted|terminated|withdrawn|superseded)|(?:vacated|cancell?ed|stricken|terminated|not\s+held|not\s+heard|off\s+(?:the\s+)?calendar)\b)/i;
const CHANGED_BEFORE = /\b(?:previously|originally|formerly|currently|presently|now)\s+(?:set|scheduled|calendared|noticed|due)\s+(?:for|on)?\s*$|\(\s*(?:was|were|had\s+been)\s+(?:set|scheduled|calendared|noticed)\s+(?:for\s+)?(?:hearing\s+|trial\s+)?(?:on|for)?\s*$|\b(?:vacat\w*|terminat\w*|cancel\w*|strik\w*|adjourn\w*|postpon\w*)\b[^.;]{0,80}?\b(?:set|scheduled|for|on)\s*$|\b(?:continued|reset|rescheduled|adjourned|moved|changed|extend\w*)\b[^.;]{0,80}\bfrom\s*$/i;
/** "the Court is Not hearing motions on 8/30/2019", "will not be held on": a setting that is off. */
const CALLED_OFF = /\bnot\s+(?:be\s+)?(?:hearing|holding|heard|held|going\s+forward)\b[^.;]{0,60}$|\b(?:cancel+ed|terminated|stricken)\b[^.;]{0,40}$/i;
/** What a party asked for ("Both motions request that the court extend the time ... to August 20, 2019"): not what the court set. */
const ASKED = /\b(?:motions?|plaintiffs?|defendants?|petitioners?|respondents?|movants?|counsel|parties|they|he|she)\s+(?:request|requests|requested|seek|seeks|sought|ask|asks|asked)\b|\b(?:requesting|seeking|asking)\s+that\b/i;
const BOUND = /\b(?:on\s+or\s+after|not\s+(?:before|earlier\s+than|sooner\s+than)|no\s+(?:sooner|earlier)\s+than|(?<!(?:filed|served|made)\s)after|since|beginning|starting|commencing|effective(?:\s+as\s+of)?|as\s+of)\s*$/i;
const SPAN_BEFORE = /\b(?:excluded|excludable|exclusion|XT\d?|tolled)\b[^.;]{0,60}$|\b(?:start|end)\s+date\s*:?\s*$|\bbetween\s*$/i;
const SPAN_SECOND = /\d\s*(?:-|–|—|through|thru)\s*$/i;
const SPAN_AFTER = /^\s*(?:-|–|—|through|thru)\s*\d|^\s*(?:and|to)\s+\d{1,2}\/\d/i;
// "RESET MOTIONS HEARING as to … (Doc. 227, 228) to: September 19, 2014": the new setting, after a list of what moved.
const LIVE_TO = /\b(?:continued|reset|re-set|rescheduled|re-scheduled|adjourned|moved|changed|extended|advanced|postponed)\b(?:[^.;]|\.(?=\s*\d)){0,240}\b(?:to|for|until)\s*:?\s*(?:[a-z]+day,?\s*)?$/i;
const DEADLINE_NOUN = /\b(?:due(?!\s+(?:process|diligence|regard|course|care|consideration|to\s+the\b))|deadlines?|ddl|cut-?off|last\s+day\s+to|(?:filing|response|reply|compliance|completion)\s+date)\b[^.;]{0,60}$/i;
const DEADLINE_LEAD =
  /(?:\bby\s+this\s+date\b[^.;]{0,200}$)|(?:\b(?:up\s+)?to\s+and\s+including\s*$)|(?:\b(?:due|deadline|ddl|dl|cut-?off|in\s+no\s+event\s+later\s+than|no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|by|before|prior\s+to|until|till|through|to\s*&\s*inc\.?|up\s+to\s+and\s+including|extended\s+(?:to|until|through)|has\s+until|have\s+until|must\b[^.;]{0,80}|shall\b[^.;]{0,80}|to\s+(?:file|serve|submit|respond|reply|surrender|self-surrender|return|provide|complete|pay|lodge|make)\b[^.;]{0,80})\s*(?:noon|\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?)?\s*:?\s*(?:on\s+)?(?:[a-z]+day,?\s*)?$)|(?:\b(?:due|deadline|ddl|cut-?off|completed?)\b[^.;:]{0,60}:\s*$)/i;
const APPEAR_LEAD = /\b(?:trial|hearing|conference|argument)\s+(?:begins|commences|starts|will\s+(?:begin|commence|start))\s*(?:on\s+)?$|\b(?:set|reset|re-set|scheduled|rescheduled|continued|calendared|noticed|held|convene|convened|commence|begin|appear|appearance|hearing|conference|trial)\b[^.;]{0,50}?\b(?:for|on|to|at)\s*(?:\d{1,2}(?::\d{2}){0,2}\s*(?:[ap]\.?\s?m\.?)?\s*(?:on\s+)?)?(?:[a-z]+day,?\s*)?$|\bon\s*(?:[a-z]+day,?\s*)?$|@\s*$|:\s*$/i;
/** "On 5/8/2023 at 10:30 AM there shall be an Initial Scheduling Conference": the date of a court event said first. */
const EVENT_AFTER =
  /^\s*,?\s*(?:at\s+\d{1,2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?,?\s*)?(?:there\s+(?:shall|will)\s+be|the\s+court\s+(?:shall|will)\s+(?:hold|conduct|convene))\s+(?:an?\s+|the\s+)?[^.;]{0,40}?\b(?:hearing|conference|trial|arraignment|sentencing|argument|mediation)\b/i;
const START_LEAD = /^\s*(?:on\s+or\s+before|no\s+later\s+than|not\s+later\s+than|by|before|within|on)\s*(?:[a-z]+day,?\s*)?$/i;

function timeNear(text: string, start: number, end: number, clauseStart: number, clauseEnd: number): string | undefined {
  const after = TIME_AFTER.exec(text.slice(end, Math.min(clauseEnd + 40, end + 40)));
  if (after !== null) return after[0].toLowerCase().includes('noon') ? '12:00 p.m.' : `${Number(after[1])}:${after[2] ?? '00'} ${after[3].toLowerCase()}.m.`;
  const before = TIME_BEFORE.exec(text.slice(Math.max(clauseStart, start - 40), start));
  if (before !== null) {
    const h = Number(before[1]);
    const ampm = before[3]?.toLowerCase() ?? (h >= 7 && h <= 11 ? 'a' : 'p');
    return `${h}:${before[2] ?? '00'} ${ampm}.m.`;
  }
  const inClause = findTimes(text.slice(end, Math.min(clauseEnd, end + 60)))[0];
  return inClause?.time;
}

/** The event named closest before (or just after) the date within its clause. */
function eventNear(text: string, sentenceStart: number, clauseStart: number, start: number, end: number, clauseEnd: number): string | undefined {
  const left = text.slice(clauseStart, start);
  let last: string | undefined;
  EVENT_WORDS.lastIndex = 0;
  for (let m = EVENT_WORDS.exec(left); m !== null; m = EVENT_WORDS.exec(left)) last = m[0];
  if (last !== undefined) return eventName(last);
  if (sentenceStart < clauseStart) {
    EVENT_WORDS.lastIndex = 0;
    for (let m = EVENT_WORDS.exec(text.slice(sentenceStart, clauseStart)); m !== null; m = EVENT_WORDS.exec(text.slice(sentenceStart, clauseStart))) last = m[0];
    if (last !== undefined) return eventName(last);
  }
  EVENT_WORDS.lastIndex = 0;
  const right = EVENT_WORDS.exec(text.slice(end, clauseEnd));
  return right === null ? undefined : eventName(right[0]);
}

const EVENT_MODIFIERS = new Set(
  'status settlement scheduling planning pretrial pre-trial final initial evidentiary motion motions detention preliminary competency sentencing bond exoneration change of plea jury bench telephone telephonic video limine case management mandatory further omnibus revocation suppression confirmation creditors 341(a) two-week fourteen-day day in show cause'.split(' '),
);

/** "motion is set for hearing" -> "hearing"; "continued for a Status Conference" -> "Status Conference". */
function eventName(words: string): string {
  const parts = words.trim().split(/\s+/);
  const head = parts.pop() ?? '';
  const kept: string[] = [head];
  for (let i = parts.length - 1; i >= 0; i--) {
    const w = parts[i];
    if (/^(?:ORDERED|ORDER|SETTING|EVENT|DATE|SET|THE|A|AN|FOR|IS|TO|court'?s|court’s|judge'?s)$/i.test(w)) break;
    const bare = w.replace(/[(),:;]/g, '');
    if (!EVENT_MODIFIERS.has(bare.toLowerCase()) && !/^[A-Z][A-Za-z/'-]*$/.test(bare)) break;
    kept.unshift(bare);
  }
  const name = kept.join(' ').replace(/[()]/g, '');
  return /^appear$/i.test(name) ? 'court date' : name;
}

/**
 * A table of dates whose labels were lost or sit apart ("schedule: May 4, 2005 May 18, 2005 ...",
 * "Joint Pretrial Statement 6/17/2024"): a date the rules could not place, a few words after a
 * deadline with no sentence break between, is read as the next row of the same table.
 */
function tableRows(text: string, mentions: DateMention[]): void {
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i];
    const prev = mentions[i - 1];
    if (m.role !== 'mentioned' || (prev.role !== 'deadline' && prev.role !== 'appearance')) continue;
    const between = text.slice(prev.end, m.start);
    if (/[.;!?](?:\s|$)|\n\s*\n/.test(between.replace(/\b(?:[ap]\.m|[A-Z]|v|No|Fed|R|P|Civ)\./g, '')) || between.split(/\s+/).filter((w) => w !== '').length > 14) continue;
    if (/\b(?:held|entered|signed|filed\s+on|vacated|reset|continued)\b/i.test(between)) continue;
    EVENT_WORDS.lastIndex = 0;
    m.role = prev.role === 'appearance' && EVENT_WORDS.test(between) ? 'appearance' : 'deadline';
    EVENT_WORDS.lastIndex = 0;
  }
}

const PROCEEDING_MINUTES = /^\W*(?:E[PO]:\s*)?(?:minute\s+entry\s+for\s+proceedings\s+held|minutes\s*:|minutes\s+of\s+(?:the\s+)?proceedings?)/i;
const MODIFIES_SCHEDULE = /\bgrant(?:ing|s|ed)\b[^.]{0,60}?\b(?:motion|request|stipulation)\s+to\s+(?:modify|amend|extend|continue|revise)\s+(?:the\s+)?(?:discovery|scheduling|pretrial|case\s+management|deadlines?|schedule)|\b(?:motion|request|stipulation)\s+to\s+(?:modify|amend|extend|continue|revise)\b(?:[^.]|\.(?!\s+[A-Z][a-z])){0,120}?\b(?:granted|approved)\b|\b(?:scheduling\s+order|schedule|deadlines?)\s+(?:is|are)\s+(?:hereby\s+)?(?:modified|amended|vacated|extended|revised)\b|\bis\s+(?:hereby\s+)?amended\s+as\s+follows\b/i;
const SCHEDULE_RECITAL = /^\s*(?:pursuant\s+to|under|per)\s+the\s+(?:[^.;]{0,40}?,\s*)?(?:discovery\s+and\s+)?scheduling\s+order\b|\b(?:that|the|this)\s+(?:prior\s+|earlier\s+|scheduling\s+)?order\s+(?:explained|stated|provided|required|set|said)\b|^\s*(?:by|in)\s+(?:an?\s+|its\s+|the\s+)?(?:order|scheduling\s+order|discovery\s+and\s+scheduling\s+order)\s+(?:filed|entered|issued|dated)\b|\b(?:the\s+)?(?:undersigned|court)\s+(?:previously\s+)?(?:set|issued|entered)\s+(?:a|the)\s+(?:schedule|scheduling\s+order)\b/i;
const CLOSES_CASE = /\bclerk\b[^.]{0,60}\bclose\s+(?:this|the)\s+(?:case|action|file)\b|\b(?:case|action)\s+is\s+(?:hereby\s+)?(?:dismissed|closed)\b/i;
const EARLIER_ORDER = /\border\s*\[\d+\]|\border\s*\(\s*(?:ECF|Doc|Dkt)\.?\s*(?:No\.?\s*)?\d+\s*\)|\bcourt['’]s\s+[A-Z][a-z]+\s+\d{1,2},\s+\d{4},?\s+order\b|\b(?:prior|earlier|previous)\s+order\b/i;

/** A sentence that tells the case's history or an earlier order ("On October 1, 2024, the Court ordered ..."). */
export function isRecital(sentence: string): boolean {
  return RECITED.test(sentence);
}

/** Every date in the cleaned text with its role. `orderDate` makes earlier dates "past". */
export function findDateMentions(text: string, orderDate?: IsoDate): DateMention[] {
  const dates = findDates(text);
  const mentions = dates.map((d, i) => {
    const prevEnd = i > 0 ? dates[i - 1].end : 0;
    const nextStart = i + 1 < dates.length ? dates[i + 1].start : text.length;
    const [cs, ce] = clauseBounds(text, d.start, d.end, prevEnd, nextStart);
    const lead = text.slice(cs, d.start);
    const local = text.slice(Math.max(cs, d.start - 120), d.start);
    const tail = text.slice(d.end, ce);
    const [ss] = clauseBounds(text, d.start, d.end, 0, nextStart);
    const sentenceLead = text.slice(ss, d.start);
    const mention: DateMention = { start: d.start, end: d.end, iso: d.iso, role: 'mentioned', clauseStart: cs, clauseEnd: ce, sentenceStart: ss };
    const time = timeNear(text, d.start, d.end, cs, ce);
    if (time !== undefined) mention.time = time;
    mention.role = roleOf(lead, local, sentenceLead, tail, d.iso, orderDate, time !== undefined);
    if (mention.role === 'deadline' && /(?<!\bon\s+or\s+)\b(?:before|prior\s+to)\s*(?:[a-z]+day,?\s*)?$/i.test(local)) mention.strictlyBefore = true;
    if (mention.role === 'appearance' || mention.role === 'deadline' || mention.role === 'changed') {
      const ev = eventNear(text, ss, cs, d.start, d.end, ce);
      if (ev !== undefined) mention.event = ev;
    }
    return mention;
  });
  tableRows(text, mentions);
  markSuperseded(text, mentions);
  // A court date the order changed is changed wherever it is named again (an earlier order recited in the body).
  const changed = new Set(mentions.filter((m) => m.role === 'changed').map((m) => m.iso));
  for (const m of mentions) if (m.role === 'appearance' && changed.has(m.iso)) m.role = 'changed';
  // Minutes of a proceeding: a setting on the day of the proceeding is that proceeding, already under way.
  if (orderDate !== undefined && PROCEEDING_MINUTES.test(text.trimStart())) {
    for (const m of mentions) if (m.role === 'appearance' && m.iso === orderDate) m.role = 'happened';
  }
  // An order that changes a schedule while reciting the old one ("By order filed June 15, 2021, the undersigned set a
  // schedule ... that included the following deadlines: ...; Defendant's motion to modify the Scheduling Order is
  // GRANTED"): the recited dates are the old ones.
  if (MODIFIES_SCHEDULE.test(text)) {
    for (const m of mentions) {
      if (m.role !== 'deadline' && m.role !== 'appearance') continue;
      const head = text.slice(Math.max(0, m.start - 600), m.start);
      const stop = Math.max(head.lastIndexOf('. ') + 2, head.lastIndexOf('.\n') + 2, head.lastIndexOf('\n') + 1);
      if (SCHEDULE_RECITAL.test(stop > 0 ? head.slice(stop) : head)) m.role = 'changed';
    }
  }
  // An order that closes the case ends the court dates earlier orders set ("Order [36], resetting the trial for July 1").
  if (CLOSES_CASE.test(text)) {
    for (const m of mentions) if (m.role === 'appearance' && EARLIER_ORDER.test(text.slice(m.sentenceStart, m.start))) m.role = 'recited';
  }
  return mentions;
}

function roleOf(lead: string, rawLocal: string, sentenceLead: string, tail: string, iso: IsoDate, orderDate: IsoDate | undefined, timed: boolean): DateRole {
  // A form's "DATE:" label after "for:" or "on:" is not the date the paper was signed.
  const local = rawLocal.replace(/\b(for|on|to)\s*:\s*date\s*:\s*$/i, '$1 ');
  if (ENTERED.test(local)) return 'entered';
  if (SIGNED.test(local) && !DEADLINE_LEAD.test(local.slice(-25))) return 'signed';
  if (SPAN_BEFORE.test(local) || SPAN_SECOND.test(local) || SPAN_AFTER.test(tail) || (SPAN_BEFORE.test(sentenceLead) && /^\s*(?:to|and|thru|through|-)\s*$/i.test(lead))) return 'span';
  if (CHANGED_AFTER.test(tail) || CHANGED_BEFORE.test(local) || CALLED_OFF.test(local)) return 'changed';
  if (ASKED.test(sentenceLead) && !/\b(?:grant(?:ed|ing|s)?|ordered|shall|must)\b/i.test(sentenceLead)) return 'asked';
  const liveTo = LIVE_TO.test(local) || (LIVE_TO.test(sentenceLead) && /^\s*(?:\d{1,2}(?::\d{2}){0,2}\s*(?:[ap]\.?\s?m\.?)?\s*)?(?:to|for|until)\s*$|^\s*\)?\s*(?:\([^)]{0,40}\)\s*)?to\s*:\s*$/i.test(lead));
  if (!liveTo && HAPPENED.test(local) && !FUTURE_HELD.test(local)) return 'happened';
  if (BOUND.test(local) && !DEADLINE_LEAD.test(local)) return 'bound';
  if (orderDate !== undefined && iso < orderDate) return 'past';
  // A deadline an earlier order set is still a deadline while it lies ahead; only an earlier one is history.
  if (RECITED.test(sentenceLead) && (orderDate === undefined || iso <= orderDate)) return 'recited';
  const eventLead = liveTo ? sentenceLead : lead;
  EVENT_WORDS.lastIndex = 0;
  const hasEvent = EVENT_WORDS.test(eventLead);
  const localEvent = /\b(?:hearing|conference|trial|arraignment|sentencing|sentence|appearance|appear|meeting|argument|selection|plea|calendar\s+call|docket\s+call|status\s+call|presentment|mediation|JS\/JT|FPT)\b(?:[^.;]|\.(?!\s+[A-Z])){0,60}$/i.test(local) || (liveTo && /\b(?:hearing|conference|trial|arraignment|sentencing|appearance|argument|calendar\s+call|docket\s+call|presentment|mediation)\b(?:[^.;]|\.(?!\s+[A-Z])){0,120}$/i.test(sentenceLead));
  const deadlineNoun = DEADLINE_NOUN.test(local);
  const deadlineWords = deadlineNoun || DEADLINE_LEAD.test(local) || /\bby\s+this\s+date\b/i.test(sentenceLead) || (START_LEAD.test(lead) && /\b(?:shall|must|will|is\s+to|are\s+to|to)\b/i.test(tail));
  if (/(?:^|[.:]\s*|\n\s*)on\s*(?:[a-z]+day,?\s*)?$/i.test(lead) && EVENT_AFTER.test(tail)) return 'appearance';
  // "sets a 9 a.m. July 15, 2008 status hearing date": the event named right after the date it is set for.
  if (/\b(?:set|sets|setting|schedul\w*)\b(?:[^.;]|\.(?!\s+[A-Z])){0,30}$/i.test(local) && /^\s*(?:[a-z-]+\s+){0,2}(?:hearing|conference|trial)\b/i.test(tail)) return 'appearance';
  if (hasEvent && localEvent && !deadlineNoun && (APPEAR_LEAD.test(local) || liveTo || timed) && !/\b(?:file|filed|submit|serve)\b[^.;]{0,30}$/i.test(local)) return 'appearance';
  if (deadlineWords || liveTo) return 'deadline';
  if (hasEvent && (APPEAR_LEAD.test(local) || timed)) return 'appearance';
  // "amended as follows: Close of Fact Discovery: February 28, 2018. Reports of Experts : March 14, 2018.": a schedule's row.
  if (SCHEDULE_ROW.test(local)) return 'deadline';
  return labelAfter(tail) ?? 'mentioned';
}

const SCHEDULE_ROW = /\b(?:discovery|reports?|disclosures?|motions?|briefs?|consent|amend\w*|joinder|pleadings|depositions?|designations?|mediation)\b[^.;:]{0,60}:\s*$|\b(?:discovery|reports?|disclosures?|motions?|briefs?|consent|amend\w*|joinder|pleadings|depositions?|designations?|mediation)\s*:\s*$/i;

/**
 * A schedule written date first, its label after a colon: "Monday, February 11, 2013: cutoff
 * deadline for discovery …; Friday, March 1, 2013: HEARING regarding class certification at 4:00 PM".
 */
function labelAfter(tail: string): DateRole | undefined {
  const label = /^\s*(?:at\s+\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?\s*)?[:–—-]\s*([^;]{1,160})/i.exec(tail)?.[1];
  if (label === undefined) return undefined;
  if (/\b(?:deadline|cut-?\s?off|due|last\s+day|must|shall|to\s+(?:file|serve|submit|respond|complete))\b/i.test(label)) return 'deadline';
  if (/^(?:\S+\s+){0,3}?(?:hearing|conference|trial|arraignment|sentencing|argument|mediation)\b/i.test(label)) return 'appearance';
  return undefined;
}
