import { useEffect, useRef, useState } from 'react';
import { invoke } from '../../api/client';
import type { OrderSummary } from '../../../src-main/core/api/contract';
import { longDate } from '../../format';
import { useOrderSelection } from '../../store/orderStore';
import { AddOrderForm } from './AddOrderForm';
import { OrderDetail } from './OrderDetail';

/** The case's orders, and a way to add one. */
export function OrdersScreen() {
  const orderId = useOrderSelection((s) => s.orderId);
  const show = useOrderSelection((s) => s.show);
  const [orders, setOrders] = useState<OrderSummary[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const before = useRef(orderId);
  useEffect(() => {
    if (orderId === null) void invoke('orders.list', {}).then((r) => (r.ok ? setOrders(r.value) : setMessage(r.error.message)));
    // Back from an order: the "All orders" button is gone, so put the keyboard on the list.
    if (orderId === null && before.current !== null) document.getElementById('main')?.focus();
    before.current = orderId;
  }, [orderId]);

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
        {message && (
          <p className="alert" role="alert">
            {message}
          </p>
        )}
        <AddOrderForm
          busy={busy}
          submitLabel="Read this order"
          onSubmit={async (source, served) => {
            setBusy(true);
            setMessage(null);
            const r = await invoke('orders.add', { source, ...(served.date ? { servedDate: served.date } : {}), serviceMethod: served.method });
            setBusy(false);
            if (!r.ok) return setMessage(r.error.message);
            show(r.value.order.id);
          }}
        />
      </section>
    </main>
  );
}
