/**
 * Whose a paper or a step is by what it is, when the words name no one ("answer due", "Filing
 * Fee", "Fact discovery shall be completed by …"). Law:
 * - the answer to the complaint is the defendant's (FRCP 12(a)); answers to a counterclaim or to
 *   interrogatories are not;
 * - the filing fee is paid by whoever started the case (28 U.S.C. § 1914(a));
 * - serving the summons and complaint is the plaintiff's (FRCP 4(c)(1), 4(m));
 * - showing cause why the case should not be dismissed is the plaintiff's (or petitioner's): only
 *   the side that brought the case can keep it;
 * - a scheduling order's discovery, disclosures, expert reports and depositions bind both sides:
 *   each side does its own (FRCP 26). A motions deadline is no one's until someone moves.
 */
import type { Actor, Requirement } from '../types.js';
import type { AssembleContext } from './context.js';

/** The one side a paper belongs to by what it is, or undefined. */
export function sideByNature(lc: string): Actor | undefined {
  if (/\bshow\s+cause\b[^;]{0,80}\b(?:action|case|complaint|petition|suit|claims?)\s+(?:should|shall)\s+not\s+be\s+dismissed\b/.test(lc)) return 'plaintiff';
  if (/\banswers?\b/.test(lc) && !/\banswers?\s+(?:to\s+)?(?:the\s+|any\s+)?(?:counter-?claims?|cross-?claims?|interrogator\w*|discovery|requests?|questions?)\b/.test(lc)) return 'defendant';
  if (/\bfiling\s+fees?\b/.test(lc)) return 'plaintiff';
  if (/\b(?:service\s+(?:of\s+(?:the\s+)?(?:summons|complaint|process)\s+)?deadline|serve\s+(?:the\s+)?(?:summons|complaint)|service\s+of\s+(?:the\s+)?(?:summons|complaint|process))\b/.test(lc)) return 'plaintiff';
  return undefined;
}

/** Both sides, for a scheduling order's passive discovery steps; undefined otherwise. */
export function bothSidesByNature(lc: string): Actor | undefined {
  if (/\bmotions?\b/.test(lc)) return undefined;
  return /\b(?:discovery|disclosures?|expert\s+(?:reports?|witnesses|designations?)|rebuttal\s+(?:reports?|experts?)|depositions?)\b/.test(lc) ? 'all-parties' : undefined;
}

/** A dated card the clause rules could not give to anyone takes the side its paper belongs to by nature. */
export function giveUnclaimedByNature(ctx: AssembleContext): void {
  for (const r of ctx.requirements) {
    if (r.actor !== 'unknown' || r.rule === undefined) continue;
    const side = ownerOf(ctx, r);
    if (side !== undefined) r.actor = side;
  }
}

function ownerOf(ctx: AssembleContext, r: Requirement): Actor | undefined {
  const own = ctx.spans.get(r.id)?.[0];
  if (own === undefined) return undefined;
  const words = ctx.text.slice(own[0], own[1]).toLowerCase();
  return sideByNature(words) ?? bothSidesByNature(words);
}
