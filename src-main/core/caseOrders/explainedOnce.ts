/**
 * The same order, with the same dates and settings, is explained once and not again on every
 * screen and paper that shows it (the 5,000-entry log report read its order on each export). The
 * explainer is a pure function of the order's text and these options, so the key holds all of
 * them. Each caller gets its own copy: what one screen adds to an explanation stays out of the next.
 */
import { createHash } from 'node:crypto';
import { explainOrder, type ExplainOptions } from '../orders/index.js';

export type ExplainedOrder = ReturnType<typeof explainOrder>;

/** A case has a handful of orders; a few more keep two cases open one after the other quick. */
const KEEP = 12;
const explained = new Map<string, ExplainedOrder>();

export function explainOnce(text: string, options: ExplainOptions): ExplainedOrder {
  const key = `${createHash('sha256').update(text).digest('hex')}\n${JSON.stringify(options)}`;
  let found = explained.get(key);
  if (found === undefined) {
    found = explainOrder(text, options);
    if (explained.size >= KEEP) explained.delete(explained.keys().next().value!);
  } else explained.delete(key);
  explained.set(key, found);
  return structuredClone(found);
}
