/**
 * Facts from the top and bottom of an order: court, district, case number, parties, judge,
 * date, title, the motion and docket (ECF) numbers it concerns, and signs that the
 * plaintiff is in prison. Courts lay captions out in two columns, which copy-and-paste
 * interleaves, so each fact is found by its own pattern rather than by position.
 */
import { findDates } from './numbers.js';
import { orderSentences } from './sentences.js';
import { titleCaseName } from './plainWords.js';
import type { IsoDate } from './types.js';

export interface EcfReference {
  number: number;
  /** The sentence that cites it, without the citation. */
  context: string;
  about: 'motion' | 'order' | 'other';
  inCaption: boolean;
}

export interface CaptionFacts {
  court?: string;
  district?: string;
  caseNumber?: string;
  plaintiffs: string[];
  defendants: string[];
  judge?: { name: string; title?: string };
  orderDate?: IsoDate;
  orderTitle?: string;
  /** Same as orderTitle (the name other parts of the app use). */
  title?: string;
  /** The docket number of the motion the order is about, e.g. "70". */
  ecfNumber?: string;
  motion?: { name: string; by?: 'plaintiff' | 'defendant'; ecf?: number };
  ecf: EcfReference[];
  prisoner: { isPrisoner: boolean; signals: string[] };
  inFormaPauperis: boolean;
  /** Which side the order says is without a lawyer. */
  proSe: 'plaintiff' | 'defendant' | null;
  localRules: string[];
  /** Offset in the cleaned text where the caption ends and the body begins. */
  bodyStart: number;
}

const STATES =
  'ALABAMA|ALASKA|ARIZONA|ARKANSAS|CALIFORNIA|COLORADO|CONNECTICUT|DELAWARE|FLORIDA|GEORGIA|HAWAII|IDAHO|ILLINOIS|INDIANA|IOWA|KANSAS|KENTUCKY|LOUISIANA|MAINE|MARYLAND|MASSACHUSETTS|MICHIGAN|MINNESOTA|MISSISSIPPI|MISSOURI|MONTANA|NEBRASKA|NEVADA|NEW HAMPSHIRE|NEW JERSEY|NEW MEXICO|NEW YORK|NORTH CAROLINA|NORTH DAKOTA|OHIO|OKLAHOMA|OREGON|PENNSYLVANIA|RHODE ISLAND|SOUTH CAROLINA|SOUTH DAKOTA|TENNESSEE|TEXAS|UTAH|VERMONT|VIRGINIA|WASHINGTON|WEST VIRGINIA|WISCONSIN|WYOMING|COLUMBIA|PUERTO RICO|GUAM|THE VIRGIN ISLANDS|THE NORTHERN MARIANA ISLANDS';

/** Where the caption can be: court captions fit on the first page. */
const CAPTION_REACH = 4000;

const CASE_CORE = String.raw`(?:\d{1,2}:)?\d{2}-[A-Za-z]{2,3}-\d{2,6}`;
const CASE_RE = new RegExp(
  String.raw`(?:\b(?:Case|Civil\s+Action|Civ\.)\s+)?(?:\bNo\.?\s*:?\s*)?\b(${CASE_CORE}(?:-[A-Z]{1,4}){0,4}(?:[ \t]+(?!(?:AND|THE|FOR|OF|TO|RE|ORDER|IN|ON|V|VS)\b)[A-Z]{1,4}\b){0,4}(?:[ \t]*\((?:[A-Z]{1,4})\))*)`,
);

function findCaseNumber(text: string): { value: string; end: number } | undefined {
  const m = CASE_RE.exec(text.slice(0, CAPTION_REACH * 2));
  if (m === null) return undefined;
  return { value: m[1].replace(/\s+/g, ' ').trim(), end: m.index + m[0].length };
}

function cleanName(raw: string): string {
  return raw
    .replace(new RegExp(`(?:Case|Civil Action)?\\s*No\\.?\\s*:?\\s*${CASE_CORE}\\S*(?:\\s+[A-Z]{1,4}\\b)*(?:\\s*\\([A-Z]{1,4}\\))*`, 'g'), ' ')
    .replace(new RegExp(CASE_CORE + '\\S*', 'g'), ' ')
    .replace(/\((?:ECF|Doc|Dkt)[^)]*\)/gi, ' ')
    .replace(/\b(?:ORDER|FINDINGS|SCHEDULING|MEMORANDUM)\b.*$/gm, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,.;:]+|[\s,;:]+$/g, '')
    .trim();
}

function lastLine(s: string): string {
  const lines = s.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  return lines[lines.length - 1] ?? '';
}

function parties(text: string, afterDistrict: number): { plaintiffs: string[]; defendants: string[]; end: number } {
  const region = text.slice(0, CAPTION_REACH);
  const vs = /(?:^|\s)(v\.|vs\.?|versus)(?=\s)/i.exec(region.slice(afterDistrict));
  const out = { plaintiffs: [] as string[], defendants: [] as string[], end: 0 };
  if (vs === null) return out;
  const vAt = afterDistrict + vs.index + vs[0].length - vs[1].length;
  const pLabel = /\b(?:Plaintiffs?|Petitioners?)\b(?!')\s*[,.;:]?(?=\s|$)/g;
  pLabel.lastIndex = afterDistrict;
  const p = pLabel.exec(region);
  if (p !== null && p.index < vAt) {
    const seg = lastLine(region.slice(afterDistrict, p.index));
    const name = cleanName(seg.slice(-200));
    if (name !== '') out.plaintiffs = splitNames(name);
  } else {
    const name = cleanName(lastLine(region.slice(afterDistrict, vAt)).slice(-200));
    if (name !== '') out.plaintiffs = splitNames(name);
  }
  const dLabel = /\b(?:Defendants?|Respondents?)\b(?!')\s*[,.;:]?(?=\s|$)/g;
  dLabel.lastIndex = vAt + vs[1].length;
  const d = dLabel.exec(region);
  const dEnd = d !== null && d.index - vAt < 700 ? d.index : Math.min(region.length, vAt + 200);
  const seg = region.slice(vAt + vs[1].length, dEnd).replace(/\((?:ECF|Doc|Dkt)[^)]*\)/gi, ' ');
  const dn = cleanName(nameBlock(seg, d !== null).slice(0, 200));
  if (dn !== '') out.defendants = splitNames(dn);
  out.end = d !== null && d.index - vAt < 700 ? d.index + d[0].length : vAt + vs[1].length;
  return out;
}

const TITLE_WORDS = /\b(?:ORDER|ORDERS|SHOULD|WHY|NOT|DISMISSED|MOTION|GRANTING|DENYING|REGARDING|DIRECTING|RE:?|CAUSE|FINDINGS|RECOMMENDATIONS|SCHEDULING|PROCEEDINGS)\b/;

/** The party name written just before a "Defendants." label, over one or two lines. */
function nameBlock(seg: string, labelled: boolean): string {
  const lines = seg.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length === 0) return '';
  if (!labelled) return lines.find((l) => !TITLE_WORDS.test(l)) ?? '';
  let i = lines.length - 1;
  let name = lines[i];
  const etAl = /^(.*?\bet\s+al\.?)/i.exec(name);
  if (etAl !== null) name = etAl[1];
  while (i > 0) {
    const prev = lines[i - 1];
    const joins = /(?:\bOF|\bAND|&|\bTHE|'S|-)$/i.test(prev) || /^(?:DEPARTMENT|INC|LLC|CORP|COMPANY|CO\.|OF|AND|&)\b/i.test(lines[i]);
    if (!joins || TITLE_WORDS.test(prev) || /,$/.test(prev)) break;
    name = `${prev} ${name}`;
    i--;
  }
  return name;
}

function splitNames(name: string): string[] {
  if (/\bet al\b/i.test(name)) return [name.replace(/,?\s*$/, '')];
  return name
    .split(/;|\s+and\s+(?=[A-Z])/)
    .map((s) => s.replace(/^[\s,]+|[\s,]+$/g, ''))
    .filter((s) => s !== '');
}

const TITLE_START = new Set(['ORDER', 'SCHEDULING', 'DISCOVERY', 'FURTHER', 'AMENDED', 'SECOND', 'FIRST', 'PRETRIAL', 'INTERIM', 'STANDING', 'FINDINGS', 'MEMORANDUM', 'CASE', 'INITIAL', 'SUPPLEMENTAL', 'REPORT', 'STIPULATED', 'PROTECTIVE', 'MINUTE', 'TENTATIVE']);

function lineAt(text: string, pos: number): string {
  const s = text.lastIndexOf('\n', pos - 1) + 1;
  const e = text.indexOf('\n', pos);
  return text.slice(s, e < 0 ? text.length : e).trim();
}

/** Does token b begin a new line that holds a party's name (not more of the title)? */
function partyLineStarts(text: string, a: RegExpMatchArray, b: RegExpMatchArray): boolean {
  const between = text.slice((a.index ?? 0) + a[0].length, b.index ?? 0);
  if (!between.includes('\n')) return false;
  const line = lineAt(text, b.index ?? 0);
  const nextStart = text.indexOf('\n', b.index ?? 0);
  const next = nextStart < 0 ? '' : lineAt(text, nextStart + 1);
  return /\bet\s+al\b/i.test(line) || /,$/.test(line) || /\bet\s+al\b/i.test(next) || /^(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?)\b/i.test(next);
}

/** The first run of capitals that names an order ("ORDER RE: DISCOVERY DISPUTE", "FINDINGS AND RECOMMENDATIONS"). */
function findTitle(text: string): { title: string; end: number } | undefined {
  const region = text.slice(0, CAPTION_REACH);
  const tokens = [...region.matchAll(/\S+/g)];
  let best: { title: string; end: number } | undefined;
  let i = 0;
  while (i < tokens.length) {
    const isCaps = (t: string) => /[A-Z]/.test(t) && !/[a-z]/.test(t.replace(/\b(?:re|v)\b/g, '')) && !/^\d/.test(t);
    if (!isCaps(tokens[i][0])) {
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length && (isCaps(tokens[j][0]) || /^(?:re:?|RE:?)$/.test(tokens[j][0]))) {
      if (j > i && partyLineStarts(region, tokens[j - 1], tokens[j])) break;
      j++;
    }
    const run = tokens.slice(i, j).map((t) => t[0]);
    const startIdx = run.findIndex((t, k) => TITLE_START.has(t.replace(/[^A-Z]/g, '')) && run.slice(k).some((x) => /^(?:ORDERS?|RECOMMENDATIONS?|REPORT)\b/.test(x.replace(/[^A-Z]/g, ''))));
    if (startIdx >= 0) {
      let words = run.slice(startIdx);
      const cut = words.findIndex((w) => w.startsWith('(') || /^(?:IT|UNITED|DATED:?)$/.test(w));
      if (cut > 0) words = words.slice(0, cut);
      words = words.slice(0, 40);
      const title = words.join(' ').replace(/[,:;]+$/, '');
      if (title !== '' && !/^ORDERED\b|\bSO ORDERED\b|\bHEREBY ORDERED\b/.test(title)) {
        const lastTok = tokens[i + startIdx + words.length - 1];
        best = { title, end: (lastTok.index ?? 0) + lastTok[0].length };
        break;
      }
    }
    i = j;
  }
  return best;
}

function findJudge(text: string): { name: string; title?: string } | undefined {
  const titleRe = /\b((?:UNITED\s+STATES|U\.\s?S\.)\s+(?:CHIEF\s+)?(?:SENIOR\s+)?(?:DISTRICT|MAGISTRATE|BANKRUPTCY)\s+JUDGE|(?:CHIEF\s+)?(?:SENIOR\s+)?(?:DISTRICT|MAGISTRATE)\s+JUDGE)\b/gi;
  const signed = /\/s\/\s*([^\n/]{2,80}?)\s*(?=\b(?:UNITED\s+STATES|U\.\s?S\.|CHIEF|SENIOR|DISTRICT|MAGISTRATE)\b|\n|$)/i.exec(text);
  let title: string | undefined;
  let name: string | undefined;
  if (signed !== null) {
    name = signed[1].replace(/[,\s]+$/, '');
    titleRe.lastIndex = signed.index;
    const t = titleRe.exec(text);
    if (t !== null && t.index - (signed.index + signed[0].length) < 40) title = t[1];
  }
  if (name === undefined) {
    let last: RegExpExecArray | null = null;
    titleRe.lastIndex = 0;
    for (let m = titleRe.exec(text); m !== null; m = titleRe.exec(text)) last = m;
    if (last === null) return undefined;
    title = last[1];
    const before = text.slice(Math.max(0, last.index - 80), last.index);
    const nm = /((?:HON(?:ORABLE|\.)?\s+)?(?:[A-Z][A-Za-z'’.-]*\s+){1,4}[A-Z][A-Za-z'’.-]*)[\s,]*$/.exec(before.replace(/_+/g, ' '));
    if (nm === null) return undefined;
    name = nm[1].replace(/^HON(?:ORABLE|\.)?\s+/i, '').replace(/^(?:Dated?|Date)\b.*?\d{4}\s*/i, '').trim();
  }
  name = titleCaseName(name.replace(/^(?:Hon(?:orable|\.)?)\s+/i, ''));
  if (name === '' || name.length > 60) return undefined;
  const out: { name: string; title?: string } = { name };
  if (title !== undefined) out.title = titleCaseName(title.replace(/\s+/g, ' ').toUpperCase()).replace(/\bU\.s\./, 'U.S.');
  return out;
}

function findOrderDate(text: string, original: string | undefined): IsoDate | undefined {
  const dated = /\b(?:DATED|Dated|Date|Signed|Entered|ENTERED|SIGNED)\s*(?:on|this)?\s*:?\s*/g;
  let found: IsoDate | undefined;
  for (let m = dated.exec(text); m !== null; m = dated.exec(text)) {
    const d = findDates(text.slice(m.index + m[0].length, m.index + m[0].length + 40))[0];
    if (d !== undefined && d.start < 6) found = d.iso;
  }
  if (found !== undefined) return found;
  const tail = text.slice(Math.max(0, text.length - 600));
  const so = tail.search(/IT IS SO ORDERED|\/s\//i);
  if (so >= 0) {
    const d = findDates(tail.slice(so))[0];
    if (d !== undefined) return d.iso;
  }
  if (original !== undefined) {
    const filed = /\bFiled[ \t]+(\d{1,2}\/\d{1,2}\/\d{2,4})\b/.exec(original);
    if (filed !== null) return findDates(filed[1])[0]?.iso;
  }
  return undefined;
}

function ecfReferences(text: string, bodyStart: number): EcfReference[] {
  const sentences = orderSentences(text);
  const out = new Map<number, EcfReference>();
  const fromBody = new Set<number>();
  const re = /\b(?:ECF|Doc(?:ket)?\.?|Dkt\.?)\s*(?:Nos?\.?|#)?\s*:?\s*(\d{1,5}(?:\s*(?:,|and|&)\s*\d{1,5})*)/gi;
  let si = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    while (si < sentences.length - 1 && sentences[si].end <= m.index) si++;
    const s = sentences[si];
    const strip = (x: string) => x.replace(/\(?\s*\b(?:ECF|Doc(?:ket)?\.?|Dkt\.?)\s*(?:Nos?\.?|#)?\s*:?\s*[\d,&\sand]+\.?\s*\)?\.?/gi, ' ').replace(/\s+/g, ' ').trim();
    let context = s === undefined ? '' : strip(text.slice(s.start, s.end));
    if (context.length < 25 && si > 0) context = strip(text.slice(sentences[si - 1].start, sentences[si - 1].end));
    if (context.length > 240) context = `${context.slice(0, 237)}...`;
    const inCaption = m.index < bodyStart;
    const about: EcfReference['about'] = /\bmotion\b/i.test(context) ? 'motion' : /\border\b/i.test(context) ? 'order' : 'other';
    for (const n of m[1].split(/\s*(?:,|and|&)\s*/)) {
      const number = Number(n);
      if (!Number.isInteger(number) || number <= 0) continue;
      const prev = out.get(number);
      if (prev === undefined || (!inCaption && !fromBody.has(number))) out.set(number, { number, context, about, inCaption: prev?.inCaption ?? inCaption });
      if (!inCaption) fromBody.add(number);
    }
  }
  return [...out.values()];
}

function findMotion(title: string | undefined, text: string, ecf: EcfReference[]): CaptionFacts['motion'] {
  const fromTitle = title === undefined ? null : /\b(?:(PLAINTIFF|DEFENDANTS?|PETITIONER|RESPONDENTS?)(?:'S|S'|')?\s+)?MOTIONS?\s+(TO|FOR)\s+([A-Z][A-Z ]*?)(?=\s*(?:,|\(|$|\bAND\b|\bAS\b|\bRE\b|\bWITHOUT\b))/i.exec(title);
  let name: string | undefined;
  let by: 'plaintiff' | 'defendant' | undefined;
  if (fromTitle !== null) {
    name = `motion ${fromTitle[2]} ${fromTitle[3]}`.toLowerCase().replace(/\s+/g, ' ').trim();
    if (fromTitle[1] !== undefined) by = /^(?:PLAINTIFF|PETITIONER)/i.test(fromTitle[1]) ? 'plaintiff' : 'defendant';
  }
  const filed = /\b(Plaintiffs?|Defendants?|Petitioner|Respondents?)\b[^.]{0,60}?\bfiled\s+(?:a|an|the)\s+(?:[a-z]+\s+)?motion\s+(to|for)\s+([a-z ]{3,50}?)(?=[.,;(]|\s+(?:on|in|and|which|pursuant|under)\b)/i.exec(text);
  if (filed !== null) {
    by ??= /^(?:plaintiff|petitioner)/i.test(filed[1]) ? 'plaintiff' : 'defendant';
    name ??= `motion ${filed[2]} ${filed[3]}`.toLowerCase().replace(/\s+/g, ' ').trim();
  }
  if (by === undefined) {
    const poss = /\b(plaintiff|defendants?)(?:'s|s'|')\s+motion\b/i.exec(text);
    if (poss !== null) by = /^plaintiff/i.test(poss[1]) ? 'plaintiff' : 'defendant';
  }
  if (name === undefined && by === undefined) return undefined;
  const captionEcf = ecf.find((e) => e.inCaption) ?? ecf.find((e) => e.about === 'motion');
  const out: NonNullable<CaptionFacts['motion']> = { name: name ?? 'motion' };
  if (by !== undefined) out.by = by;
  if (captionEcf !== undefined) out.ecf = captionEcf.number;
  return out;
}

function prisonerSignals(text: string, caseNumber: string | undefined): string[] {
  const signals: string[] = [];
  if (caseNumber !== undefined && /\((?:PC|HC)\)/.test(caseNumber)) signals.push('"(PC)" or "(HC)" in the case number (a prisoner case)');
  else if (caseNumber !== undefined && /\s(?:[A-Z]{2,4}\s+){1,3}P$/.test(caseNumber)) signals.push('"P" at the end of the case number (a prisoner case)');
  const m = /\b(?:state|federal|county|civil)\s+(?:prisoner|detainee)\b|\bprisoner\b|\binmate\b|\bincarcerated\b|\bCDCR\b|\bpretrial detainee\b|\bcorrectional (?:facility|institution|center)\b|\bstate prison\b/i.exec(text);
  if (m !== null) signals.push(`the order says "${m[0]}"`);
  return signals;
}

function localRules(text: string): string[] {
  const out: string[] = [];
  const re = /\b(Civil\s+|Civ\.\s*)?(?:Local\s+Rules?|L\.\s?R\.|Local\s+Civil\s+Rule)\s*(\d{1,3}(?:[-.]\d{1,2})?(?:\([a-z0-9]{1,3}\))*)/gi;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const name = `${m[1] !== undefined ? 'Civil ' : ''}Local Rule ${m[2]}`;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

/** Caption facts of a cleaned order text (the original, when given, helps with the date). */
export function extractCaption(text: string, original?: string): CaptionFacts {
  const region = text.slice(0, CAPTION_REACH);
  const court = /\bUNITED\s+STATES\s+(?:DISTRICT|BANKRUPTCY)\s+COURT\b/i.exec(region);
  const district = new RegExp(`\\b(?:(?:NORTHERN|SOUTHERN|EASTERN|WESTERN|CENTRAL|MIDDLE)\\s+)?DISTRICT\\s+OF\\s+(?:${STATES})\\b`, 'i').exec(region);
  const caseNo = findCaseNumber(text);
  const afterDistrict = district !== null ? district.index + district[0].length : court !== null ? court.index + court[0].length : 0;
  const who = parties(text, afterDistrict);
  const title = findTitle(text);
  let bodyStart = Math.max(who.end, title?.end ?? 0, caseNo !== undefined && caseNo.end < CAPTION_REACH ? caseNo.end : 0, afterDistrict);
  const reTitle = /\b(?:Re|RE):?\s*(?:ECF|Dkt\.?|Doc\.?)\s*(?:Nos?\.?)?\s*[\d, ]+/.exec(text.slice(bodyStart, bodyStart + 80));
  if (reTitle !== null) bodyStart += reTitle.index + reTitle[0].length;
  if (bodyStart > CAPTION_REACH) bodyStart = 0;
  const ecf = ecfReferences(text, bodyStart);
  const caseNumber = caseNo?.value;
  const signals = prisonerSignals(text, caseNumber);
  const proSe = /\b(plaintiffs?|petitioners?|defendants?|respondents?)\b[^.]{0,120}?\b(?:pro\s+se|without\s+(?:an?\s+)?(?:attorney|counsel|lawyer)|self-represented|in\s+pro\s+per|representing\s+(?:herself|himself|themselves|itself))\b/i.exec(text);
  const facts: CaptionFacts = {
    plaintiffs: who.plaintiffs,
    defendants: who.defendants,
    ecf,
    prisoner: { isPrisoner: signals.length > 0, signals },
    inFormaPauperis: /\bin\s+forma\s+pauperis\b/i.test(text),
    proSe: proSe === null ? null : /^(?:plaintiff|petitioner)/i.test(proSe[1]) ? 'plaintiff' : 'defendant',
    localRules: localRules(text),
    bodyStart,
  };
  if (court !== null) facts.court = court[0].replace(/\s+/g, ' ');
  if (district !== null) facts.district = district[0].replace(/\s+/g, ' ');
  if (caseNumber !== undefined) facts.caseNumber = caseNumber;
  const judge = findJudge(text);
  if (judge !== undefined) facts.judge = judge;
  const date = findOrderDate(text, original);
  if (date !== undefined) facts.orderDate = date;
  if (title !== undefined) {
    facts.orderTitle = title.title;
    facts.title = title.title;
  }
  const motion = findMotion(title?.title, text, ecf);
  if (motion !== undefined) facts.motion = motion;
  const mainEcf = motion?.ecf ?? ecf.find((e) => e.inCaption)?.number;
  if (mainEcf !== undefined) facts.ecfNumber = String(mainEcf);
  return facts;
}
