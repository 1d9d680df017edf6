import { useEffect, useRef } from 'react';
import { useLoadedOnce } from '../../components/loadedOnce';
import { NotLegalAdvice } from '../../components/NotLegalAdvice';
import { longDate } from '../../format';
import { useHelp } from '../../store/helpStore';
import { useOrderDetail } from '../../store/orderDetailStore';
import { useOrderSelection } from '../../store/orderStore';
import { CourtClosures } from './CourtClosures';
import { OrderColumns } from './OrderColumns';
import { RemoveOrder } from './RemoveOrder';
import { OrderNotices, ServiceDetails } from './ServiceDetails';

/** "What does the order ask of me?": the order's words on one side, one card per requirement on the other. */
export function OrderDetail({ orderId }: { orderId: number }) {
  const shownId = useOrderDetail((s) => s.orderId);
  const loaded = useOrderDetail((s) => s.view);
  const storedError = useOrderDetail((s) => s.error);
  const open = useOrderDetail((s) => s.open);
  const recount = useOrderDetail((s) => s.recount);
  const show = useOrderSelection((s) => s.show);
  const focusRequirement = useOrderSelection((s) => s.focusRequirement);
  const loadGlossary = useHelp((s) => s.loadGlossary);
  // The court words underlined in the order's text: read with the order, so its lines do not reflow a moment after they show.
  const wordsRead = useLoadedOnce(loadGlossary, 'court words');
  // Until the store has this order, show nothing of the one before.
  const view = shownId === orderId ? loaded : null;
  const error = shownId === orderId ? storedError : null;

  useEffect(() => void open(orderId), [open, orderId]);

  // Once the order shows, put the keyboard on it (on the requirement asked for, if any): the button that opened it is gone.
  const landed = useRef<number | null>(null);
  useEffect(() => {
    if (!view || !wordsRead || landed.current === orderId) return;
    landed.current = orderId;
    const card = focusRequirement ? document.getElementById(`card-${focusRequirement}`) : null;
    if (card) {
      card.scrollIntoView({ block: 'center' });
      card.focus({ preventScroll: true });
    } else document.getElementById('main')?.focus();
  }, [view, wordsRead, orderId, focusRequirement]);

  if (error && !view) {
    return (
      <main id="main" tabIndex={-1} className="screen">
        <p className="alert" role="alert">
          {error}
        </p>
      </main>
    );
  }
  if (!view || !wordsRead) return <p className="loading">Reading the order…</p>;
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
      <ServiceDetails view={view} />
      <CourtClosures onChanged={() => void recount()} />
      <OrderNotices view={view} />
      <OrderColumns view={view} />
      <RemoveOrder />
    </main>
  );
}
