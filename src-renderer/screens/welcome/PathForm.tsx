import { RememberBox } from './RememberBox';

interface PathFormProps {
  /** The field's id; the hint and the "remember" box take their ids from it. */
  id: string;
  label: string;
  hint?: string;
  placeholder?: string;
  value: string;
  onChange: (value: string) => void;
  submitLabel: string;
  /** What went wrong with the last try, shown next to the button that caused it. */
  message: string | null;
  busy: boolean;
  /** Open needs a name to try; Create says in words what is wrong with an empty one. */
  needsValue?: boolean;
  onSubmit: () => void;
}

/** A file name to type or pick, "Remember this file on this computer", and the button that uses it. */
export function PathForm({ id, label, hint, placeholder, value, onChange, submitLabel, message, busy, needsValue = false, onSubmit }: PathFormProps) {
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <div className="field">
        <label htmlFor={id}>{label}</label>
        {hint && (
          <p className="hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
        <input id={id} aria-describedby={hint ? `${id}-hint` : undefined} value={value} onChange={(e) => onChange(e.target.value)} placeholder={placeholder} />
      </div>
      <RememberBox id={`remember-${id.replace(/-path$/, '')}`} />
      <button type="submit" className="primary" disabled={needsValue && !value.trim()} aria-disabled={busy}>
        {submitLabel}
      </button>
      {message && (
        <p className="alert" role="alert">
          {message}
        </p>
      )}
    </form>
  );
}
