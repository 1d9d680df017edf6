import { Fragment, useMemo, useState, type ReactNode } from 'react';
import type { GlossaryEntry, OrderView } from '../../../src-main/core/api/contract';

interface Span {
  start: number;
  end: number;
}

interface Piece {
  start: number;
  end: number;
  quoteIds: string[];
  termId: string | null;
}

/** Cut the text at every quote and glossary boundary, so each piece knows what covers it. */
function pieces(length: number, quotes: (Span & { id: string })[], terms: (Span & { id: string })[]): Piece[] {
  const cuts = new Set<number>([0, length]);
  for (const s of [...quotes, ...terms]) {
    cuts.add(Math.max(0, Math.min(length, s.start)));
    cuts.add(Math.max(0, Math.min(length, s.end)));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i < sorted.length - 1; i++) {
    const start = sorted[i];
    const end = sorted[i + 1];
    if (end <= start) continue;
    out.push({
      start,
      end,
      quoteIds: quotes.filter((q) => q.start <= start && q.end >= end).map((q) => q.id),
      termId: terms.find((t) => t.start <= start && t.end >= end)?.id ?? null,
    });
  }
  return out;
}

/** The order's own words (cleaned of line numbers and page noise), each requirement's quote marked, court words explained on hover or focus. */
export function OrderText({ reading, glossary }: { reading: OrderView['reading']; glossary: Map<string, GlossaryEntry> }) {
  const [active, setActive] = useState<string | null>(null);
  const { text, quotes, glossary: terms } = reading;
  // Underline each word once per order: enough to find it, not so much it gets in the way.
  const firstTerms = useMemo(() => {
    const seen = new Set<string>();
    return terms.filter((t) => (seen.has(t.id) ? false : (seen.add(t.id), true)));
  }, [terms]);
  const parts = useMemo(() => pieces(text.length, quotes, firstTerms), [text.length, quotes, firstTerms]);
  const firstPieceOfQuote = new Set<string>();
  const entry = active ? glossary.get(active) : undefined;

  return (
    <div className="order-text-wrap">
      <div className="word-help" aria-live="polite">
        {entry ? (
          <p>
            <strong>{entry.term}:</strong> {entry.plain}
          </p>
        ) : (
          <p className="quiet">Point at or tab to an underlined word to see what it means.</p>
        )}
      </div>
      <div className="order-text" tabIndex={0} role="region" aria-label="Text of the order">
        {parts.map((p) => {
          const chunk = text.slice(p.start, p.end);
          let node: ReactNode = chunk;
          if (p.termId && glossary.has(p.termId)) {
            node = (
              <button type="button" className="term" onFocus={() => setActive(p.termId)} onMouseEnter={() => setActive(p.termId)} onClick={() => setActive(p.termId)} aria-label={`${chunk}: what does this mean?`}>
                {chunk}
              </button>
            );
          }
          if (p.quoteIds.length > 0) {
            const id = p.quoteIds[0];
            const first = !firstPieceOfQuote.has(id);
            firstPieceOfQuote.add(id);
            return (
              <mark key={p.start} className="quote" data-requirement={id} id={first ? `quote-${id}` : undefined}>
                {node}
              </mark>
            );
          }
          return <Fragment key={p.start}>{node}</Fragment>;
        })}
      </div>
    </div>
  );
}
