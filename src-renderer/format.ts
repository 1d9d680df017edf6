/** Dates and counts in words, the same way on every screen (and in the papers: the same functions). */
import { format } from 'date-fns';

/** '2021-06-14' -> 'Monday, June 14, 2021' */
export { formatLongDate as longDate } from '../src-main/core/deadlines/isoDate';

/** Now, on this computer, as 'YYYY-MM-DDTHH:mm'. */
export function localNow(now: number | Date = Date.now()): string {
  return format(now, "yyyy-MM-dd'T'HH:mm");
}

export function daysLeftWords(days: number | null): string {
  if (days === null) return '';
  if (days < 0) return days === -1 ? 'Late by 1 day' : `Late by ${-days} days`;
  if (days === 0) return 'Due today';
  if (days === 1) return 'Due tomorrow';
  return `${days} days left`;
}

/** Colour follows the words, never replaces them: late is red, 3 days or less is amber. */
export function urgency(days: number | null, done: boolean): 'done' | 'late' | 'soon' | 'later' | 'none' {
  if (done) return 'done';
  if (days === null) return 'none';
  if (days < 0) return 'late';
  if (days <= 3) return 'soon';
  return 'later';
}

export const ACTOR_WORDS: Record<string, string> = {
  plaintiff: 'The plaintiff',
  defendant: 'The defendants',
  'defense-counsel': "The defendants' lawyer",
  'all-parties': 'Everyone in the case',
  court: 'The court',
  unknown: 'Someone (the order does not say who)',
};

/** "You" when the order's actor is the person using the app. */
export function whoWords(actor: string, side: string): string {
  if (side && actor === side) return 'You';
  if (side === 'plaintiff' && actor === 'defense-counsel') return "The other side's lawyer";
  if (side === 'defendant' && actor === 'plaintiff') return 'The other side';
  return ACTOR_WORDS[actor] ?? ACTOR_WORDS.unknown;
}
