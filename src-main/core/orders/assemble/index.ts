/**
 * Stage "assemble": makes sure every date and every period in the order ends up somewhere.
 * The clause rules (extract.ts) find the requirements they understand; the steps here then walk
 * every date and period in the text, in this order, each in its own module:
 *  1. reclaim: a date a requirement took that is old (changed, held, before the order) is taken back;
 *     a dated card that names no one takes the side its paper belongs to by nature;
 *  2. dated requirements: a live date nothing accounts for becomes a requirement or an appearance;
 *  3. periods: a period nothing counts becomes a requirement, counts back from court events get
 *     the event's date; a duty done "within that period" takes the time of the duty before it;
 *  4. other dates: every date that is no one's deadline now gets a line with the reason;
 *  5. wording: a summary that may not say what the order says is replaced by "we are not sure".
 * Nothing is silently dropped.
 */
import type { CaptionFacts } from '../caption.js';
import { findDateMentions } from '../dateRoles.js';
import type { Voice } from '../summaries.js';
import type { CleanedText, IsoDate, Requirement } from '../types.js';
import { giveUnclaimedByNature } from './byNature.js';
import { allOf, newContext } from './context.js';
import { addDatedRequirements } from './datedRequirements.js';
import { listOtherDates, type OtherDate } from './otherDates.js';
import { addPeriods, linkCourtEvents } from './periods.js';
import { lendGoverningPeriod, reclaimDates } from './reclaimDates.js';
import { lendThatTime } from './thatTime.js';
import { checkWording } from './wordingCheck.js';

export type { OtherDate } from './otherDates.js';
export { doubtful } from './wordingCheck.js';

export interface Assembled {
  requirements: Requirement[];
  otherDates: OtherDate[];
}

export function assemble(cleaned: CleanedText, found: Requirement[], spans: Map<string, [number, number][]>, caption: CaptionFacts, voice: Voice, orderDate: IsoDate | undefined): Assembled {
  const ctx = newContext(cleaned, found, spans, caption, voice, findDateMentions(cleaned.text, orderDate));
  reclaimDates(ctx);
  giveUnclaimedByNature(ctx);
  lendGoverningPeriod(ctx);
  addDatedRequirements(ctx);
  linkCourtEvents(ctx);
  addPeriods(ctx);
  lendThatTime(ctx);
  const otherDates = listOtherDates(ctx);
  // "The court will hold the pretrial conference" with no date, beside the appearance card for it: one card is enough.
  const appearances = allOf(ctx).filter((r) => r.kind === 'appearance');
  for (const r of ctx.requirements) {
    if (r.rule !== undefined || !r.act.startsWith('court:event:')) continue;
    const words = r.act.slice('court:event:'.length).split('-').filter((w) => w.length > 3);
    if (appearances.some((a) => words.every((w) => a.act.includes(w)))) ctx.dropped.add(r.id);
  }
  // Added requirements take their place in the order's own sequence.
  const all = [...ctx.requirements.filter((r) => !ctx.dropped.has(r.id)).map((r) => ({ at: spans.get(r.id)?.[0]?.[0] ?? 0, r })), ...ctx.added].sort((x, y) => x.at - y.at);
  for (const { r } of all) {
    const own = spans.get(r.id)?.[0];
    checkWording(r, own === undefined ? undefined : cleaned.text.slice(own[0], own[1]));
  }
  return { requirements: all.map((x) => x.r), otherDates };
}
