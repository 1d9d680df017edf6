/**
 * Scores the explainer against hand-keyed real court texts (test/fixtures/orders/{real,docket,added}).
 * The matching rule is the one the fixture READMEs state: an expected deadline is found when the
 * explainer gives one with the same trigger ("hearing" counts as "conference"), the same days where
 * the key gives days, and the same due date where the key gives one. Used by `npm run score:orders`
 * and by the unit test that holds the floor.
 */
import fs from 'node:fs';
import path from 'node:path';
import { cleanOrderText, explainOrder, findDates, type OrderExplanation } from '../src-main/core/orders/index.js';
import { readingGrade } from '../src-main/core/plainLanguage/index.js';

export interface KeyDeadline {
  trigger: string;
  days?: number;
  dueDate?: string;
  direction?: 'after' | 'before';
  actor?: string;
  actorAlso?: string[];
  what?: string;
  appearance?: boolean;
  optional?: boolean;
}

export interface KeyEntry {
  orderDate?: string;
  caseNumber?: string;
  deadlines: KeyDeadline[];
  okExtras?: KeyDeadline[];
  pastDates?: string[];
}

/** One deadline or appearance the explainer gave, in the key's terms. */
export interface Given {
  trigger: string;
  days?: number;
  dueDate?: string;
  actor: string;
  label: string;
}

export interface FileScore {
  file: string;
  expected: number;
  found: number;
  missed: KeyDeadline[];
  extras: Given[];
  wrongActors: { expected: KeyDeadline; given: Given }[];
  late: { expected: KeyDeadline; given: Given }[];
  onPastDates: Given[];
  /** Absolute dates in the text that end up in no card and no "other dates" line. */
  droppedDates: string[];
  /** Reading grade of each card's summary (glossary words count as one short word). */
  grades: number[];
}

export interface SetScore {
  set: string;
  files: FileScore[];
  expected: number;
  found: number;
  extras: number;
  wrongActors: number;
  late: number;
  onPastDates: number;
  droppedDates: number;
  grade: { summaries: number; average: number; max: number; above8: number; above10: number };
}

const norm = (t: string) => (t === 'hearing' ? 'conference' : t);

/** What the explainer gave, as the key sees it: every requirement with a deadline rule. */
export function givenOf(ex: OrderExplanation): Given[] {
  const out: Given[] = [];
  for (const r of ex.requirements) {
    if (r.rule === undefined) continue;
    const g: Given = { trigger: norm(r.rule.trigger), actor: r.actor, label: `${r.id}: ${r.summary.slice(0, 90)}` };
    if (r.rule.days !== undefined) g.days = r.rule.days;
    const due = r.deadline?.dueDate;
    if (due !== undefined) g.dueDate = due;
    out.push(g);
  }
  return out;
}

function fits(k: KeyDeadline, g: Given): boolean {
  if (norm(k.trigger) !== g.trigger) return false;
  if (k.days !== undefined && k.days !== g.days) return false;
  if (k.dueDate !== undefined && k.dueDate !== g.dueDate) return false;
  return true;
}

function actorOk(k: KeyDeadline, g: Given): boolean {
  if (k.actor === undefined) return true;
  return g.actor === k.actor || (k.actorAlso ?? []).includes(g.actor);
}

/** `withOrderDate: false` reads the order as a person pasting it would: the app finds the order's date itself. */
export function scoreOne(file: string, text: string, key: KeyEntry, withOrderDate = true): FileScore {
  const ex = explainOrder(text, withOrderDate && key.orderDate !== undefined ? { orderDate: key.orderDate } : {});
  const given = givenOf(ex);
  const used = new Set<number>();
  const score: FileScore = { file, expected: key.deadlines.length, found: 0, missed: [], extras: [], wrongActors: [], late: [], onPastDates: [], droppedDates: [], grades: ex.requirements.map((r) => readingGrade(r.summary)) };
  // Two passes: first a match whose actor also fits, then any match (its actor is then wrong).
  const matchOf = new Map<number, number>();
  for (const pass of [true, false]) {
    key.deadlines.forEach((k, ki) => {
      if (matchOf.has(ki)) return;
      const gi = given.findIndex((g, i) => !used.has(i) && fits(k, g) && (!pass || actorOk(k, g)));
      if (gi >= 0) {
        used.add(gi);
        matchOf.set(ki, gi);
      }
    });
  }
  key.deadlines.forEach((k, ki) => {
    const gi = matchOf.get(ki);
    if (gi === undefined) {
      score.missed.push(k);
      const later = given.find((g) => norm(k.trigger) === g.trigger && (k.days === undefined || k.days === g.days) && k.dueDate !== undefined && g.dueDate !== undefined && g.dueDate > k.dueDate && g.days !== undefined);
      if (later !== undefined) score.late.push({ expected: k, given: later });
      return;
    }
    score.found++;
    const g = given[gi];
    if (!actorOk(k, g)) score.wrongActors.push({ expected: k, given: g });
  });
  given.forEach((g, i) => {
    if (used.has(i)) return;
    if ((key.okExtras ?? []).some((k) => fits(k, g))) return;
    if (g.dueDate !== undefined && (key.pastDates ?? []).includes(g.dueDate)) score.onPastDates.push(g);
    else score.extras.push(g);
  });
  score.droppedDates = droppedDates(text, ex);
  return score;
}

/** Dates written in the text that no card and no "other dates" line accounts for. */
function droppedDates(text: string, ex: OrderExplanation): string[] {
  const accounted = new Set<string>();
  for (const r of ex.requirements) {
    for (const d of [r.rule?.fixedDate, r.rule?.triggerDate, r.deadline?.dueDate]) if (d !== undefined) accounted.add(d);
  }
  for (const o of ex.otherDates) accounted.add(o.date);
  const dates = findDates(cleanOrderText(text).text).map((d) => d.iso);
  return [...new Set(dates.filter((d) => !accounted.has(d)))];
}

export function scoreSet(dir: string, withOrderDate = true): SetScore {
  const keyFiles = fs.readdirSync(dir).filter((f) => /^key.*\.json$/.test(f));
  const key: Record<string, KeyEntry> = {};
  for (const kf of keyFiles) Object.assign(key, JSON.parse(fs.readFileSync(path.join(dir, kf), 'utf8')) as Record<string, KeyEntry>);
  const files = Object.keys(key)
    .filter((f) => fs.existsSync(path.join(dir, f)))
    .sort()
    .map((f) => scoreOne(f, fs.readFileSync(path.join(dir, f), 'utf8'), key[f], withOrderDate));
  const sum = (fn: (s: FileScore) => number) => files.reduce((a, s) => a + fn(s), 0);
  const grades = files.flatMap((f) => f.grades);
  return {
    set: path.basename(dir),
    files,
    expected: sum((s) => s.expected),
    found: sum((s) => s.found),
    extras: sum((s) => s.extras.length),
    wrongActors: sum((s) => s.wrongActors.length),
    late: sum((s) => s.late.length),
    onPastDates: sum((s) => s.onPastDates.length),
    droppedDates: sum((s) => s.droppedDates.length),
    grade: {
      summaries: grades.length,
      average: grades.reduce((a, g) => a + g, 0) / Math.max(1, grades.length),
      max: Math.max(0, ...grades),
      above8: grades.filter((g) => g > 8).length,
      above10: grades.filter((g) => g > 10).length,
    },
  };
}

/** The fixture sets that exist in this checkout. */
export function fixtureSets(root: string): string[] {
  const base = path.join(root, 'test', 'fixtures', 'orders');
  return ['real', 'docket', 'added'].map((s) => path.join(base, s)).filter((d) => fs.existsSync(d) && fs.readdirSync(d).some((f) => /^key.*\.json$/.test(f)));
}
