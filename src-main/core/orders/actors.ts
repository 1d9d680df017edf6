/**
 * Who a phrase names: "Defense counsel", "the parties", "Plaintiff", "the Clerk".
 * Possessives ("Plaintiff's motion", "the Court's order") name a thing, not an actor,
 * so they are ignored.
 */
import type { Actor } from './types.js';

export interface ActorContext {
  /** Who brought the motion the order is about, to resolve "the opposing party". */
  movant?: 'plaintiff' | 'defendant';
  /** The parties' own names from the caption ("Festa must either ..."), lower case, one word each. */
  names?: { plaintiff: string[]; defendant: string[] };
}

/** Words in a caption's party names that name no one in particular, or that a misread caption line holds. */
const NOT_A_NAME = new Set(
  'al et inc llc ltd corp corporation co company the of and for state states united america county city town village department dept court supreme district board commission commissioner secretary warden officer officers doe does john jane unknown social security administration acting corrections correctional prison jail police sheriff agency bureau office people government individually capacity official case no civil order conference pretrial plaintiff plaintiffs defendant defendants petitioner respondent amended second first third that this hereby ordered pursuant request motion'.split(' '),
);

/** The words that name each side in its caption names: "ANTHONY FESTA" gives "festa", "NDOC, et al." gives "ndoc". */
function nameWords(names: string[]): string[] {
  // A caption line that was misread (a case number, a sentence of the order) names no one.
  const likeNames = names.filter((n) => n.length <= 60 && !/\d|\b(?:NO|CASE|ORDER|IT IS)\b/.test(n) && n.split(/\s+/).length <= 7);
  const words = likeNames.map((n) =>
    n
      .replace(/\bet\s+al\b\.?/gi, ' ')
      .split(/[^A-Za-z'’-]+/)
      .filter((w) => /^[A-Z]/.test(w) && w.length >= 3 && !NOT_A_NAME.has(w.toLowerCase())),
  );
  // The last word of a person's name is how orders call them; a single-word name is itself.
  return [...new Set(words.map((w) => w.at(-1)?.toLowerCase()).filter((w): w is string => w !== undefined))];
}

/** 'Plaintiff Delroy Pengelly ("Delroy")', 'Defendant Acme Corp. (the "Company")': the short name the order gives a party. */
const DEFINED_NAME =
  /\b(Plaintiffs?|Petitioners?|Defendants?|Respondents?)\s+(?:[A-Z][A-Za-z.'’-]*\s+){0,5}?[A-Z][A-Za-z.'’-]*,?\s*\(\s*(?:the\s+|hereinafter\s+)?["“]([A-Z][A-Za-z'’-]{2,})["”]\s*\)/g;

function definedNames(text: string): { plaintiff: string[]; defendant: string[] } {
  const out = { plaintiff: [] as string[], defendant: [] as string[] };
  DEFINED_NAME.lastIndex = 0;
  for (let m = DEFINED_NAME.exec(text); m !== null; m = DEFINED_NAME.exec(text)) {
    const word = m[2].toLowerCase();
    if (NOT_A_NAME.has(word)) continue;
    (/^(?:plaintiff|petitioner)/i.test(m[1]) ? out.plaintiff : out.defendant).push(word);
  }
  return out;
}

/** What the caption (and the order's own short names for the parties) tell about who is who. */
export function actorContextFor(caption: { plaintiffs: string[]; defendants: string[]; motion?: { by?: 'plaintiff' | 'defendant' } }, text = ''): ActorContext {
  const defined = definedNames(text);
  const plaintiff = [...nameWords(caption.plaintiffs), ...defined.plaintiff];
  const defendant = [...nameWords(caption.defendants), ...defined.defendant].filter((w) => !plaintiff.includes(w));
  return { ...(caption.motion?.by !== undefined ? { movant: caption.motion.by } : {}), names: { plaintiff: plaintiff.filter((w) => !defendant.includes(w)), defendant } };
}

/** A party called by name: "Festa must either ...", "O'Neil shall have until ...". */
function namedParty(q: string, names: ActorContext['names']): Actor {
  // A case title ("Young v. Hodge") names both sides and tells no one to act.
  if (names === undefined || /\sv(?:s)?\.?\s/.test(q)) return 'unknown';
  const has = (words: string[]) => words.some((w) => new RegExp(`(?:^|[^a-z'’])${w.replace(/[-'’]/g, '.')}(?![a-z])`).test(q));
  const p = has(names.plaintiff);
  const d = has(names.defendant);
  return p && !d ? 'plaintiff' : d && !p ? 'defendant' : 'unknown';
}

const POSSESSIVE = /\b[a-z]+(?:'s|s')(?=\s|$|[,.;:])/g;

/** The actor a subject phrase names, or 'unknown'. */
export function actorOf(phrase: string, ctx: ActorContext = {}): Actor {
  const p = ` ${phrase.toLowerCase().replace(/\s+/g, ' ')} `;
  if (/\b(?:defense|defendants?'?|defendants' ) ?counsel\b|\bcounsel for (?:the )?(?:defendants?|respondents?)\b|\bdefendants?'? (?:attorneys?|lawyers?)\b|\bdefense attorneys?\b/.test(p)) return 'defense-counsel';
  if (/\bcounsel for (?:the )?plaintiffs?\b|\bplaintiffs?'? (?:counsel|attorneys?)\b/.test(p)) return 'plaintiff';
  // "All attorneys who have been admitted to this Court": the court there only says which attorneys.
  const q = p.replace(POSSESSIVE, ' ').replace(/\s(?:who|whom|whose)\s.*$/, ' ');
  if (/\b(?:the )?(?:court|undersigned|clerk|judge|magistrate judge)\b/.test(q) && !/\bparties\b|\bplaintiff|\bdefendant/.test(q)) return 'court';
  // Docket shorthand too: "pltf", "pla", "dfts", "defts".
  const plaintiff = /\b(?:plaintiffs?|petitioners?|pltfs?|plfs?|pla)\b/.test(q);
  const defendant = /\b(?:defendants?|respondents?|dfts?|defts?)\b/.test(q);
  if ((plaintiff && defendant) || /\b(?:the|all|both|each|either)(?: of the)? (?:parties|party|sides?)\b|\bparties\b|\bcounsel and (?:pro se|unrepresented|self-represented) parties\b|\bcounsel\b/.test(q)) return 'all-parties';
  if (plaintiff) return 'plaintiff';
  if (defendant) return 'defendant';
  if (/\b(?:opposing|responding|non-?moving) party\b/.test(q)) {
    if (ctx.movant === 'plaintiff') return 'defendant';
    if (ctx.movant === 'defendant') return 'plaintiff';
    return 'unknown';
  }
  if (/\bmoving party\b/.test(q)) return ctx.movant ?? 'unknown';
  return namedParty(q, ctx.names);
}

/** True when the phrase names some actor (used to pick the subject out of a long intro). */
export function namesActor(phrase: string, ctx: ActorContext = {}): boolean {
  return actorOf(phrase, ctx) !== 'unknown';
}
