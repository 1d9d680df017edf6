import { useRef } from 'react';
import type { Draft } from './entryDraft';
import type { ProblemFor } from './entryInput';
import { InputField } from './controls';

type NextStep = Draft['followUps'][number];

/** "What needs to happen next?": each next step and by when. */
export function NextStepList({ followUps, change, err }: { followUps: NextStep[]; change: (followUps: NextStep[]) => void; err: ProblemFor }) {
  // "Take out …" goes away when pressed: the keyboard goes to the "Add …" button of its group.
  const addButton = useRef<HTMLButtonElement>(null);
  const update = (i: number, patch: Partial<NextStep>) => change(followUps.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <fieldset>
      <legend>What needs to happen next?</legend>
      {followUps.map((f, i) => (
        <div key={i} className="repeat-item">
          <div className="field-row">
            <InputField label={`Next step ${i + 1}`} value={f.text} onChange={(v) => update(i, { text: v })} error={err(`followUps.${i}`)} />
            <InputField label={`By when (next step ${i + 1})`} type="date" value={f.dueDate} onChange={(v) => update(i, { dueDate: v })} />
          </div>
          <button
            type="button"
            className="link-button"
            onClick={() => {
              addButton.current?.focus();
              change(followUps.filter((_, j) => j !== i));
            }}
          >
            Take out next step {i + 1}
          </button>
        </div>
      ))}
      <button type="button" ref={addButton} onClick={() => change([...followUps, { text: '', dueDate: '' }])}>
        Add a next step
      </button>
    </fieldset>
  );
}
