/**
 * When the order gives two deadlines for the same act (a conflict), meeting the earlier one meets
 * both, so every place that shows a date for either of them shows the earlier, safe date. The
 * requirement's own reading is kept beside it, so the card can say why its date moved.
 */
import type { Conflict } from '../orders/types.js';

export interface Dated {
  id: string;
  dueDate: string | null;
  dueDateSetByHand: boolean;
  daysLeft: number | null;
  /** This requirement's own date when a conflict moved dueDate earlier; null otherwise. */
  ownDueDate: string | null;
}

export function applySafeDates<T extends Dated>(requirements: T[], conflicts: Conflict[], daysFromToday: (date: string) => number): T[] {
  const safe = new Map<string, string>();
  for (const c of conflicts) {
    if (c.safeDueDate === undefined) continue;
    for (const id of c.requirementIds) {
      const known = safe.get(id);
      if (known === undefined || c.safeDueDate < known) safe.set(id, c.safeDueDate);
    }
  }
  return requirements.map((r) => {
    const earlier = safe.get(r.id);
    // A date the person set by hand is theirs; the card still shows the conflict beside it.
    if (earlier === undefined || r.dueDateSetByHand || r.dueDate === null || earlier >= r.dueDate) return r;
    return { ...r, ownDueDate: r.dueDate, dueDate: earlier, daysLeft: daysFromToday(earlier) };
  });
}
