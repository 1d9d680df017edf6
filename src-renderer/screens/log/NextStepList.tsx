import type { Draft } from './entryDraft';
import type { ProblemFor } from './entryInput';
import { InputField } from './controls';
import { RepeatList } from './RepeatList';

type NextStep = Draft['followUps'][number];

/** "What needs to happen next?": each next step and by when. */
export function NextStepList({ followUps, change, err }: { followUps: NextStep[]; change: (followUps: NextStep[]) => void; err: ProblemFor }) {
  return (
    <RepeatList
      legend="What needs to happen next?"
      items={followUps}
      change={change}
      itemName="next step"
      addLabel="Add a next step"
      blank={() => ({ text: '', dueDate: '' })}
      fields={(f, i, update) => (
        <div className="field-row">
          <InputField label={`Next step ${i + 1}`} value={f.text} onChange={(v) => update({ text: v })} error={err(`followUps.${i}`)} />
          <InputField label={`By when (next step ${i + 1})`} type="date" value={f.dueDate} onChange={(v) => update({ dueDate: v })} />
        </div>
      )}
    />
  );
}
