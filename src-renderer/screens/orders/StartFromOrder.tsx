import { useEffect, useRef, useState } from 'react';
import { offerSuggestion } from '../../components/suggestion';
import { useStartOrder, type ReadOrder } from '../../store/startOrderStore';
import { suggestPath } from '../../store/welcomeStore';
import { AddOrderForm } from './AddOrderForm';

/** Words for the suggested file name: "Dickson v Gomez" from the caption's first names. */
function caseName(read: ReadOrder): string {
  const c = read.explained.caption;
  return [c.plaintiffs?.[0], c.defendants?.[0]].filter(Boolean).map((n) => String(n).replace(/,?\s*et al\.?/i, '').split(/\s+/).pop()).join(' v ');
}

/** "I have a court order": read the order first, then make the case file from its caption. */
export function StartFromOrder() {
  const read = useStartOrder((s) => s.read);
  const message = useStartOrder((s) => s.message);
  const busy = useStartOrder((s) => s.busy);
  const reset = useStartOrder((s) => s.reset);
  const readOrder = useStartOrder((s) => s.readOrder);
  useEffect(() => reset(), [reset]);

  // "Start over" takes away the button that had the keyboard: put it back on the order's words.
  const before = useRef(read);
  useEffect(() => {
if (before.current && !read) document.getElementById('order-paste')?.focus();
before.current = read;
  }, [read]);

  return (
<section aria-labelledby="order-first-heading" className="card">
  <h2 id="order-first-heading">I have a court order</h2>
  <p>Start here if the court sent you an order. The app reads it and fills in your case details for you to check.</p>
  {message && (
    <p className="alert" role="alert">
      {message}
    </p>
  )}
  {!read ? <AddOrderForm busy={busy} submitLabel="Read this order" onSubmit={(s, served) => void readOrder(s, served)} /> : <FoundInOrder read={read} />}
</section>
  );
}

/** What the app found in the order, for the person to check, and where to save the case file. */
function FoundInOrder({ read }: { read: ReadOrder }) {
  const busy = useStartOrder((s) => s.busy);
  const create = useStartOrder((s) => s.create);
  const startOver = useStartOrder((s) => s.startOver);
  const [path, setPath] = useState('');
  // A field the person typed in is theirs: a suggestion that arrives later never replaces it.
  const typedPath = useRef(false);

  // The form that had the keyboard is gone: go on to what the app found.
  useEffect(() => {
document.getElementById('order-found-heading')?.focus();
void suggestPath(caseName(read) || 'My case').then((p) => p !== null && offerSuggestion('order-new-path', typedPath.current, () => setPath((current) => current || p)));
  }, [read]);

  const c = read.explained.caption;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void create(path);
      }}
    >
      <h3 id="order-found-heading" tabIndex={-1}>
        What the app found — please check
      </h3>
      <dl className="found">
        <dt>Court</dt>
        <dd>{[c.court, c.district].filter(Boolean).join(', ') || 'Not found'}</dd>
        <dt>Case number</dt>
        <dd>{c.caseNumber || 'Not found'}</dd>
        <dt>Plaintiffs</dt>
        <dd>{c.plaintiffs?.join('; ') || 'Not found'}</dd>
        <dt>Defendants</dt>
        <dd>{c.defendants?.join('; ') || 'Not found'}</dd>
        <dt>Judge</dt>
        <dd>{c.judge ? [c.judge.name, c.judge.title].filter(Boolean).join(', ') : 'Not found'}</dd>
        <dt>Things it asks</dt>
        <dd>{read.explained.requirements.length}</dd>
      </dl>
      {read.explained.requirements.length === 0 && (
        <p className="alert">The app found nothing this paper asks anyone to do. It may not be a court order: for example, a letter from the other side's lawyer. Make a case file from it only if it is an order from the court.</p>
      )}
      <div className="field">
        <label htmlFor="order-new-path">Where to save your case file</label>
        <input
          id="order-new-path"
          value={path}
          onChange={(e) => {
            typedPath.current = true;
            setPath(e.target.value);
          }}
        />
      </div>
      <button type="submit" className="primary" disabled={!path.trim()} aria-disabled={busy}>
        Make my case file from this order
      </button>{' '}
      <button type="button" onClick={startOver}>
        Start over
      </button>
    </form>
  );
}
