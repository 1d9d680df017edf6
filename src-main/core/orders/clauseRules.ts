/**
 * The word tables the clause rules use: background phrases that ask nothing, consequences a
 * warning names, conduct rules for discovery, and the ways of talking an order can require.
 */
import type { Means } from './types.js';

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
export const FAIL = /\b(?:fail(?:s|ure|ing|ed)?\s+to|does\s+not|do\s+not|did\s+not|untimely|non-?compliance|refus(?:e|es|al|ing)\s+to)\b/;
export const WARN_WORDS = new Set(['warned', 'cautioned', 'admonished', 'notified']);

export const CONDUCT_RULES: [RegExp, (lc: string) => string][] = [
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
export const CONDUCT_TOPIC = /\b(?:responses?|objections?|privileges?|disclos\w*|boilerplate|good[- ]faith)\b/;

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

export function consequencesOf(lc: string): string[] {
  return CONSEQUENCES.filter(([re]) => re.test(lc)).map(([, name]) => name);
}

export function isBackground(lc: string): boolean {
  return BACKGROUND.some((re) => re.test(lc));
}
