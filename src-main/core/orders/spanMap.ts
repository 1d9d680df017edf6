/**
 * Text whose every character remembers its offset in the original order, so that any
 * span found after cleaning can be quoted back exactly as the court wrote it.
 */
export interface Mapped {
  text: string;
  map: Int32Array;
}

/** Replace [start, end) with insert (empty = delete). insert must not be longer than the span. */
export interface Edit {
  start: number;
  end: number;
  insert?: string;
}

/**
 * Apply non-overlapping edits in one linear pass. Overlapping or out-of-order edits are
 * dropped rather than trusted, so a faulty pattern can never corrupt the offsets.
 */
export function applyEdits(src: Mapped, edits: Edit[]): Mapped {
  if (edits.length === 0) return src;
  const sorted = edits.slice().sort((a, b) => a.start - b.start || a.end - b.end);
  const kept: Edit[] = [];
  let lastEnd = 0;
  let outLen = src.text.length;
  for (const e of sorted) {
    if (e.start < lastEnd || e.end < e.start || e.end > src.text.length) continue;
    const insLen = Math.min((e.insert ?? '').length, e.end - e.start);
    if (insLen === e.end - e.start && (e.insert ?? '') === src.text.slice(e.start, e.end)) continue;
    kept.push(e);
    outLen += insLen - (e.end - e.start);
    lastEnd = e.end;
  }
  if (kept.length === 0) return src;
  const parts: string[] = [];
  const map = new Int32Array(outLen);
  let pos = 0;
  let o = 0;
  for (const e of kept) {
    if (e.start > pos) {
      parts.push(src.text.slice(pos, e.start));
      map.set(src.map.subarray(pos, e.start), o);
      o += e.start - pos;
    }
    const ins = (e.insert ?? '').slice(0, e.end - e.start);
    if (ins.length > 0) {
      parts.push(ins);
      for (let k = 0; k < ins.length; k++) map[o++] = src.map[e.start + k];
    }
    pos = e.end;
  }
  if (pos < src.text.length) {
    parts.push(src.text.slice(pos));
    map.set(src.map.subarray(pos), o);
  }
  return { text: parts.join(''), map };
}

/** Map a cleaned span [start, end) to the smallest original span that contains it. */
export function toOriginalSpan(map: ArrayLike<number>, start: number, end: number, originalLength: number): { start: number; end: number } {
  const n = map.length;
  if (n === 0) return { start: 0, end: 0 };
  const s = Math.max(0, Math.min(start, n - 1));
  const e = Math.max(s + 1, Math.min(end, n));
  const os = map[s];
  let oe = map[e - 1] + 1;
  if (oe > originalLength) oe = originalLength;
  return { start: Math.min(os, oe), end: oe };
}
