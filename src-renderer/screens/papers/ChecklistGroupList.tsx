import { longDate } from '../../format';
import { useChecklist } from '../../store/checklistStore';
import type { ChecklistGroup } from './paperTypes';

type Entry = ChecklistGroup['entries'][number];

/** One order's list: a box per thing it asks, with when and who. */
export function ChecklistGroupList({ group: g }: { group: ChecklistGroup }) {
  return (
    <section className="checklist-group" aria-labelledby={`cl-${g.orderId}`}>
      <h2 id={`cl-${g.orderId}`}>
        {g.title}
        {g.signedDate && <span className="quiet"> (signed {longDate(g.signedDate)})</span>}
      </h2>
      <ul className="checklist">
        {g.entries.map((e) => (
          <ChecklistItem key={e.requirementId} orderId={g.orderId} entry={e} />
        ))}
      </ul>
      {g.conflicts.map((m) => (
        <p key={m} className="card conflicts">
          Two dates for one thing: {m}
        </p>
      ))}
    </section>
  );
}

function ChecklistItem({ orderId, entry: e }: { orderId: number; entry: Entry }) {
  const tick = useChecklist((s) => s.tick);
  const id = `cl-${orderId}-${e.requirementId}`;
  return (
    <li className={e.done ? 'checklist-item checklist-item--done' : 'checklist-item'}>
      <input id={id} type="checkbox" checked={e.done} aria-describedby={`${id}-more`} onChange={(ev) => void tick(orderId, e.requirementId, ev.target.checked)} />
      <div>
        <label htmlFor={id}>{e.summary}</label>
        <p className="checklist-meta" id={`${id}-more`}>
          {e.dueText && (
            <>
              <strong>{e.dueDate ? `Due: ${e.dueText}` : e.dueText}</strong>
              {' · '}
            </>
          )}
          Who: {e.who}
        </p>
        {e.explanation && <p className="checklist-explain">{e.explanation}</p>}
        {e.items.length > 0 && (
          <ul className="checklist-subitems">
            {e.items.map((it) => (
              <li key={it}>{it}</li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}
