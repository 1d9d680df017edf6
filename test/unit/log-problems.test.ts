/**
 * A detected change stays detected. Before: after the check found a removed last entry (or a
 * damaged record of the newest change), one ordinary new entry made it say "intact" again. Now
 * the finding is kept in the file and shown by every later check and log report until the
 * person acknowledges it, and that acknowledgement is kept too. Real files, the real API and CLI.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { editByHand, ok, paperText } from '../support/logFiles.js';
import { cli } from '../support/runCli.js';
import { testApi } from '../support/testApi.js';

const TZ = 'America/Los_Angeles';
const call = (at: string, notes = '') => ({ kind: 'phone-call' as const, at, timeZone: TZ, minutes: 10, notes });

async function twoCalls() {
  const { api, file, dir } = testApi();
  const f = file('problems.casefile');
  ok(await api.call('case.create', { path: f, caption: { partyName: 'Christopher Dickson', counsel: { name: 'Jane Counsel' } } }));
  ok(await api.call('log.add', { entry: call('2021-06-03T10:00', 'First call.') }));
  ok(await api.call('log.add', { entry: call('2021-06-10T10:00', 'They promised the records.') }));
  return { api, file: f, dir };
}

test('a deleted last entry stays found after a new entry, on the check and on the log report, until acknowledged', async () => {
  const { api, file, dir } = await twoCalls();
  await api.close();
  editByHand(file, 'DELETE FROM log_revisions WHERE entry_id = 2; DELETE FROM log_entries WHERE id = 2;');
  ok(await api.call('case.open', { path: file }));

  const found = ok(await api.call('log.verify', {}));
  assert.equal(found.intact, false);
  const original = found.intact ? '' : found.problem.message;
  assert.match(original, /the newest change is missing/);

  ok(await api.call('log.add', { entry: call('2021-06-17T10:00', 'An ordinary new call.') }));
  const later = ok(await api.call('log.verify', {}));
  assert.equal(later.intact, false, 'one new entry does not make the finding go away');
  assert.ok(!later.intact && later.problem.foundEarlier && later.problem.message.includes(original));
  assert.equal(later.problemsOnRecord.length, 1, JSON.stringify(later.problemsOnRecord));

  const report = (await paperText(api, 'contact-log', 'txt', dir)).replace(/\s+/g, ' ');
  assert.ok(report.includes('WARNING: On'), 'the report shows it');
  assert.ok(report.includes('No one has said yet that they looked into it.'));
  const preview = ok(await api.call('papers.preview', { paper: 'contact-log' }));
  assert.ok(preview.warnings.some((w) => w.startsWith('The log did not pass its check')));

  // Acknowledging: a reason is needed; then it is kept with who and why, and the check is clear.
  const problemId = later.intact ? 0 : later.problem.recordedId!;
  const blank = await api.call('log.acknowledgeProblem', { problemId, reason: '   ' });
  assert.ok(!blank.ok && blank.error.field === 'reason');
  const cleared = ok(await api.call('log.acknowledgeProblem', { problemId, reason: 'I removed the June 10 call by hand with a database tool. It was logged on the wrong case.' }));
  assert.equal(cleared.intact, true);
  const kept = cleared.problemsOnRecord[0];
  assert.equal(kept.acknowledged?.by, 'Christopher Dickson');
  assert.match(kept.acknowledged?.fingerprint ?? '', /^[0-9A-F]{4}(-[0-9A-F]{4}){5}$/);
  const again = await api.call('log.acknowledgeProblem', { problemId, reason: 'Again.' });
  assert.ok(!again.ok && /already said you looked into this/.test(again.error.message));

  const after = (await paperText(api, 'contact-log', 'txt', dir)).replace(/\s+/g, ' ');
  assert.ok(!after.includes('WARNING: On'));
  assert.ok(after.includes('Problems the check found before'), 'the report still tells the history');
  assert.ok(after.includes('said they looked into it: "I removed the June 10 call by hand'));
  await api.close();
});

test('a damaged record of the newest change is kept even when nobody ran the check before the next entry', async () => {
  const { api, file } = await twoCalls();
  await api.close();
  editByHand(file, `UPDATE meta SET value = '{"seq":2,"hash":"${'ab'.repeat(32)}"}' WHERE key = 'log_head'`);
  ok(await api.call('case.open', { path: file }));
  ok(await api.call('log.add', { entry: call('2021-06-17T10:00') }));
  const v = ok(await api.call('log.verify', {}));
  assert.equal(v.intact, false);
  assert.ok(!v.intact && v.problem.foundEarlier);
  assert.match(v.intact ? '' : v.problem.message, /its newest change does not match the app's record of it/);
  await api.close();
});

test('a record of the newest change with a number no log can have is called damaged, on the check and the log report', async () => {
  // Before: rows[-1] or rows[1.5] was read as a row, and the check stopped with "Something went wrong".
  for (const seq of ['-1', '1.5', '"2"']) {
    const { api, file, dir } = await twoCalls();
    await api.close();
    editByHand(file, `UPDATE meta SET value = '{"seq":${seq},"hash":"${'ab'.repeat(32)}"}' WHERE key = 'log_head'`);
    ok(await api.call('case.open', { path: file }));
    const v = ok(await api.call('log.verify', {}));
    assert.equal(v.intact, false, seq);
    assert.match(v.intact ? '' : v.problem.message, /the record of its newest change is missing or damaged/, seq);
    const report = (await paperText(api, 'contact-log', 'txt', dir)).replace(/\s+/g, ' ');
    assert.ok(report.includes('the record of its newest change is missing or damaged'), seq);
    await api.close();
  }
});

test('the same finding is kept once; the record cannot be quietly emptied or rewritten through SQL', async () => {
  const { api, file } = await twoCalls();
  await api.close();
  editByHand(file, 'UPDATE log_revisions SET content = replace(content, \'First\', \'Only\') WHERE entry_id = 1');
  ok(await api.call('case.open', { path: file }));
  for (let i = 0; i < 3; i++) ok(await api.call('log.verify', {}));
  const v = ok(await api.call('log.verify', {}));
  assert.equal(v.problemsOnRecord.length, 1);
  ok(await api.call('log.acknowledgeProblem', { problemId: v.problemsOnRecord[0].id, reason: 'I am restoring a backup.' }));
  const still = ok(await api.call('log.verify', {}));
  assert.equal(still.intact, false, 'a chain that is still broken is still reported after the acknowledgement');
  assert.equal(still.problemsOnRecord.length, 1, 'and not written down a second time');
  await api.close();

  const raw = new Database(file);
  assert.throws(() => raw.prepare('DELETE FROM log_problems').run(), /never deleted/);
  assert.throws(() => raw.prepare('UPDATE log_problems SET ack_reason = \'something else\'').run(), /acknowledged once/);
  assert.throws(() => raw.prepare('UPDATE log_problems SET message = \'nothing happened\'').run(), /acknowledged once/);
  raw.close();
});

test('through the real CLI: after a removed last entry, `log add` then `verify` still exits 1 and names the finding', async () => {
  const { api, file } = await twoCalls();
  await api.close();
  editByHand(file, 'DELETE FROM log_revisions WHERE entry_id = 2; DELETE FROM log_entries WHERE id = 2;');
  const add = cli(['log', 'add', file, '--kind', 'phone-call', '--at', '2021-06-17T10:00', '--time-zone', TZ]);
  assert.equal(add.code, 0, add.stderr);
  const verify = cli(['verify', file]);
  assert.equal(verify.code, 1);
  assert.match(verify.stderr, /the check found this problem: .*the newest change is missing/);
});
