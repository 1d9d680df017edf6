/**
 * Measures for `npm run bench`: explaining orders (the seed order, every real order in the
 * fixtures, a 40-page order made by joining varied orders) and working out deadlines.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { computeDueDate } from '../../src-main/core/deadlines/index.js';
import { explainOrder } from '../../src-main/core/orders/index.js';
import { median, round } from './measure.js';

const FIXTURES = 'test/fixtures/orders';

function timesOf(runs: number, fn: () => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times;
}

/** Every real order and docket entry in the fixtures, each explained once warm. */
function realOrderTimes(): number[] {
  const times: number[] = [];
  for (const set of ['real', 'docket', 'added']) {
    const dir = path.join(FIXTURES, set);
    for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      explainOrder(text, {});
      const t = performance.now();
      explainOrder(text, {});
      times.push(performance.now() - t);
    }
  }
  return times;
}

export function benchOrders(): Record<string, unknown> {
  const fixtures = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.txt'));
  const seed = fs.readFileSync(path.join(FIXTURES, 'dickson-v-gomez-order-2021-05-24.txt'), 'utf8');
  const varied = fixtures.map((f) => fs.readFileSync(path.join(FIXTURES, f), 'utf8'));
  let big = '';
  for (let i = 0; big.length < 40 * 2600; i++) big += varied[i % varied.length] + '\n\f\n';
  const explainTimes = timesOf(30, () => explainOrder(seed, {}));
  const bigTimes = timesOf(7, () => explainOrder(big, {}));
  const N = 20_000;
  const t0 = performance.now();
  for (let i = 0; i < N; i++) computeDueDate({ from: '2021-05-24', days: 1 + (i % 60), serviceByMail: i % 2 === 0, state: i % 3 === 0 ? 'CA' : null });
  const perDeadline = (performance.now() - t0) / N;
  const realTimes = realOrderTimes();
  return {
    explainSeedOrderMs: { median: round(median(explainTimes)), runs: explainTimes.length, goal: 20 },
    explainRealOrdersMs: { median: round(median(realTimes)), max: round(Math.max(...realTimes)), orders: realTimes.length },
    explain40PageOrderMs: { median: round(median(bigTimes)), runs: bigTimes.length, chars: big.length, goal: 200 },
    deadlinePerCallMs: { mean: Math.round(perDeadline * 10000) / 10000, calls: N },
  };
}
