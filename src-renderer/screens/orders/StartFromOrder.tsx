import { useEffect, useRef, useState } from 'react';
import { invoke } from '../../api/client';
import type { ExplainedOrder } from '../../../src-main/core/api/contract';
import { useCase } from '../../store/caseStore';
import { useNavigation } from '../../store/navigation';
import { useOrderSelection } from '../../store/orderStore';
import { mayFill } from '../../components/suggestion';
import { AddOrderForm, type OrderSourceDraft } from './AddOrderForm';
import type { ServiceMethodAnswer } from './ServiceMethodField';

/** "I have a court order": read the order first, then make the case file from its caption. */
export function StartFromOrder() {
  const setCurrent = useCase((s) => s.setCurrent);
  const go = useNavigation((s) => s.go);
  const showOrder = useOrderSelection((s) => s.show);
  const [read, setRead] = useState<{ source: OrderSourceDraft; served: { date: string; method: ServiceMethodAnswer }; explained: ExplainedOrder } | null>(null);
  const [path, setPath] = useState('');
  // A field the person typed in is theirs: a suggestion that arrives later never replaces it.
  const typedPath = useRef(false);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // The form that had the keyboard is gone either way: go on to what the app found, or back to the order's words.
  const before = useRef(read);
  useEffect(() => {
    if (before.current !== read) document.getElementById(read ? 'order-found-heading' : 'order-paste')?.focus();
    before.current = read;
    if (!read) return;
    const c = read.explained.caption;
    const name = [c.plaintiffs?.[0], c.defendants?.[0]].filter(Boolean).map((n) => String(n).replace(/,?\s*et al\.?/i, '').split(/\s+/).pop()).join(' v ');
    void invoke('files.suggestPath', { name: name || 'My case' }).then((r) => r.ok && mayFill('order-new-path', typedPath.current) && setPath((current) => current || r.value.path));
  }, [read]);

  async function readOrder(source: OrderSourceDraft, served: { date: string; method: ServiceMethodAnswer }) {
    setBusy(true);
    setMessage(null);
    const r = await invoke('orders.explainText', { source });
    setBusy(false);
    if (!r.ok) return setMessage(r.error.message);
    setRead({ source, served, explained: r.value });
  }

  async function create() {
    if (!read || busy) return;
    const c = read.explained.caption;
    setBusy(true);
    const caption = {
      ...(c.court ? { court: c.court } : {}),
      ...(c.district ? { district: c.district } : {}),
      ...(c.caseNumber ? { caseNumber: c.caseNumber } : {}),
      ...(c.plaintiffs?.length ? { plaintiffs: c.plaintiffs } : {}),
      ...(c.defendants?.length ? { defendants: c.defendants } : {}),
      ...(c.judge ? { judges: [c.judge.title ? `${c.judge.name}, ${c.judge.title}` : c.judge.name] } : {}),
      ...(c.prisoner.isPrisoner && c.proSe !== 'defendant' ? { inPrison: true, side: 'plaintiff' as const } : {}),
    };
    const created = await invoke('case.create', { path, caption: { ...caption, fromOrder: Object.keys(caption).filter((k) => k !== 'inPrison' && k !== 'side') } });
    if (!created.ok) {
      setBusy(false);
      return setMessage(created.error.message);
    }
    // Nothing found was said above the button, so going on is the person's yes.
    const added = await invoke('orders.add', { source: read.source, ...(read.served.date ? { servedDate: read.served.date } : {}), serviceMethod: read.served.method, keepIfNothingFound: true });
    setBusy(false);
    setCurrent(created.value);
    if (added.ok) {
      showOrder(added.value.order.id);
      go('orders');
    } else {
      setMessage(added.error.message);
      go('next');
    }
  }

  const c = read?.explained.caption;
  return (
    <section aria-labelledby="order-first-heading" className="card">
      <h2 id="order-first-heading">I have a court order</h2>
      <p>Start here if the court sent you an order. The app reads it and fills in your case details for you to check.</p>
      {message && (
        <p className="alert" role="alert">
          {message}
        </p>
      )}
      {!read ? (
        <AddOrderForm busy={busy} submitLabel="Read this order" onSubmit={(s, served) => void readOrder(s, served)} />
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          <h3 id="order-found-heading" tabIndex={-1}>
            What the app found — please check
          </h3>
          <dl className="found">
            <dt>Court</dt>
            <dd>{[c?.court, c?.district].filter(Boolean).join(', ') || 'Not found'}</dd>
            <dt>Case number</dt>
            <dd>{c?.caseNumber || 'Not found'}</dd>
            <dt>Plaintiffs</dt>
            <dd>{c?.plaintiffs?.join('; ') || 'Not found'}</dd>
            <dt>Defendants</dt>
            <dd>{c?.defendants?.join('; ') || 'Not found'}</dd>
            <dt>Judge</dt>
            <dd>{c?.judge ? [c.judge.name, c.judge.title].filter(Boolean).join(', ') : 'Not found'}</dd>
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
          <button type="button" onClick={() => setRead(null)}>
            Start over
          </button>
        </form>
      )}
    </section>
  );
}
