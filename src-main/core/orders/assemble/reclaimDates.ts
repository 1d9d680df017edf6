/**
 * Step 1: the clause rules gave some requirements a date. Keep it when the date is live where it
 * stands; take it back when the words around it say it is old (changed, held, before the order),
 * moving to a live date in the same words if there is one. A court event with a date becomes an
 * appearance. Then "Failure to comply with this order within thirty days ..." lends its period to
 * every undated thing the order asks of that party.
 */
import { isoToWords } from '../numbers.js';
import type { AssembleContext } from './context.js';
import { inside, LIVE, ruleDates } from './context.js';
import { toAppearance } from './courtEvents.js';

export function reclaimDates(ctx: AssembleContext): void {
  const { mentions, used, text } = ctx;
  for (const r of ctx.requirements) {
    const own = ctx.spans.get(r.id);
    for (const iso of ruleDates(r.rule)) {
      const i = mentions.findIndex((m, k) => !used.has(k) && m.iso === iso && inside(own, m.start));
      const m = mentions[i];
      if (m === undefined) continue;
      // "7 days before the hearing on June 7, 2021": the hearing is also a court date to attend, with its own card.
      if (m.role === 'appearance' && iso !== r.rule?.fixedDate) continue;
      used.add(i);
      // "Counsel shall appear for an initial pretrial and scheduling conference … on June 16, 2006": a court date to attend.
      const toAttend = r.kind === 'other' && /\b(?:appear|attend|be\s+present)\b/i.test(text.slice(m.clauseStart, m.clauseEnd));
      if (m.role === 'appearance' && r.kind !== 'appearance' && (r.actor === 'unknown' || r.actor === 'court' || toAttend) && r.rule?.fixedDate === iso) {
        toAppearance(r, m, ctx.voice, ctx.criminal);
        continue;
      }
      if (LIVE.has(m.role) || m.role === 'mentioned' || r.rule?.fixedDate !== iso) continue;
      // The clause rules read an old date as a deadline: look for a live date in the same words.
      const j = mentions.findIndex((x, k) => !used.has(k) && LIVE.has(x.role) && inside(own, x.start));
      const live = mentions[j];
      used.delete(i);
      if (live !== undefined && r.rule !== undefined) {
        used.add(j);
        // The summary may name the old date ("… by September 27, 2017"): it names the live one now.
        r.summary = r.summary.split(isoToWords(iso)).join(isoToWords(live.iso));
        r.rule = { ...r.rule, fixedDate: live.iso, triggerWords: text.slice(live.start, live.end) };
        if (live.time !== undefined) r.rule.time = live.time;
        else delete r.rule.time;
      } else {
        delete r.rule;
        if (r.actor === 'court' && r.act.startsWith('court:')) ctx.dropped.add(r.id);
        const onDate = String.raw`\s+(?:by|on)\s+[A-Z][a-z]+ \d{1,2}, \d{4}(?:\s+at\s+\d{1,2}:\d{2}\s+[ap]\.m\.)?`;
        // "… This must be done by April 1, 2018." loses its whole sentence, not just the date.
        const alone = new RegExp(String.raw`\s*This must be done${onDate}\.`);
        r.summary = alone.test(r.summary) ? r.summary.replace(alone, '') : r.summary.replace(new RegExp(onDate), '');
      }
    }
    if (r.act.startsWith('court:event:') && r.rule?.fixedDate !== undefined) toAppearance(r, mentions.find((m) => m.iso === r.rule?.fixedDate && inside(own, m.start)), ctx.voice);
  }
}

export function lendGoverningPeriod(ctx: AssembleContext): void {
  for (const r of ctx.requirements) {
    if (r.rule?.days === undefined || r.rule.trigger !== 'order-date') continue;
    const words = ctx.text.slice(...(ctx.spans.get(r.id)?.[0] ?? [0, 0]));
    if (!/\bcomply\s+with\s+this\s+order\s+within\b/i.test(words)) continue;
    for (const other of ctx.requirements) {
      if (other === r || other.rule !== undefined || !/^(?:file|serve|respond|other)$/.test(other.kind)) continue;
      if (other.actor !== r.actor && other.actor !== 'unknown' && r.actor !== 'all-parties') continue;
      if (other.actor === 'court') continue;
      other.rule = { ...r.rule, triggerAssumed: false };
      other.summary = `${other.summary.replace(/\.$/, '')}, within ${r.rule.days} days of the order's date (the order says to do all it asks within ${r.rule.days} days).`;
    }
  }
}
