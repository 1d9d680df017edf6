/**
 * Two deadlines for the same act (the sample order asks for the Joint Statement both "within
 * 7 days of the conference" and "within 30 days of service"). We show both and name the
 * earlier one, because meeting the earlier date satisfies both.
 */
import { isoToWords } from './numbers.js';
import { whenPhrase } from './whenPhrase.js';
import type { Conflict, DeadlineRule, IsoDate, Requirement } from './types.js';

export interface DatedRequirement extends Requirement {
  deadline?: { dueDate?: IsoDate; pending?: string };
}

const TIMED_KINDS = new Set(['file', 'serve', 'respond', 'contact', 'meet-and-confer', 'other', 'signature']);

function sameRule(a: DeadlineRule, b: DeadlineRule): boolean {
  return a.trigger === b.trigger && a.days === b.days && a.months === b.months && a.fixedDate === b.fixedDate && (a.direction ?? 'after') === (b.direction ?? 'after');
}

/** Two dates are a conflict only for the same party: the plaintiff's reply and the defendants' reply are two papers. */
function sameParty(a: Requirement, b: Requirement): boolean {
  const side = (x: Requirement) => (x.actor === 'defense-counsel' ? 'defendant' : x.actor);
  const open = (x: Requirement) => x.actor === 'unknown' || x.actor === 'all-parties';
  return side(a) === side(b) || open(a) || open(b);
}

/** "file:joint-statement" -> "filing the joint statement". */
export function actWords(act: string): string {
  const [verb, thing] = act.split(':');
  const noun = thing === undefined ? '' : ` the ${thing.replace(/-/g, ' ')}`;
  switch (verb) {
    case 'file':
      return `filing${noun}`;
    case 'serve':
      return `serving${noun}`;
    case 'respond':
      return `responding${thing === undefined ? '' : ` to the ${thing.replace(/-/g, ' ')}`}`;
    case 'contact':
      return 'the first contact';
    case 'meet-and-confer':
      return 'meeting and conferring';
    default:
      return `${verb.replace(/-/g, ' ')}${noun}`;
  }
}

function dated(r: DatedRequirement): string {
  const due = r.deadline?.dueDate;
  return due === undefined ? whenPhrase(r.rule) : `${whenPhrase(r.rule)} (${isoToWords(due)})`;
}

/** Pairs of requirements that set different deadlines for the same act. */
export function findConflicts(requirements: DatedRequirement[]): Conflict[] {
  const out: Conflict[] = [];
  const timed = requirements.filter((r) => r.rule !== undefined && TIMED_KINDS.has(r.kind) && r.actor !== 'court');
  for (let i = 0; i < timed.length; i++) {
    for (let j = i + 1; j < timed.length; j++) {
      const a = timed[i];
      const b = timed[j];
      if (a.act !== b.act || !sameParty(a, b) || sameRule(a.rule as DeadlineRule, b.rule as DeadlineRule)) continue;
      const what = actWords(a.act);
      const head = `The order gives two deadlines for ${what}: ${dated(a)}, and ${dated(b)}.`;
      const da = a.deadline?.dueDate;
      const db = b.deadline?.dueDate;
      const conflict: Conflict = { act: a.act, requirementIds: [a.id, b.id], message: head };
      if (da !== undefined && db !== undefined) {
        const first = da <= db ? a : b;
        const date = da <= db ? da : db;
        conflict.earlierId = first.id;
        conflict.safeDueDate = date;
        conflict.message =
          da === db
            ? `${head} Both fall on ${isoToWords(date)}.`
            : `${head} The earlier one is ${isoToWords(date)}. To be safe, aim for that date: meeting it meets both.`;
      } else if (da !== undefined || db !== undefined) {
        const known = (da ?? db) as IsoDate;
        const unknown = da === undefined ? a : b;
        conflict.safeDueDate = known;
        const why = (unknown.deadline?.pending ?? 'its starting date is not known yet').replace(/[.\s]+$/, '');
        conflict.message = `${head} We cannot tell yet which comes first: the other date is not known (${why}). Whatever happens, do not let ${isoToWords(known)} pass; if the other date comes sooner, that one is the deadline.`;
      } else {
        conflict.message = `${head} Neither date can be worked out yet. When you know them, use whichever comes first.`;
      }
      out.push(conflict);
    }
  }
  return out;
}
