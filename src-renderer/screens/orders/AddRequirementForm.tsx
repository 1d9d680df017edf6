import { useState } from 'react';
import { DateField } from '../../components/DateField';
import { useOrderDetail, type NewRequirement } from '../../store/orderDetailStore';

type Actor = NewRequirement['actor'];

/** "Did the app miss something?": the person adds a requirement in their own words. */
export function AddRequirementForm() {
  const addRequirement = useOrderDetail((s) => s.addRequirement);
  const [open, setOpen] = useState(false);
  const [summary, setSummary] = useState('');
  const [actor, setActor] = useState<Actor>('plaintiff');
  const [dueDate, setDueDate] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  if (!open)
    {return (
      <button type="button" onClick={() => setOpen(true)}>
        Add something the app missed
      </button>
    );}
  return (
    <form
      className="card"
      aria-label="Add something the app missed"
      onSubmit={async (e) => {
        e.preventDefault();
        const problem = await addRequirement({ summary, actor, dueDate });
        if (problem) return setMessage(problem);
        setSummary('');
        setDueDate('');
        setMessage(null);
        setOpen(false);
      }}
    >
      {message && (
        <p className="alert" role="alert">
          {message}
        </p>
      )}
      <div className="field">
        <label htmlFor="add-req-what">What must be done?</label>
        <textarea id="add-req-what" rows={2} value={summary} onChange={(e) => setSummary(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="add-req-who">Who must do it?</label>
        <select id="add-req-who" value={actor} onChange={(e) => setActor(e.target.value as Actor)}>
          <option value="plaintiff">The plaintiff</option>
          <option value="defendant">The defendants</option>
          <option value="defense-counsel">The defendants' lawyer</option>
          <option value="all-parties">Everyone in the case</option>
          <option value="court">The court</option>
          <option value="unknown">The order does not say</option>
        </select>
      </div>
      <DateField id="add-req-date" label="By when? (leave empty if there is no date)" value={dueDate} onCommit={setDueDate} />
      <button type="submit" className="primary">
        Add it
      </button>{' '}
      <button type="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  );
}
