import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';

/** What a date field holds: a whole date to keep, nothing (cleared), or a date still being typed. */
export type DateReading = { kind: 'date'; value: string } | { kind: 'empty' } | { kind: 'unfinished' };

// The years the app's dates can take (the API checks the same range).
const FIRST_YEAR = 1900;
const LAST_YEAR = 2199;

const SAVE_AFTER_PAUSE_MS = 600;

export const UNFINISHED_DATE = 'Please finish the date: month, day and a 4-digit year.';

/**
 * Read a date input. While a year is typed key by key ("2", "20", "202", "2021"), the browser
 * already reports 0002-05-24, 0020-05-24...: those are a date still being typed, not a date to keep.
 */
export function readDateInput(input: Pick<HTMLInputElement, 'value' | 'validity'>): DateReading {
  if (input.value === '') return input.validity.badInput ? { kind: 'unfinished' } : { kind: 'empty' };
  const year = Number(input.value.slice(0, 4));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.value) || year < FIRST_YEAR || year > LAST_YEAR) return { kind: 'unfinished' };
  return { kind: 'date', value: input.value };
}

interface DateFieldProps {
  label: string;
  /** The date saved, 'YYYY-MM-DD' or ''. */
  value: string;
  /** Called with a whole date, or '' when the person cleared the field; never with a half-typed one. */
  onCommit: (value: string) => void;
  hint?: string;
  id?: string;
  /** A problem from saving, to show under the field. */
  error?: string | null;
}

/**
 * A date field that belongs to the person while they type in it: the saved value is written into
 * it only when it changes from outside and the field does not have the keyboard. Half-typed dates
 * are never saved and never cleared; a reminder to finish shows only when the person leaves the field.
 */
export function DateField({ label, value, onCommit, hint, id, error }: DateFieldProps) {
  const autoId = useId();
  const fieldId = id ?? autoId;
  const hintId = `${fieldId}-hint`;
  const problemId = `${fieldId}-problem`;
  const ref = useRef<HTMLInputElement>(null);
  const [unfinished, setUnfinished] = useState(false);

  useEffect(() => {
    const input = ref.current;
    if (input && document.activeElement !== input && input.value !== value) input.value = value;
  }, [value]);

  // Key by key, the browser passes through whole dates the person did not mean (typing "06" over
  // 05/24/2021 gives 2021-06-24 for a moment). Save once they pause or leave the field, not per key.
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ value, onCommit });
  // Kept after each render so a save that fires later (timer, blur) uses the newest value and callback.
  useLayoutEffect(() => {
    latest.current = { value, onCommit };
  });
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  function commit(input: HTMLInputElement) {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const reading = readDateInput(input);
    if (reading.kind === 'unfinished') return;
    setUnfinished(false);
    const next = reading.kind === 'date' ? reading.value : '';
    if (next !== latest.current.value) latest.current.onCommit(next);
  }

  function changed(input: HTMLInputElement) {
    const reading = readDateInput(input);
    if (reading.kind === 'unfinished') return;
    if (reading.kind === 'date') setUnfinished(false);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => commit(input), SAVE_AFTER_PAUSE_MS);
  }

  const problem = unfinished ? UNFINISHED_DATE : (error ?? null);
  const describedBy = [hint ? hintId : '', problem ? problemId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={fieldId}>{label}</label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      <input
        ref={ref}
        id={fieldId}
        type="date"
        defaultValue={value}
        aria-describedby={describedBy}
        aria-invalid={problem ? true : undefined}
        onChange={(e) => changed(e.currentTarget)}
        // Enter sends the form: save what is typed first, so the form sends it.
        onKeyDown={(e) => e.key === 'Enter' && commit(e.currentTarget)}
        onBlur={(e) => {
          setUnfinished(readDateInput(e.currentTarget).kind === 'unfinished');
          commit(e.currentTarget);
        }}
      />
      {problem && (
        <p className="alert" role="alert" id={problemId}>
          {problem}
        </p>
      )}
    </div>
  );
}
