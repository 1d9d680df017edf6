import { useMemo } from 'react';
import type { OrderView } from '../../../src-main/core/api/contract';
import { useCase } from '../../store/caseStore';
import { useHelp } from '../../store/helpStore';
import { useOrderDetail } from '../../store/orderDetailStore';
import { AddRequirementForm } from './AddRequirementForm';
import { OrderText } from './OrderText';
import { OtherDates } from './OtherDates';
import { RequirementCard } from './RequirementCard';

/** Take the person to the order's own words for a requirement, and light them up for a moment. */
function showQuote(id: string) {
  const el = document.getElementById(`quote-${id}`);
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  el.classList.add('quote--flash');
  setTimeout(() => el.classList.remove('quote--flash'), 1500);
}

/** One card per requirement on one side, the order's own words on the other. */
export function OrderColumns({ view }: { view: OrderView }) {
  const side = useCase((s) => s.draft?.side ?? '');
  const changeRequirement = useOrderDetail((s) => s.changeRequirement);
  // Read by OrderDetail before the order shows.
  const entries = useHelp((s) => s.glossary);
  const glossary = useMemo(() => new Map((entries ?? []).map((e) => [e.id, e])), [entries]);

  return (
    <div className="order-columns">
      <section aria-labelledby="reqs-heading" className="order-reqs">
        <h2 id="reqs-heading">What must be done, soonest first</h2>
        {view.requirements.map((r) => (
          <RequirementCard key={r.id} r={r} side={side} onShowQuote={showQuote} onChange={(patch) => void changeRequirement(r.id, patch)} />
        ))}
        <AddRequirementForm />
        <OtherDates dates={view.otherDates} />
      </section>
      <section aria-labelledby="text-heading" className="order-original">
        <h2 id="text-heading">The order's own words</h2>
        <OrderText reading={view.reading} glossary={glossary} />
      </section>
    </div>
  );
}
