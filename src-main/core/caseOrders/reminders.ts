/**
 * Which deadlines deserve a desktop notification now: 3 days away or less (or passed), not done,
 * and not already shown today. Pure, so the Electron shell stays thin and this stays tested.
 */
import type { UpcomingDeadline } from './orderView.js';

export interface Reminder {
  key: string;
  title: string;
  body: string;
}

export const REMIND_WITHIN_DAYS = 3;

const keyOf = (i: UpcomingDeadline) => `${i.orderId}:${i.requirementId}:${i.dueDate}`;

function words(days: number): string {
  if (days < 0) return days === -1 ? 'was due yesterday' : `was due ${-days} days ago`;
  if (days === 0) return 'is due today';
  if (days === 1) return 'is due tomorrow';
  return `is due in ${days} days`;
}

export function remindersToShow(items: UpcomingDeadline[], today: string, lastShown: Record<string, string>): { show: Reminder[]; lastShown: Record<string, string> } {
  const next: Record<string, string> = {};
  const show: Reminder[] = [];
  for (const i of items) {
    if (i.status === 'done' || i.status === 'dismissed' || i.met || i.daysLeft === null || i.daysLeft > REMIND_WITHIN_DAYS) continue;
    const key = keyOf(i);
    if (lastShown[key] === today) {
      next[key] = today;
      continue;
    }
    next[key] = today;
    show.push({ key, title: `A court deadline ${words(i.daysLeft)}`, body: `${i.summary} This is not legal advice.` });
  }
  // Keys for deadlines no longer near are dropped, so the record never grows without end.
  return { show, lastShown: next };
}
