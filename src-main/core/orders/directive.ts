/**
 * Finds the command in a clause: who is told (the subject), the command words ("shall",
 * "is directed to", "the Court ... require(s) the parties to", "ORDERED that Plaintiff
 * file") and the verb that follows. Works on a lower-case copy with the same offsets.
 */
import { findDurations } from './numbers.js';
import { namesActor } from './actors.js';
import { findDocument } from './documents.js';

/** Openers that are not the subject: "Within seven days of ..., defense counsel shall". */
const INTRO = /^(?:if|when|within|upon|after|before|in|on|by|no\s+later\s+than|not\s+later\s+than|unless|once|until|for|to\s+the\s+extent|accordingly|further|furthermore|however|also|thereafter|finally|additionally|in\s+addition|as|where|while)\b|^if\s+any$/;

export interface Directive {
  /** Offset of the command words in the clause. */
  index: number;
  /** Offset where the verb (and what follows it) starts. */
  verbStart: number;
  verb: string;
  /** The subject phrase as written (lower case). */
  subject: string;
  passive: boolean;
  negated: boolean;
  /** "may", "permitted", "encouraged": a choice rather than a duty. */
  optional: boolean;
  /** The command words themselves ("shall", "is directed", "warned"). */
  word: string;
}

// The word after a modal is a verb: "conduct in May to June 2016" names a month.
const MODAL =
  /\b(shall|must|will|should|may|is\s+to|are\s+to|needs?\s+to|has\s+to|have\s+to)\s+(not\s+)?(?:also\s+|promptly\s+|jointly\s+|immediately\s+|then\s+|each\s+|further\s+|timely\s+)?(be\s+)?(?!(?:to|the|a|an|and|or|of|in|on|at|for|through|until)\b)([a-z][a-z'-]*)/g;
// Courts put a word or two between "is" and "ordered" ("is thus ORDERED", "is therefore hereby
// directed"), the time between "ordered" and "to" ("is ORDERED by August 1, 2011, to complete"),
// and a word between "to" and the verb ("to either pay … or provide"): all are skipped.
const DIRECTED =
  /\b(?:is|are)\s+(?:(?:hereby|expressly|further|also|again|thus|therefore|accordingly|now|once\s+again|[a-z]+ly)\s+){0,2}(directed|ordered|required|instructed|expected|obligated|permitted|allowed|granted\s+leave|encouraged|reminded|warned|cautioned|advised|admonished|notified)\b(?:(?:,?\s+(?:by|on\s+or\s+before|no\s+later\s+than|not\s+later\s+than|within)\s+[^;.]{1,40}?,?)?\s+(to|that)\s+(?:(?:either|both|also|then|first|now|promptly|immediately|timely|jointly|personally|fully|properly|separately|forthwith)\s+)?([a-z][a-z'-]*)?)?/g;
const ACTOR_OBJECT =
  '(?:the\\s+|all\\s+|each\\s+|both\\s+)?(?:parties|party|plaintiffs?|defendants?|defense\\s+counsel|counsel(?:\\s+for\\s+(?:the\\s+)?(?:plaintiffs?|defendants?))?|petitioners?|respondents?|(?:the\\s+)?clerk(?:\\s+of\\s+(?:the\\s+)?court)?)';
const COURT_ACTIVE = new RegExp(
  // "orders Plaintiff Delroy Pengelly to submit": up to three words of a name may follow the party.
  `\\b(?:require|requires|requiring|direct|directs|directing|order|orders|ordering|instruct|instructs|instructing)\\s+(${ACTOR_OBJECT}(?:\\s+(?!to\\b)[a-z][a-z.'-]*){0,3}?)(?:\\s*\\(\\s*(?:the\\s+)?["“][^"”)]{1,30}["”]\\s*\\))?(?:\\s+\\d)?\\s+to\\s+([a-z][a-z'-]*)`,
  'g',
);
const ORDERED_THAT = new RegExp(
  `\\b(?:ordered|orders|directs|directed|order|direct)\\s*(?:that)?\\s*:?\\s+(?:that\\s+)?(${ACTOR_OBJECT})\\s+(?!shall\\b|must\\b|will\\b|may\\b|is\\b|are\\b|should\\b|has\\b|have\\b|to\\b|and\\b|or\\b)([a-z][a-z'-]*)`,
  'g',
);
const HAS_TIME = /\b(has|have|is\s+granted|are\s+granted|is\s+given|are\s+given|shall\s+have|will\s+have|is\s+allowed|are\s+allowed)\s+([^.;]{0,70}?)\s+(?:in\s+which\s+)?to\s+([a-z][a-z'-]*)/g;

function subjectBefore(lc: string, index: number, passive = false): string {
  let s = lc.slice(0, index);
  const cut = Math.max(s.lastIndexOf(' that '), s.lastIndexOf(':'), s.lastIndexOf('that:'));
  if (cut >= 0) s = s.slice(cut + 1).replace(/^\s*that\b:?/, '');
  const parts = s.split(/,|;/).map((p) => p.trim()).filter((p) => p !== '');
  // "Any motion to join other parties, ..., shall be filed": the thing comes first.
  if (passive) for (const p of parts) if (!INTRO.test(p) && findDocument(p.split(/\s+/).slice(0, 5).join(' ')) !== undefined) return p;
  for (let i = parts.length - 1; i >= 0; i--) if (namesActor(parts[i])) return parts[i];
  for (let i = parts.length - 1; i >= 0; i--) if (findDocument(parts[i]) !== undefined || !INTRO.test(parts[i])) return parts[i];
  return parts[parts.length - 1] ?? '';
}

function all(re: RegExp, lc: string): RegExpExecArray[] {
  re.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(lc); m !== null; m = re.exec(lc)) {
    out.push(m);
    if (out.length > 50) break;
  }
  return out;
}

/** Every command in the clause, earliest first. */
export function findDirectives(lc: string): Directive[] {
  const found: Directive[] = [];
  for (const m of all(MODAL, lc)) {
    // "On 5/8/2023 at 10:30 AM there shall be an Initial Scheduling Conference": an event, not a command.
    if (m[4] === 'be' && /\bthere\s*$/.test(lc.slice(Math.max(0, m.index - 8), m.index))) continue;
    const word = m[1].replace(/\s+/g, ' ');
    const verb = m[4];
    const verbStart = m.index + m[0].length - verb.length;
    found.push({
      index: m.index,
      verbStart,
      verb,
      subject: subjectBefore(lc, m.index, m[3] !== undefined),
      passive: m[3] !== undefined,
      negated: m[2] !== undefined,
      optional: word === 'may' && m[2] === undefined,
      word,
    });
  }
  for (const m of all(DIRECTED, lc)) {
    // After "that" comes a new clause with its own subject, not a verb.
    const verb = m[2] === 'that' ? '' : m[3] ?? '';
    const verbStart = verb === '' ? m.index + m[0].length - (m[3]?.length ?? 0) : m.index + m[0].length - verb.length;
    const w = m[1].replace(/\s+/g, ' ');
    found.push({
      index: m.index,
      verbStart,
      verb,
      subject: subjectBefore(lc, m.index),
      passive: false,
      negated: false,
      optional: w === 'permitted' || w === 'allowed' || w === 'encouraged' || w === 'granted leave',
      word: m[2] === 'that' ? `${w} that` : w,
    });
  }
  // "The Court will order Petitioner to show cause": the command is to Petitioner, not to the Court.
  const courtCommands = all(COURT_ACTIVE, lc);
  const ordersSomeone = new Set(courtCommands.map((m) => m.index));
  for (let i = found.length - 1; i >= 0; i--) if (ordersSomeone.has(found[i].verbStart)) found.splice(i, 1);
  for (const m of courtCommands) {
    found.push({ index: m.index, verbStart: m.index + m[0].length - m[2].length, verb: m[2], subject: m[1], passive: false, negated: false, optional: false, word: 'ordered' });
  }
  for (const m of all(ORDERED_THAT, lc)) {
    // "orders Plaintiff Delroy Pengelly to submit": the word after the party is a name, not the verb.
    if (courtCommands.some((c) => c.index === m.index)) continue;
    found.push({ index: m.index, verbStart: m.index + m[0].length - m[2].length, verb: m[2], subject: m[1], passive: false, negated: false, optional: false, word: 'ordered' });
  }
  for (const m of all(HAS_TIME, lc)) {
    if (findDurations(m[2]).length === 0 && !/^until\b/.test(m[2])) continue;
    // "O'Neil shall have until February 2, 2024, to file": the duty is to file, not to "have".
    for (let i = found.length - 1; i >= 0; i--) if (found[i].index === m.index && /^ha(?:ve|s)$/.test(found[i].verb)) found.splice(i, 1);
    found.push({ index: m.index, verbStart: m.index + m[0].length - m[3].length, verb: m[3], subject: subjectBefore(lc, m.index), passive: false, negated: false, optional: false, word: 'has' });
  }
  found.sort((a, b) => a.index - b.index);
  return found;
}
