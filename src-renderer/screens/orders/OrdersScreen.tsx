import { useEffect, useRef, useState } from 'react';
import { invoke } from '../../api/client';
import type { OrderSummary, RemovedOrder } from '../../../src-main/core/api/contract';
import { longDate } from '../../format';
import { useOrderSelection } from '../../store/orderStore';
import { AddOrderForm, type OrderSourceDraft } from './AddOrderForm';
import { OrderDetail } from './OrderDetail';
import type { ServiceMethodAnswer } from './ServiceMethodField';

/** The case's orders, and a way to add one. */
export function OrdersScreen() {
  const orderId = useOrderSelection((s) => s.orderId);
  const show = useOrderSelection((s) => s.show);
  const [orders, setOrders] = useState<OrderSummary[] | null>(null);
  const [removed, setRemoved] = useState<RemovedOrder[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  // A paper in which the app found nothing: asked about before it is kept.
  const [nothingFound, setNothingFound] = useState<{ source: OrderSourceDraft; served: { date: string; method: ServiceMethodAnswer } } | null>(null);
  const [busy, setBusy] = useState(false);

  const before = useRef(orderId);
  useEffect(() => {
    if (orderId === null) {
      void invoke('orders.list', {}).then((r) => (r.ok ? setOrders(r.value) : setMessage(r.error.message)));
      void invoke('orders.removed', {}).then((r) => r.ok && setRemoved(r.value));
    }
    // Back from an order: the "All orders" button is gone, so put the keyboard on the list.
    if (orderId === null && before.current !== null) document.getElementById('main')?.focus();
    before.current = orderId;
  }, [orderId]);

  async function add(source: OrderSourceDraft, served: { date: string; method: ServiceMethodAnswer }, keepIfNothingFound: boolean) {
    setBusy(true);
    setMessage(null);
    setNothingFound(null);
    const r = await invoke('orders.add', { source, ...(served.date ? { servedDate: served.date } : {}), serviceMethod: served.method, ...(keepIfNothingFound && { keepIfNothingFound }) });
    setBusy(false);
    if (!r.ok) {
      if (r.error.field === 'keepIfNothingFound') setNothingFound({ source, served });
      return setMessage(r.error.message);
    }
    show(r.value.order.id);
  }

  if (orderId !== null) return <OrderDetail orderId={orderId} />;

  return (
    <main id="main" tabIndex={-1} className="screen">
      <h1>Orders from the court</h1>
      {orders && orders.length > 0 && (
        <ul className="order-list">
          {orders.map((o) => (
            <li key={o.id} className="card">
              <h2>
                <button type="button" className="link-button" onClick={() => show(o.id)}>
                  {o.title}
                  {o.ecfNumber ? ` (ECF No. ${o.ecfNumber})` : ''}
                </button>
              </h2>
              <p className="quiet">
                {o.signedDate ? `Signed ${longDate(o.signedDate)}. ` : ''}
                {o.requirementCount} things it asks.
                {o.nextDueDate ? ` First date: ${longDate(o.nextDueDate)}.` : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
      {orders && orders.length === 0 && <p className="quiet">No orders yet.</p>}
      <section className="card" aria-labelledby="add-order-heading">
        <h2 id="add-order-heading">Add a court order</h2>
        {message && !nothingFound && (
          <p className="alert" role="alert">
            {message}
          </p>
        )}
        <AddOrderForm busy={busy} submitLabel="Read this order" onSubmit={(source, served) => void add(source, served, false)} />
        {nothingFound && (
          <div className="card attention" role="alert">
            <p>{message}</p>
            <div className="button-row">
              <button type="button" onClick={() => void add(nothingFound.source, nothingFound.served, true)}>
                Keep it anyway: it is a court order
              </button>
              <button type="button" className="primary" onClick={() => {
                  setNothingFound(null);
                  setMessage(null);
                }}>
                Do not add it
              </button>
            </div>
          </div>
        )}
      </section>
      {removed.length > 0 && (
        <details className="card">
          <summary>Removed papers ({removed.length})</summary>
          <p className="quiet">These were added by mistake and removed. The case file keeps them, as it keeps removed log entries.</p>
          <ul>
            {removed.map((o) => (
              <li key={o.id}>
                {o.title} (from {o.sourceName}), removed {longDate(o.removedAt.slice(0, 10))}: {o.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
    </main>
  );
}
