import type { ServiceMethod } from '../../src-main/core/deadlines/index.js';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { cli } from '../support/runCli.js';
import { testApi } from '../support/testApi.js';
import { tempDir } from '../support/tempDir.js';

const SEED = fs.readFileSync(new URL('../fixtures/orders/dickson-v-gomez-order-2021-05-24.txt', import.meta.url), 'utf8');

async function caseWithSeedOrder(served?: { servedDate: string; serviceMethod: ServiceMethod }) {
  const { api, file } = testApi();
  const made = await api.call('case.create', { path: file('dickson.casefile'), caption: { caseNumber: '1:17-cv-00294-DAD-BAM (PC)', district: 'Eastern District of California', side: 'plaintiff', partyName: 'Christopher Dickson' } });
  assert.ok(made.ok);
  const added = await api.call('orders.add', { source: { name: 'order.txt', text: SEED }, ...(served ?? {}) });
  assert.ok(added.ok, JSON.stringify(!added.ok && added.error));
  return { api, order: added.value };
}

test('seed order (Dickson v. Gomez): stored with its date, ECF number and the dates DESIGN.md expects', async () => {
  const { api, order } = await caseWithSeedOrder();
  assert.equal(order.order.signedDate, '2021-05-24');
  assert.equal(order.order.ecfNumber, '70');
  assert.equal(order.order.sourceSha256.length, 64);
  assert.equal(order.caseNumberMatches, true);
  const contact = order.requirements.find((r) => r.kind === 'contact')!;
  assert.equal(contact.actor, 'defense-counsel');
  assert.equal(contact.dueDate, '2021-06-14');
  const dated = order.requirements.filter((r) => r.dueDate).map((r) => r.dueDate);
  assert.deepEqual(dated, [...dated].sort(), 'cards are sorted by due date');
  assert.ok(order.requirements.some((r) => r.dueDate === '2021-06-23'), 'Joint Statement 30 days after service (service date defaults to the order date)');
  assert.ok(order.conflicts.length >= 1, 'the two Joint Statement deadlines conflict');
  assert.ok(order.glossary.length > 10, 'court words are found for underlining');
  for (const r of order.requirements) if (r.quote) assert.equal(order.order.originalText.slice(r.quote.start, r.quote.end), r.quote.text);
  await api.close();
});

test('seed order served by mail: the Joint Statement date moves to Monday 2021-06-28 (Rule 6(d) then the weekend roll)', async () => {
  const { api, order } = await caseWithSeedOrder({ servedDate: '2021-05-24', serviceMethod: 'mail' });
  assert.ok(order.requirements.some((r) => r.dueDate === '2021-06-28'));
  await api.close();
});

test('logging the conference fills "7 days after your conference" and shows the contact requirement as met', async () => {
  const { api, order } = await caseWithSeedOrder();
  const seven = order.requirements.find((r) => r.deadline?.trigger === 'conference')!;
  assert.equal(seven.dueDate, null);
  assert.match(seven.deadline!.pending ?? '', /not held yet/);
  const call = await api.call('log.add', { entry: { kind: 'phone-call', at: '2021-06-03T10:00', timeZone: 'America/Los_Angeles', minutes: 20, startedBy: 'them' } });
  assert.ok(call.ok);
  const after = await api.call('orders.get', { orderId: order.order.id });
  assert.ok(after.ok);
  assert.equal(after.value.requirements.find((r) => r.id === seven.id)!.dueDate, '2021-06-10');
  const contact = after.value.requirements.find((r) => r.kind === 'contact')!;
  assert.ok(contact.metBy && contact.metBy.entryId === call.value.id, 'the call is named as meeting "must contact you"');
  assert.equal(after.value.conference?.date, '2021-06-03');
  const conflict = after.value.conflicts[0];
  assert.match(conflict.message, /June 10, 2021/);
  await api.close();
});

test('the person can confirm, mark done, reword and re-date a requirement; the app\'s own text stays viewable', async () => {
  const { api, order } = await caseWithSeedOrder();
  const r = order.requirements[0];
  const id = order.order.id;
  let v = await api.call('orders.setRequirement', { orderId: id, requirementId: r.id, status: 'done', summary: 'My words', dueDate: '2021-06-11' });
  assert.ok(v.ok);
  const changed = v.value.requirements.find((x) => x.id === r.id)!;
  assert.equal(changed.status, 'done');
  assert.equal(changed.summary, 'My words');
  assert.equal(changed.generatedSummary, r.generatedSummary);
  assert.equal(changed.dueDate, '2021-06-11');
  assert.equal(changed.dueDateSetByHand, true);
  v = await api.call('orders.setRequirement', { orderId: id, requirementId: r.id, summary: null, dueDate: null });
  assert.ok(v.ok);
  assert.equal(v.value.requirements.find((x) => x.id === r.id)!.summary, r.generatedSummary);
  const added = await api.call('orders.addRequirement', { orderId: id, summary: 'Mail a copy to the other side', actor: 'plaintiff', dueDate: '2021-06-20' });
  assert.ok(added.ok && added.value.requirements.some((x) => x.summary === 'Mail a copy to the other side'));
  const bad = await api.call('orders.setRequirement', { orderId: id, requirementId: r.id, dueDate: '2021-02-30' });
  assert.equal(!bad.ok && bad.error.message, 'That date does not exist. Please check the day and the month.');
  await api.close();
});

test('a court closure the person adds moves a deadline that lands on it', async () => {
  const { api, order } = await caseWithSeedOrder();
  await api.call('closures.add', { date: '2021-06-14', name: 'Courthouse closed (flood)' });
  const v = await api.call('orders.get', { orderId: order.order.id });
  assert.ok(v.ok);
  assert.equal(v.value.requirements.find((r) => r.kind === 'contact')!.dueDate, '2021-06-15');
  await api.close();
});

test('"What\'s next" lists dated requirements across orders, nearest first, with days left', async () => {
  const { api } = await caseWithSeedOrder();
  const up = await api.call('deadlines.upcoming', {});
  assert.ok(up.ok);
  const dates = up.value.items.filter((i) => i.dueDate).map((i) => i.dueDate!);
  assert.deepEqual(dates, [...dates].sort());
  assert.ok(up.value.items.some((i) => i.pending), 'waiting deadlines are listed too');
  assert.ok(up.value.items.every((i) => i.dueDate === null || typeof i.daysLeft === 'number'));
  await api.close();
});

test('an order for another case number is flagged', async () => {
  const { api, file } = testApi();
  await api.call('case.create', { path: file('other.casefile'), caption: { caseNumber: '2:20-cv-01234-KJM' } });
  const added = await api.call('orders.add', { source: { name: 'order.txt', text: SEED } });
  assert.ok(added.ok);
  assert.equal(added.value.caseNumberMatches, false);
  await api.close();
});

test('bad order input gets a plain message: empty text, binary bytes, not an order, not a PDF', async () => {
  const { api } = testApi();
  for (const source of [{ text: '' }, { text: '\u0000\u0001\u0002binary\u0000\u0000'.repeat(50) }, { text: 'Shopping list: eggs, milk, bread.' }, { pdfBase64: Buffer.from('not a pdf at all').toString('base64') }]) {
    const r = await api.call('orders.explainText', { source: { name: 'x', ...source } });
    assert.equal(r.ok, false);
    assert.ok(!r.ok && r.error.message.length > 20 && !/Error:|at \w+ \(/.test(r.error.message), !r.ok ? r.error.message : '');
  }
  await api.close();
});

test('the demo case is labelled Demo and has an order, requests and a short history', async () => {
  const { api, file } = testApi();
  const demo = await api.call('case.createDemo', { path: file('demo') });
  assert.ok(demo.ok);
  assert.equal(demo.value.caption.isDemo, true);
  const orders = await api.call('orders.list', {});
  assert.ok(orders.ok && orders.value.length === 1);
  const log = await api.call('log.list', {});
  assert.ok(log.ok && log.value.entries.length >= 4);
  const requests = await api.call('requests.list', {});
  assert.ok(requests.ok && requests.value.length === 3);
  await api.close();
});

test('cli explain prints { caption, requirements, conflicts } as JSON for a .txt order, with --served and --service', () => {
  const r = cli(['explain', 'test/fixtures/orders/dickson-v-gomez-order-2021-05-24.txt', '--served', '2021-05-24', '--service', 'mail', '--json']);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.caption.caseNumber, '1:17-cv-00294-DAD-BAM (PC)');
  const dates = out.requirements.map((x: { deadline?: { dueDate?: string } }) => x.deadline?.dueDate).filter(Boolean);
  assert.ok(dates.includes('2021-06-14') && dates.includes('2021-06-28'));
  assert.ok(Array.isArray(out.conflicts) && out.conflicts.length >= 1);
});

test('cli explain --order-date overrides the date in the text', () => {
  const r = cli(['explain', 'test/fixtures/orders/dickson-v-gomez-order-2021-05-24.txt', '--order-date', '2021-06-01', '--json']);
  assert.equal(r.code, 0, r.stderr);
  const contact = JSON.parse(r.stdout).requirements.find((x: { kind: string }) => x.kind === 'contact');
  assert.equal(contact.deadline.dueDate, '2021-06-22');
});

test('cli explain refuses an empty file, a binary file and a 50 MB file with a message and a non-zero exit', () => {
  const dir = tempDir('cli-explain');
  const empty = path.join(dir, 'empty.txt');
  fs.writeFileSync(empty, '');
  const binary = path.join(dir, 'photo.txt');
  fs.writeFileSync(binary, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
  const huge = path.join(dir, 'huge.txt');
  fs.writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 'a'));
  for (const f of [empty, binary, huge]) {
    const r = cli(['explain', f, '--json']);
    assert.equal(r.code, 1, f);
    assert.equal(r.stdout, '');
    assert.ok(r.stderr.length > 10 && !/\n\s+at /.test(r.stderr), r.stderr);
  }
});

test('cli deadline --json: 21 days from the seed order\'s date is Monday 2021-06-14; mail service 30 days gives 2021-06-28', () => {
  let r = cli(['deadline', '--from', '2021-05-24', '--days', '21', '--json']);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).dueDate, '2021-06-14');
  r = cli(['deadline', '--from', '2021-05-24', '--days', '30', '--service', 'mail', '--json']);
  const out = JSON.parse(r.stdout);
  assert.equal(out.dueDate, '2021-06-28');
  assert.ok(out.steps.length >= 3);
});

test('cli deadline --state CA reports the later date when Cesar Chavez Day would move it, without moving dueDate', () => {
  // 2026-03-31 (Cesar Chavez Day) is a Tuesday: 30 days from 2026-03-01.
  const r = cli(['deadline', '--from', '2026-03-01', '--days', '30', '--state', 'CA', '--json']);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.equal(out.dueDate, '2026-03-31');
  assert.equal(out.stateHolidayLater?.dueDate, '2026-04-01');
  const plain = cli(['deadline', '--from', '2026-03-01', '--days', '30', '--json']);
  assert.equal(JSON.parse(plain.stdout).stateHolidayLater, undefined);
});

test('cli deadline refuses a date that does not exist', () => {
  const r = cli(['deadline', '--from', '2021-02-30', '--days', '3', '--json']);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /does not exist/);
});

test('when the other side\'s date to contact passes with no call logged, What\'s next says so and quotes what the order says follows', async () => {
  const { api } = await caseWithSeedOrder();
  let up = await api.call('deadlines.upcoming', {});
  assert.ok(up.ok && up.value.missedContact, 'June 14, 2021 has long passed with nothing logged');
  assert.equal(up.value.missedContact.dueDate, '2021-06-14');
  assert.ok(up.value.missedContact.orderSays.some((s) => /dismissal/i.test(s.quote)), 'the order\'s own warning is quoted');
  await api.call('log.add', { entry: { kind: 'phone-call', at: '2021-06-10T09:00', timeZone: 'America/Los_Angeles', startedBy: 'them' } });
  up = await api.call('deadlines.upcoming', {});
  assert.ok(up.ok);
  assert.equal(up.value.missedContact, null);
  assert.ok(up.value.items.some((i) => i.kind === 'contact' && i.met));
  await api.close();
});

test('the reading text has no pleading line numbers or markup, and each quote lands on the same words', async () => {
  const { api, order } = await caseWithSeedOrder();
  const reading = order.reading;
  assert.doesNotMatch(reading.text, /<b>|<li>|\*\*|^## /m);
  assert.doesNotMatch(reading.text, /proceeds 18 19 against/);
  const words = (s: string) => s.replace(/<[^>]+>|\*\*|\s+/g, ' ').replace(/\s+/g, ' ').trim();
  for (const q of reading.quotes) {
    const r = order.requirements.find((x) => x.id === q.id)!;
    const shown = words(reading.text.slice(q.start, q.end));
    assert.ok(shown.length > 10);
    assert.ok(words(r.quote!.text).includes(shown.slice(0, 20)) || shown.includes(words(r.quote!.text).slice(-15)), `${q.id}: ${shown}`);
  }
  assert.ok(reading.glossary.every((g) => g.end <= reading.text.length));
  await api.close();
});

test('the order screen carries when the last day ends, and the prison mailbox rule when the person is in prison', async () => {
  const { api, order } = await caseWithSeedOrder();
  assert.ok(order.notices.some((n) => /midnight/.test(n)));
  assert.ok(order.notices.some((n) => /Houston v\. Lack/.test(n)), 'the seed order is a prisoner case (PC)');
  assert.ok(!order.notices.some((n) => /not legal advice/i.test(n)), 'that line is on the screen already');
  await api.close();
});
