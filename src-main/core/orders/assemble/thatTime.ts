/**
 * "The parties are further DIRECTED to file their report within that period", "Additionally
 * within that time, Plaintiff shall file …": a duty whose time is the one just given. It takes the
 * date or period of the duty before it, and the card says where the time came from.
 */
import { whenPhrase } from '../whenPhrase.js';
import type { Requirement } from '../types.js';
import { allOf, type AssembleContext } from './context.js';

const THAT_TIME =
  /\b(?:within|in|by|during|before\s+the\s+end\s+of)\s+(?:that|the\s+same|this\s+same|such|said)\s+(?:time\s+period|time\s*frame|time|period|date|deadline)\b/i;
const LENDS = /^(?:file|serve|respond|contact|meet-and-confer|other|signature)$/;
/** How far back (in characters) the time it points to may be: the sentence before, not a page away. */
const REACH = 700;

export function lendThatTime(ctx: AssembleContext): void {
  const placed = allOf(ctx)
    .map((r) => ({ r, at: ctx.spans.get(r.id)?.[0] }))
    .filter((x): x is { r: Requirement; at: [number, number] } => x.at !== undefined)
    .sort((x, y) => x.at[0] - y.at[0]);
  for (const [i, { r, at }] of placed.entries()) {
    if (r.rule !== undefined || r.actor === 'court' || !LENDS.test(r.kind)) continue;
    const words = ctx.text.slice(at[0], at[1]);
    const said = THAT_TIME.exec(words);
    if (said === null) continue;
    const before = placed
      .slice(0, i)
      .reverse()
      .find((x) => x.r.rule !== undefined && x.r.actor !== 'court' && x.r.kind !== 'appearance' && at[0] - x.at[1] <= REACH);
    if (before?.r.rule === undefined) continue;
    r.rule = { ...before.r.rule };
    const when = whenPhrase(r.rule);
    if (when === '') continue;
    r.summary = `${r.summary.replace(/\.$/, '')} ${when}. The order says "${said[0]}": the same time as the step before.`;
  }
}
