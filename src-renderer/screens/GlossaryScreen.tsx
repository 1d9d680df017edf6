import { useEffect, useMemo, useState } from 'react';
import { useHelp } from '../store/helpStore';
import type { GlossaryEntry } from '../../src-main/core/api/contract';

/** "What does this word mean?": every court word the app knows, in plain language. */
export function GlossaryScreen() {
  const loaded = useHelp((s) => s.glossary);
  const loadGlossary = useHelp((s) => s.loadGlossary);
  const [query, setQuery] = useState('');
  useEffect(() => void loadGlossary(), [loadGlossary]);
  const shown = useMemo(() => {
    const entries: readonly GlossaryEntry[] = loaded ?? [];
    const q = query.trim().toLowerCase();
    const sorted = [...entries].sort((a, b) => a.term.localeCompare(b.term));
    return q ? sorted.filter((e) => e.term.toLowerCase().includes(q) || e.aliases.some((a) => a.toLowerCase().includes(q)) || e.plain.toLowerCase().includes(q)) : sorted;
  }, [loaded, query]);

  return (
    <main id="main" tabIndex={-1} className="screen">
      <h1>What does this word mean?</h1>
      <p className="lead">Court words, explained in plain language.</p>
      <div className="field">
        <label htmlFor="glossary-search">Find a word</label>
        <input id="glossary-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      <p className="quiet" role="status">
        {shown.length} {shown.length === 1 ? 'word' : 'words'}
      </p>
      <dl className="glossary">
        {shown.map((e) => (
          <div key={e.id} id={`term-${e.id}`} className="glossary-entry">
            <dt>{e.term}</dt>
            <dd>
              <p>{e.plain}</p>
              {e.example && <p className="quiet">Example: {e.example}</p>}
            </dd>
          </div>
        ))}
      </dl>
      <p className="not-legal-advice">This is not legal advice.</p>
    </main>
  );
}
