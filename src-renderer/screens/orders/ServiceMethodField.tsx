import { SERVICE_METHOD_LABELS, SERVICE_METHODS, type ServiceMethod } from '../../../src-main/core/deadlines/serviceMethods';

/** '' when the person is not sure how it came. */
export type ServiceMethodAnswer = ServiceMethod | '';

/**
 * "How it came to you": the FRCP 5(b)(2) ways, in plain words. Mail, the clerk and other agreed
 * ways add 3 days under Rule 6(d), so the answer matters; "not sure" adds none, the safe choice.
 */
export function ServiceMethodField({ id, value, onChange }: { id: string; value: ServiceMethodAnswer; onChange: (v: ServiceMethodAnswer) => void }) {
  return (
    <div className="field">
      <label htmlFor={id}>How it came to you</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as ServiceMethodAnswer)}>
        <option value="">I am not sure</option>
        {SERVICE_METHODS.map((m) => (
          <option key={m} value={m}>
            {SERVICE_METHOD_LABELS[m]}
          </option>
        ))}
      </select>
    </div>
  );
}
