import { useEffect, useRef } from 'react';
import { longDate } from '../../format';
import { useOrderList } from '../../store/orderListStore';
import { useOrderSelection } from '../../store/orderStore';
import { AddOrderForm } from './AddOrderForm';
import { OrderDetail } from './OrderDetail';

/** The case's orders, and a way to add one. */
export function OrdersScreen() {
  const orderId = useOrderSelection((s) => s.orderId);
  const open = useOrderList((s) => s.open);
  // The list sits above the form: both show once the list is read, so the form never slides down under the pointer.
  const listed = useOrderList((s) => s.orders !== null || s.message !== null);

  const before = useRef(orderId);
  useEffect(() => {
    if (orderId === null) void open();
    // Back from an order: the "All orders" button is gone, so put the keyboard on the list.
    if (orderId === null && before.current !== null) document.getElementById('main')?.focus();
    before.current = orderId;
  }, [orderId, open]);

  if (orderId !== null) return <OrderDetail orderId={orderId} />;

  return (
    <main id="main" tabIndex={-1} className="screen">
      <h1>Orders from the court</h1>
      {!listed && (
        <p className="loading" role="status">
          Opening the orders…
        </p>
      )}
      {listed && (
        <>
          <OrderList />
          <AddOrder />
          <RemovedOrders />
        </>
      )}
    </main>
  );
}

function OrderList() {
  const orders = useOrderList((s) => s.orders);
  const show = useOrderSelection((s) => s.show);
  if (!orders) return null;
  if (orders.length === 0) return <p className="quiet">No orders yet.</p>;
  return (
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
  );
}

function AddOrder() {
  const message = useOrderList((s) => s.message);
  const nothingFound = useOrderList((s) => s.nothingFound);
  const busy = useOrderList((s) => s.busy);
  const add = useOrderList((s) => s.add);
  const dropNothingFound = useOrderList((s) => s.dropNothingFound);
  return (
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
            <button type="button" className="primary" onClick={dropNothingFound}>
              Do not add it
            </button>
          </div>
        </div>
      )}
    </section>
  );
}

function RemovedOrders() {
  const removed = useOrderList((s) => s.removed);
  if (removed.length === 0) return null;
  return (
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
  );
}
