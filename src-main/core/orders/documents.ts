/**
 * Names of court papers an order can ask for, so two sentences about "a Joint Statement"
 * are recognized as the same filing (the act key used for conflicts).
 */
const DOC_NAMES = [
  'joint statement re discovery disagreement',
  'joint statement',
  'joint discovery letter brief',
  'joint discovery letter',
  'joint letter brief',
  'joint letter',
  'joint status report',
  'joint case management statement',
  'joint report',
  'status report',
  'case management statement',
  'confidential settlement statements?',
  'settlement conference statements?',
  'settlement statements?',
  'pretrial statement',
  'pre-trial statement',
  'discovery plan',
  'second amended complaint',
  'first amended complaint',
  'amended complaint',
  'complaint',
  'statement of non-opposition',
  'opposition briefs?',
  'oppositions?',
  'reply',
  'replies',
  'responses?',
  'answers?',
  'responsive pleadings?',
  'notice of change of address',
  'notices?',
  'declarations?',
  'affidavits?',
  'stipulations?',
  'proposed order',
  'letter briefs?',
  'briefs?',
  'dispositive (?:pretrial )?motions?',
  'motions? for (?:partial )?summary judgment',
  'motions? (?:to|for) [a-z]+',
  'motions?',
  'witness lists?',
  'exhibit lists?',
  'expert disclosures?',
  'initial disclosures?',
  'written discovery requests?',
  'discovery requests?',
  'requests? for production',
  'interrogatories',
  'objections?',
  'statements?',
  'reports?',
  'letters?',
  'copy of this order',
];

const DOC_RE = new RegExp(`\\b(?:${DOC_NAMES.join('|')})\\b`, 'i');

export interface DocRef {
  /** Stable key, e.g. 'joint-statement', 'motion-to-compel'. */
  key: string;
  /** As the order wrote it, e.g. "Joint Statement". */
  label: string;
  start: number;
  end: number;
}

const RESPONSE_KEYS = new Set(['response', 'opposition', 'opposition-brief', 'reply', 'answer', 'statement-of-non-opposition']);

/** The first court paper named in text. */
export function findDocument(text: string): DocRef | undefined {
  const m = DOC_RE.exec(text);
  if (m === null) return undefined;
  return { key: docKey(m[0]), label: m[0], start: m.index, end: m.index + m[0].length };
}

export function docKey(label: string): string {
  let k = label
    .toLowerCase()
    .replace(/\bre discovery disagreement\b/, '')
    .replace(/\bconfidential\b/, '')
    .replace(/\bpre-trial\b/, 'pretrial')
    .replace(/\bpretrial motions?\b/, 'motions')
    .trim()
    .replace(/\s+/g, '-');
  k = k.replace(/replies$/, 'reply').replace(/(?<!s)s$/, '').replace(/^motions-/, 'motion-');
  if (k === 'dispositive-motion') k = 'dispositive-motions';
  return k;
}

/** Papers that answer something (a response, opposition, reply). */
export function isResponseDoc(key: string): boolean {
  return RESPONSE_KEYS.has(key);
}
