import { useId } from 'react';

interface FieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  multiline?: boolean;
  fromOrder?: boolean;
  type?: 'text' | 'email' | 'tel';
  autoComplete?: string;
  name?: string;
}

/** A labelled text input. The hint and "from the order" note are tied to it for screen readers. */
export function Field({ label, value, onChange, hint, multiline, fromOrder, type = 'text', autoComplete, name }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const flagId = `${id}-flag`;
  const describedBy = [hint ? hintId : '', fromOrder ? flagId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={fromOrder ? 'field field--check' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {fromOrder && (
        <p className="flag" id={flagId}>
          From the order — please check.
        </p>
      )}
      {multiline ? (
        <textarea id={id} name={name} value={value} rows={3} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input id={id} name={name} type={type} value={value} autoComplete={autoComplete ?? 'off'} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)} />
      )}
    </div>
  );
}
