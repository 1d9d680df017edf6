import { useId } from 'react';
import { useLog } from '../../store/logStore';
import { dateWords, KIND_WORDS, minutesWords } from './words';

/** "Which contact counts as your conference?": the person's pick, or the first call or meeting. */
export function ConferencePicker() {
  const conference = useLog((s) => s.conference);
  const setConference = useLog((s) => s.setConference);
  const id = useId();
  if (!conference) return null;
  const { candidates, chosen, pickedEntryId } = conference;
  const first = candidates[0];
  const describe = (c: (typeof candidates)[number]) => `${dateWords(c.date)}: ${KIND_WORDS[c.kind].toLowerCase()}${c.minutes ? `, ${minutesWords(c.minutes)}` : ''} (entry ${c.entryId})`;

  return (
    <div className="field conference-pick">
      <label htmlFor={id}>Which contact counts as your conference?</label>
      <p className="hint" id={`${id}-hint`}>
        Only a phone call, video call or meeting can count. The app uses its date for deadlines that count from your conference.
      </p>
      <select
        id={id}
        aria-describedby={`${id}-hint ${id}-now`}
        value={pickedEntryId === null || !candidates.some((c) => c.entryId === pickedEntryId) ? '' : String(pickedEntryId)}
        disabled={candidates.length === 0}
        onChange={(e) => void setConference(e.target.value === '' ? null : Number(e.target.value))}
      >
        <option value="">{first ? `The first call or meeting: ${describe(first)}` : 'No call or meeting is logged yet'}</option>
        {candidates.map((c) => (
          <option key={c.entryId} value={String(c.entryId)}>
            {describe(c)}
          </option>
        ))}
      </select>
      <p id={`${id}-now`} className="conference-now" data-testid="conference-now">
        {chosen ? `Your conference: ${describe(chosen)}.` : 'No conference yet.'}
      </p>
    </div>
  );
}
