/**
 * Every API method against random JSON, the way a hostile page or a broken renderer would call
 * it: the answer is always a typed Result ({ ok: false, error: { code, message } } in words, or
 * a valid value), never a throw, and input that fails validation never writes: the case file's
 * bytes (and its -wal), SQLite's change counter, the settings file and the folder stay as they were.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { inputSchemas, METHOD_NAMES, type MethodName } from '../../src-main/core/api/contract.js';
import { createApi } from '../../src-main/core/api/createApi.js';
import { tempDir } from '../support/tempDir.js';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 10000);
const SEED = Number(process.env.PROPERTY_SEED ?? 424242);

const ERROR_CODES = new Set(['bad-input', 'no-case-open', 'not-found', 'already-exists', 'not-a-case-file', 'damaged-file', 'newer-version', 'cannot-write', 'in-use', 'not-available', 'bad-order', 'internal']);

/** Methods that only read: a random input that happens to be valid may run them too. */
const READ_ONLY = new Set<MethodName>([
  'app.info', 'case.current', 'recent.list', 'settings.get', 'orders.list', 'orders.get', 'deadlines.upcoming', 'deadlines.compute', 'deadlines.computeHours', 'closures.list',
  'requests.list', 'log.list', 'log.history', 'log.verify', 'log.conference', 'log.goodFaith', 'help.glossary', 'help.texts', 'orders.explainText', 'computer.footprint', 'files.suggestPath',
]);

/** Every field name any method takes, and the ones inside entries, orders and papers, plus some an attacker tries. */
const KEYS = [
  ...new Set([
    ...METHOD_NAMES.flatMap((m) => Object.keys((inputSchemas[m] as { shape?: object }).shape ?? {})),
    'kind', 'at', 'timeZone', 'minutes', 'startedBy', 'participants', 'requests', 'agreements', 'followUps', 'notes', 'reference', 'requestId', 'outcome',
    'text', 'pdfBase64', 'name', 'caseNumber', 'plaintiffs', 'defendants', 'judges', 'partyName', 'counsel', 'setType', 'setNumber', 'number', 'description',
    '__proto__', 'constructor', 'prototype', 'toString', 'then',
  ]),
];

const scalar = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -3, max: 12 }),
  fc.integer(),
  fc.double(),
  fc.constantFrom(0, -0, 1e308, -1, 2 ** 53 + 1, 0.5),
  fc.string({ maxLength: 30 }),
  fc.constantFrom('', ' ', '2021-06-14', '2021-02-30', '2021-06-03T10:00', 'America/Los_Angeles', 'phone-call', 'rfp', 'pdf', 'docx', 'beside', 'app-data', '../../etc/passwd', '/dev/zero', 'C:\\Windows', '\u0000', '%PDF-1.7', 'a'.repeat(5000)),
);
const { value: nearValue } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 5 })),
}));

/** Random input: any JSON at all, or objects built from the names the API uses. Sent as JSON text, as the shells do. */
const input = fc.oneof(fc.jsonValue(), nearValue, fc.constant(undefined)).map((v) => (v === undefined ? undefined : (JSON.parse(JSON.stringify(v) ?? 'null') as unknown)));
const method = fc.oneof({ weight: 20, arbitrary: fc.constantFrom(...METHOD_NAMES) }, { weight: 1, arbitrary: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'log.add ', 'LOG.ADD')) });

const sha = (file: string): string => {
  try {
    return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  } catch {
    return 'absent';
  }
};
const listing = (dir: string): string => JSON.stringify(fs.readdirSync(dir, { recursive: true }).map(String).sort());

test(`${RUNS} random inputs to the ${METHOD_NAMES.length} API methods: a typed Result every time, and no write from any input that fails validation`, { timeout: 300_000 }, async () => {
  const dir = tempDir('property');
  const appData = path.join(dir, 'appdata');
  const api = createApi({ appVersion: '0.0.0-test', shell: 'web', appDataDir: appData, documentsDir: dir });
  const file = path.join(dir, 'demo.casefile');
  // A case with something in it (an order, requests, a short log), so methods reach real data.
  assert.ok((await api.call('case.createDemo', { path: file })).ok);
  assert.ok((await api.call('settings.setTextSize', { textSize: 1.15 })).ok);
  const changes = () => (api.session.db().prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  const state = () => ({ db: sha(file), wal: sha(`${file}-wal`), settings: sha(path.join(appData, 'settings.json')), changes: changes(), files: listing(dir) });

  const counts = { invalid: 0, validReadOnly: 0, validSkipped: 0, unknownMethod: 0 };
  const started = Date.now();
  await fc.assert(
    fc.asyncProperty(method, input, async (m, raw) => {
      const known = (METHOD_NAMES as string[]).includes(m);
      const valid = known && inputSchemas[m as MethodName].safeParse(raw ?? {}).success;
      if (valid && !READ_ONLY.has(m as MethodName)) {
        counts.validSkipped++; // valid input to a method that writes: writing is its job
        return;
      }
      const before = state();
      const r = await api.invoke(m, raw);
      const after = state();
      assert.equal(typeof r, 'object');
      if (r.ok) {
        assert.ok(valid, `${m} accepted input that fails validation: ${JSON.stringify(raw)}`);
        assert.ok('value' in r);
      } else {
        assert.ok(ERROR_CODES.has(r.error.code), `${m}: unknown code ${r.error.code}`);
        assert.equal(typeof r.error.message, 'string');
        assert.ok(r.error.message.length > 10 && !/\n\s+at |ZodError|\[object /.test(r.error.message), `${m}: "${r.error.message}"`);
        assert.notEqual(r.error.code, 'internal', `${m} ${JSON.stringify(raw)}: an unexpected error inside the app`);
        if (!valid) assert.equal(r.error.code, 'bad-input', `${m} ${JSON.stringify(raw)}: ${r.error.code}`);
      }
      assert.deepEqual(after, before, `${m} ${JSON.stringify(raw)?.slice(0, 300)} wrote something`);
      if (!known) counts.unknownMethod++;
      else if (valid) counts.validReadOnly++;
      else counts.invalid++;
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
  const seconds = (Date.now() - started) / 1000;
  console.log(`property: ${RUNS} runs in ${seconds.toFixed(1)} s (seed ${SEED}): ${counts.invalid} invalid inputs refused with no write, ${counts.unknownMethod} unknown method names refused, ${counts.validReadOnly} valid inputs to read-only methods answered with no write, ${counts.validSkipped} valid inputs to writing methods not run`);
  assert.ok(counts.invalid >= 3000, `only ${counts.invalid} invalid inputs were tried`);
  assert.ok(api.session.isOpen, 'the case stayed open throughout');
  await api.close();
});
