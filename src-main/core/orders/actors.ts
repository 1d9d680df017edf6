/**
 * Who a phrase names: "Defense counsel", "the parties", "Plaintiff", "the Clerk".
 * Possessives ("Plaintiff's motion", "the Court's order") name a thing, not an actor,
 * so they are ignored.
 */
import type { Actor } from './types.js';

export interface ActorContext {
  /** Who brought the motion the order is about, to resolve "the opposing party". */
  movant?: 'plaintiff' | 'defendant';
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
  const plaintiff = /\b(?:plaintiffs?|petitioners?)\b/.test(q);
  const defendant = /\b(?:defendants?|respondents?)\b/.test(q);
  if ((plaintiff && defendant) || /\b(?:the|all|both|each|either)(?: of the)? (?:parties|party|sides?)\b|\bparties\b|\bcounsel and (?:pro se|unrepresented|self-represented) parties\b|\bcounsel\b/.test(q)) return 'all-parties';
  if (plaintiff) return 'plaintiff';
  if (defendant) return 'defendant';
  if (/\b(?:opposing|responding|non-?moving) party\b/.test(q)) {
    if (ctx.movant === 'plaintiff') return 'defendant';
    if (ctx.movant === 'defendant') return 'plaintiff';
    return 'unknown';
  }
  if (/\bmoving party\b/.test(q)) return ctx.movant ?? 'unknown';
  return 'unknown';
}

/** True when the phrase names some actor (used to pick the subject out of a long intro). */
export function namesActor(phrase: string, ctx: ActorContext = {}): boolean {
  return actorOf(phrase, ctx) !== 'unknown';
}
