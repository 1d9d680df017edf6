import { useId, type ReactNode } from 'react';

interface Common {
  label: string;
  hint?: string;
  /** A problem with this field, said in words; tied to it for screen readers. */
  error?: string | null;
  required?: boolean;
  className?: string;
}

function Described({ id, hint, error }: { id: string; hint?: string; error?: string | null }) {
  return (
    <>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </>
  );
}

const describedBy = (id: string, hint?: string, error?: string | null) => [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

export function InputField({
  label,
  hint,
  error,
  required,
  className,
  value,
  onChange,
  type = 'text',
  multiline,
  rows = 3,
  inputMode,
  list,
  autoFocus,
  min,
  max,
}: Common & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'time' | 'number' | 'search';
  multiline?: boolean;
  rows?: number;
  inputMode?: 'numeric' | 'text';
  list?: string;
  autoFocus?: boolean;
  min?: number;
  max?: number;
}) {
  const id = useId();
  const props = {
    id,
    value,
    required,
    autoFocus,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, hint, error),
  };
  return (
    <div className={['field', error ? 'field--error' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id}>
        {label}
        {required && <span className="required" aria-hidden="true"> (needed)</span>}
      </label>
      <Described id={id} hint={hint} error={error} />
      {multiline ? (
        <textarea {...props} rows={rows} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...props} type={type} inputMode={inputMode} list={list} min={min} max={max} autoComplete="off" onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
}

export function SelectField<V extends string>({
  label,
  hint,
  error,
  className,
  value,
  onChange,
  options,
  disabled,
  autoFocus,
}: Common & { value: V; onChange: (value: V) => void; options: { value: V; label: string }[]; disabled?: boolean; autoFocus?: boolean }) {
  const id = useId();
  return (
    <div className={['field', error ? 'field--error' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      <Described id={id} hint={hint} error={error} />
      <select id={id} value={value} disabled={disabled} autoFocus={autoFocus} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} onChange={(e) => onChange(e.target.value as V)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckField({ label, checked, onChange, hint }: { label: string; checked: boolean; onChange: (checked: boolean) => void; hint?: string }) {
  const id = useId();
  return (
    <div className="check">
      <input type="checkbox" id={id} checked={checked} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}

export function RadioGroup<V extends string>({ label, value, onChange, options }: { label: string; value: V; onChange: (value: V) => void; options: { value: V; label: string }[] }) {
  const id = useId();
  return (
    <fieldset className="radio-row">
      <legend>{label}</legend>
      {options.map((o) => (
        <div className="check" key={o.value}>
          <input type="radio" id={`${id}-${o.value}`} name={id} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
          <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** A message that screen readers announce: role=alert for problems, role=status for news. */
export function Notice({ kind, children }: { kind: 'problem' | 'news'; children: ReactNode }) {
  return kind === 'problem' ? (
    <div className="alert" role="alert">
      {children}
    </div>
  ) : (
    <div className="notice" role="status">
      {children}
    </div>
  );
}
