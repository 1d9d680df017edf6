import { useEffect, useRef, useState } from 'react';
import { invoke } from '../../api/client';
import type { GlossaryEntry, OrderView, RequirementView } from '../../../src-main/core/api/contract';
import { DateField } from '../../components/DateField';
import { NotLegalAdvice } from '../../components/NotLegalAdvice';
import { longDate } from '../../format';
import { SERVED_DATE_MEANING } from '../../../src-main/core/deadlines/servedDate';
import { useCase } from '../../store/caseStore';
import { refreshDeadlines } from '../../store/deadlineStore';
import { useOrderSelection } from '../../store/orderStore';
import { AddRequirementForm } from './AddRequirementForm';
import { CourtClosures } from './CourtClosures';
import { OrderText } from './OrderText';
import { OtherDates } from './OtherDates';
import { ServiceMethodField, type ServiceMethodAnswer } from './ServiceMethodField';
import { RemoveOrder } from './RemoveOrder';
import { RequirementCard } from './RequirementCard';

/** "What does the order ask of me?": the order's words on one side, one card per requirement on the other. */
export function OrderDetail({ orderId }: { orderId: number }) {
  const [view, setView] = useState<OrderView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [serviceError, setServiceError] = useState<string | null>(null);
  const [glossary, setGlossary] = useState<Map<string, GlossaryEntry>>(new Map());
  const side = useCase((s) => s.draft?.side ?? '');
  const show = useOrderSelection((s) => s.show);
  const focusRequirement = useOrderSelection((s) => s.focusRequirement);

  useEffect(() => {
    void invoke('orders.get', { orderId }).then((r) => (r.ok ? setView(r.value) : setError(r.error.message)));
    void invoke('help.glossary', {}).then((r) => r.ok && setGlossary(new Map(r.value.map((e) => [e.id, e]))));
  }, [orderId]);

  // Once the order shows, put the keyboard on it (on the requirement asked for, if any): the button that opened it is gone.
  const landed = useRef<number | null>(null);
  useEffect(() => {
    if (!view || landed.current === orderId) return;
    landed.current = orderId;
    const card = focusRequirement ? document.getElementById(`card-${focusRequirement}`) : null;
    if (card) {
      card.scrollIntoView({ block: 'center' });
      card.focus({ preventScroll: true });
    } else document.getElementById('main')?.focus();
  }, [view, orderId, focusRequirement]);


  async function change(requirementId: string, patch: { status?: RequirementView['status']; summary?: string | null; dueDate?: string | null }) {
    const r = await invoke('orders.setRequirement', { orderId, requirementId, ...patch });
    if (r.ok) {
      setView(r.value);
      void refreshDeadlines();
    } else setError(r.error.message);
  }

  // One change at a time, in the order made: a slow answer must not replace a newer one on screen.
  const saving = useRef<Promise<unknown>>(Promise.resolve());
  function updateService(patch: { servedDate?: string; receivedDate?: string; serviceMethod?: ServiceMethodAnswer }) {
    saving.current = saving.current.then(() => saveService(patch));
    return saving.current;
  }

  async function saveService(patch: { servedDate?: string; receivedDate?: string; serviceMethod?: ServiceMethodAnswer }) {
    const r = await invoke('orders.update', { orderId, patch });
    setServiceError(r.ok ? null : r.error.message);
    if (r.ok) {
      setView(r.value);
      // The banner and "What's next" show the same dates: they must move now, not on the next visit.
      void refreshDeadlines();
    }
  }

  /** A closure changes every date: count them all again. */
  async function recount() {
    const r = await invoke('orders.get', { orderId });
    if (r.ok) setView(r.value);
    else setError(r.error.message);
    void refreshDeadlines();
  }

  function showQuote(id: string) {
    const el = document.getElementById(`quote-${id}`);
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    el.classList.add('quote--flash');
    setTimeout(() => el.classList.remove('quote--flash'), 1500);
  }

  if (error && !view)
    {return (
      <main id="main" tabIndex={-1} className="screen">
        <p className="alert" role="alert">
          {error}
        </p>
      </main>
    );}
  if (!view) return <p className="loading">Reading the order…</p>;
  const o = view.order;

  return (
    <main id="main" tabIndex={-1} className="screen screen--wide">
      <button type="button" className="link-button" onClick={() => show(null)}>
        ← All orders
      </button>
      <h1>What does the order ask of me?</h1>
      <p className="lead">
        {o.title}
        {o.ecfNumber ? ` (ECF No. ${o.ecfNumber})` : ''}
        {o.signedDate ? `, signed ${longDate(o.signedDate)}` : ''}
      </p>
      {error && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
      {view.caseNumberMatches === false && (
        <p className="alert" role="alert">
          This order's case number ({view.caption.caseNumber}) is not the same as your case's number. Check that it belongs to this case.
        </p>
      )}
      <NotLegalAdvice />

      <details className="card service">
        <summary>When and how you got this order{o.servedDate ? `: ${longDate(o.servedDate)}` : ' (not filled in)'}</summary>
        <DateField id="detail-served" label="Date you were served" hint={SERVED_DATE_MEANING} value={o.servedDate} error={serviceError} onCommit={(servedDate) => void updateService({ servedDate })} />
        <ServiceMethodField id="detail-method" value={o.serviceMethod} onChange={(serviceMethod) => void updateService({ serviceMethod })} />
        {/* Only orders that count from receipt ask for the day it arrived; mail days never add to it (FRCP 6(d) is about service). */}
        {(o.receivedDate !== '' || view.requirements.some((r) => r.deadline?.fromReceipt === true)) && (
          <DateField
            id="detail-received"
            label="Date the order reached you"
            hint="This order counts some days from the day you received it. Enter that day. No extra mail days are added to it."
            value={o.receivedDate}
            error={serviceError}
            onCommit={(receivedDate) => void updateService({ receivedDate })}
          />
        )}
      </details>
      <CourtClosures onChanged={() => void recount()} />

      {view.notices.length > 0 && (
        <details className="card">
          <summary>When a deadline day ends{view.notices.length > 1 ? ', and the prison mailbox rule' : ''}</summary>
          {view.notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
        </details>
      )}
      {view.conflicts.length > 0 && (
        <section className="card conflicts" aria-labelledby="conflicts-heading">
          <h2 id="conflicts-heading">Two dates for the same thing</h2>
          {view.conflicts.map((c) => (
            <p key={c.act}>{c.message}</p>
          ))}
        </section>
      )}

      <div className="order-columns">
        <section aria-labelledby="reqs-heading" className="order-reqs">
          <h2 id="reqs-heading">What must be done, soonest first</h2>
          {view.requirements.map((r) => (
            <RequirementCard key={r.id} r={r} side={side} onShowQuote={showQuote} onChange={(patch) => void change(r.id, patch)} />
          ))}
          <AddRequirementForm orderId={orderId} onAdded={setView} />
          <OtherDates dates={view.otherDates} />
        </section>
        <section aria-labelledby="text-heading" className="order-original">
          <h2 id="text-heading">The order's own words</h2>
          <OrderText reading={view.reading} glossary={glossary} />
        </section>
      </div>
      <RemoveOrder orderId={orderId} />
    </main>
  );
}
