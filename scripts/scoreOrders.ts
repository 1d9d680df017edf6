/**
 * `npm run score:orders [-- --verbose]`: how well the explainer reads the real court texts in
 * test/fixtures/orders. Prints, per set: deadlines found / expected, deadlines given that match
 * nothing expected, wrong actors, dates later than the key's, deadlines on recited past dates, and
 * dates the explainer dropped, and the reading grade of the cards' summaries. A measurement, not a test (the floor is held in a unit test).
 * `-- --own-date` does not pass the keys' order dates: the app finds each order's date itself.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureSets, scoreSet, type FileScore } from './orderScore.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
// The keys give each order's date (as a person would enter it); --own-date lets the app find it.
const withOrderDate = !process.argv.includes('--own-date');

function detail(s: FileScore): string[] {
  const out: string[] = [];
  for (const m of s.missed) out.push(`    missed   ${m.trigger}${m.days !== undefined ? ` ${m.days}d` : ''}${m.dueDate !== undefined ? ` ${m.dueDate}` : ''} ${m.actor ?? ''}: ${m.what ?? ''}`);
  for (const g of s.extras) out.push(`    extra    ${g.trigger}${g.days !== undefined ? ` ${g.days}d` : ''}${g.dueDate !== undefined ? ` ${g.dueDate}` : ''} ${g.actor}: ${g.label}`);
  for (const w of s.wrongActors) out.push(`    actor    expected ${w.expected.actor} got ${w.given.actor}: ${w.given.label}`);
  for (const l of s.late) out.push(`    LATE     ${l.given.dueDate} > ${l.expected.dueDate}: ${l.given.label}`);
  for (const p of s.onPastDates) out.push(`    PAST     ${p.dueDate}: ${p.label}`);
  for (const d of s.droppedDates) out.push(`    dropped  ${d}`);
  return out;
}

let totalExpected = 0;
let totalFound = 0;
for (const dir of fixtureSets(root)) {
  const set = scoreSet(dir, withOrderDate);
  totalExpected += set.expected;
  totalFound += set.found;
  console.log(`\n== ${set.set}: ${set.files.length} texts`);
  for (const f of set.files) {
    const flag = f.found === f.expected && f.extras.length === 0 && f.late.length === 0 && f.onPastDates.length === 0 ? ' ' : '*';
    console.log(`${flag} ${f.found}/${f.expected} found, ${f.extras.length} extra, ${f.wrongActors.length} actor, ${f.late.length} late, ${f.onPastDates.length} past, ${f.droppedDates.length} dropped  ${f.file}`);
    if (verbose) for (const line of detail(f)) console.log(line);
  }
  const pct = set.expected === 0 ? 100 : (100 * set.found) / set.expected;
  console.log(
    `${set.set}: found ${set.found}/${set.expected} (${pct.toFixed(1)}%), extra ${set.extras}, wrong actors ${set.wrongActors}, later than the key ${set.late}, on recited past dates ${set.onPastDates}, dropped dates ${set.droppedDates}`,
  );
  const g = set.grade;
  console.log(`${set.set}: summaries ${g.summaries}, reading grade average ${g.average.toFixed(2)}, highest ${g.max.toFixed(1)}, above 8: ${g.above8}, above 10: ${g.above10}`);
}
console.log(`\nall sets: found ${totalFound}/${totalExpected} (${((100 * totalFound) / Math.max(1, totalExpected)).toFixed(1)}%)`);
