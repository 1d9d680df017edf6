import { DateField } from '../../components/DateField';
import { longDate } from '../../format';
import { SERVED_DATE_MEANING } from '../../../src-main/core/deadlines/servedDate';
import { useOrderDetail } from '../../store/orderDetailStore';
import type { OrderView } from '../../../src-main/core/api/contract';
import { ServiceMethodField } from './ServiceMethodField';

/** "When and how you got this order": the dates every deadline counts from. */
export function ServiceDetails({ view }: { view: OrderView }) {
  const serviceError = useOrderDetail((s) => s.serviceError);
  const updateService = useOrderDetail((s) => s.updateService);
  const o = view.order;
  return (
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
  );
}

/** How deadline days end, the prison mailbox rule, and dates the order gives twice. */
export function OrderNotices({ view }: { view: OrderView }) {
  return (
    <>
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
    </>
  );
}
