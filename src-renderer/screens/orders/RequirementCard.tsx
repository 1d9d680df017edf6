import { useRef, useState, type Dispatch, type RefObject, type SetStateAction } from 'react';
import type { RequirementView } from '../../../src-main/core/api/contract';
import { DateField } from '../../components/DateField';
import { daysLeftWords, longDate, urgency, whoWords } from '../../format';

interface Props {
  r: RequirementView;
  side: string;
  onShowQuote: (id: string) => void;
  onChange: (patch: { status?: RequirementView['status']; summary?: string | null; dueDate?: string | null }) => void;
}

const STATUS_WORDS: Record<RequirementView['status'], string> = {
  new: 'Not checked yet',
  confirmed: 'You checked this',
  dismissed: 'You said this is not a requirement',
  done: 'Done',
};

/** One requirement: who must do what by when, why that date, and the order's own words. */
export function RequirementCard({ r, side, onShowQuote, onChange }: Props) {
  const [editing, setEditing] = useState(false);
  const [wording, setWording] = useState(r.summary);
  const [settingDate, setSettingDate] = useState(false);
  const [date, setDate] = useState(r.dueDate ?? '');
  const level = urgency(r.daysLeft, r.status === 'done');
  const headingId = `req-${r.id}-heading`;
  // A button that goes away when pressed hands the keyboard on first: to the card, or to the button that opened the form.
  const card = useRef<HTMLElement>(null);
  const wordingButton = useRef<HTMLButtonElement>(null);
  const dateButton = useRef<HTMLButtonElement>(null);
  const closeWording = () => {
    wordingButton.current?.focus();
    setEditing(false);
  };
  const closeDate = () => {
    dateButton.current?.focus();
    setSettingDate(false);
  };

  const words = r.quote ? (r.quote.clean ?? r.quote.text.replace(/\s+/g, ' ').trim()) : null;
  const orderSays = words !== null && (
    <blockquote className="req-quote">
      <p className="quiet">The order says:</p>“{words}”
    </blockquote>
  );

  return (
    <article className={`req-card req-card--${level}${r.status === 'dismissed' ? ' req-card--dismissed' : ''}${r.unsure ? ' req-card--unsure' : ''}`} aria-labelledby={headingId} id={`card-${r.id}`} tabIndex={-1} ref={card}>
      <p className="req-who">{r.kind === 'appearance' ? `${whoWords(r.actor, side)}: a court date to attend` : whoWords(r.actor, side)}</p>
      <h3 id={headingId}>{r.summary}</h3>
      {/* When the app is not sure of its own wording, the order's words come first. */}
      {r.unsure && orderSays}
      <RequirementDue r={r} level={level} />
      <p>{r.explanation}</p>
      {r.items && r.items.length > 0 && (
        <ul className="req-items">
          {r.items.map((i) => (
            <li key={i.label}>
              <strong>{/^[a-z0-9]{1,3}$/i.test(i.label) ? `(${i.label})` : i.label}</strong> {i.text}
            </li>
          ))}
        </ul>
      )}
      <CountingSteps r={r} />
      {!r.unsure && orderSays}
      <p className="req-status">
        <span className="visually-hidden">Status: </span>
        {STATUS_WORDS[r.status]}
      </p>
      <RequirementActions r={r} card={card} wordingButton={wordingButton} dateButton={dateButton} editing={editing} setEditing={setEditing} settingDate={settingDate} setSettingDate={setSettingDate} onShowQuote={onShowQuote} onChange={onChange} />
      {editing && <WordingForm r={r} wording={wording} setWording={setWording} done={closeWording} onChange={onChange} />}
      {settingDate && <OwnDateForm r={r} date={date} setDate={setDate} done={closeDate} onChange={onChange} />}
    </article>
  );
}

type Change = Props['onChange'];
type Level = ReturnType<typeof urgency>;

/** By when, how many days are left, and what in the log already did it. */
function RequirementDue({ r, level }: { r: RequirementView; level: Level }) {
  return (
    <>
      {r.dueDate ? (
        <p className="req-due">
          <strong>
            {r.kind === 'appearance' ? 'On' : 'By'} {longDate(r.dueDate)}
          </strong> <span className={`badge badge--${level}`}>{r.status === 'done' ? 'Done' : daysLeftWords(r.daysLeft)}</span>
          {r.dueDateSetByHand && <span className="quiet"> (a date you set)</span>}
          {r.ownDueDate && <span className="quiet"> (this part of the order alone gives {longDate(r.ownDueDate)}, but the order also gives the earlier date for the same thing: meet the earlier one)</span>}
        </p>
      ) : r.deadline?.pending ? (
        <p className="req-due">
          <strong>{r.deadline.pending}</strong>
        </p>
      ) : null}
      {r.metBy && <p className="req-met">Done: {r.metBy.words}</p>}
    </>
  );
}

/** "How the app counted this date": each step, and a state holiday that might move it. */
function CountingSteps({ r }: { r: RequirementView }) {
  if (!r.deadline || r.deadline.steps.length === 0) return null;
  return (
    <details>
      <summary>How the app counted this date</summary>
      <ol>
        {r.deadline.steps.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ol>
      {r.deadline.stateHolidayLater && (
        <p className="quiet">
          A state holiday might make the last day {longDate(r.deadline.stateHolidayLater.dueDate)} ({r.deadline.stateHolidayLater.holiday}). Aim for the earlier date to be safe.
        </p>
      )}
    </details>
  );
}

interface ActionProps {
  r: RequirementView;
  card: RefObject<HTMLElement | null>;
  wordingButton: RefObject<HTMLButtonElement | null>;
  dateButton: RefObject<HTMLButtonElement | null>;
  editing: boolean;
  setEditing: Dispatch<SetStateAction<boolean>>;
  settingDate: boolean;
  setSettingDate: Dispatch<SetStateAction<boolean>>;
  onShowQuote: (id: string) => void;
  onChange: Change;
}

/** Done, checked, not a requirement, and the person's own wording or date. */
function RequirementActions({ r, card, wordingButton, dateButton, editing, setEditing, settingDate, setSettingDate, onShowQuote, onChange }: ActionProps) {
  return (
    <div className="req-actions">
      {r.quote && (
        <button type="button" onClick={() => onShowQuote(r.id)}>
          Show in the order
        </button>
      )}
      {r.status !== 'done' ? (
        <button type="button" onClick={() => onChange({ status: 'done' })}>
          Mark done
        </button>
      ) : (
        <button type="button" onClick={() => onChange({ status: 'confirmed' })}>
          Not done yet
        </button>
      )}
      {r.status === 'new' && (
        <button
          type="button"
          onClick={() => {
            card.current?.focus();
            onChange({ status: 'confirmed' });
          }}
        >
          This looks right
        </button>
      )}
      {/* The less used choices sit together behind one button, so a narrow card is not a stack of six. */}
      <details className="req-more">
        <summary>More choices</summary>
        <div className="req-more-actions">
          {r.status !== 'dismissed' ? (
            <button type="button" onClick={() => onChange({ status: 'dismissed' })}>
              Not a requirement
            </button>
          ) : (
            <button type="button" onClick={() => onChange({ status: 'confirmed' })}>
              Bring it back
            </button>
          )}
          {!r.id.startsWith('added-') && (
            <>
              <button type="button" ref={wordingButton} onClick={() => setEditing((v) => !v)} aria-expanded={editing}>
                Change the wording
              </button>
              <button type="button" ref={dateButton} onClick={() => setSettingDate((v) => !v)} aria-expanded={settingDate}>
                Set the date myself
              </button>
            </>
          )}
        </div>
      </details>
    </div>
  );
}

function WordingForm({ r, wording, setWording, done, onChange }: { r: RequirementView; wording: string; setWording: (w: string) => void; done: () => void; onChange: Change }) {
  return (
    <form
      className="req-edit"
      onSubmit={(e) => {
        e.preventDefault();
        onChange({ summary: wording.trim() || null });
        done();
      }}
    >
      <label htmlFor={`wording-${r.id}`}>Your wording</label>
      <textarea id={`wording-${r.id}`} rows={3} value={wording} onChange={(e) => setWording(e.target.value)} />
      <button type="submit">Save wording</button>
      <button
        type="button"
        onClick={() => {
          onChange({ summary: null });
          setWording(r.generatedSummary);
          done();
        }}
      >
        Use the app's wording
      </button>
      <p className="quiet">The app's wording: {r.generatedSummary}</p>
    </form>
  );
}

function OwnDateForm({ r, date, setDate, done, onChange }: { r: RequirementView; date: string; setDate: (d: string) => void; done: () => void; onChange: Change }) {
  return (
    <form
      className="req-edit"
      onSubmit={(e) => {
        e.preventDefault();
        onChange({ dueDate: date || null });
        done();
      }}
    >
      <DateField id={`date-${r.id}`} label="Due date" value={date} onCommit={setDate} />
      <button type="submit">Save date</button>
      <button
        type="button"
        onClick={() => {
          onChange({ dueDate: null });
          done();
        }}
      >
        Use the app's date
      </button>
    </form>
  );
}
