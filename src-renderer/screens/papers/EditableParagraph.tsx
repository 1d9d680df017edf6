import { useEffect, useId, useRef, useState } from 'react';
import type { PaperPart } from './paperTypes';

interface Props {
  label?: string;
  part: PaperPart;
  onSave: (partId: string, text: string) => Promise<boolean>;
  onReset: (partId: string) => Promise<boolean>;
}

/** One paragraph the app wrote: read it, change it in place, or go back to the app's words. */
export function EditableParagraph({ label, part, onSave, onReset }: Props) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(part.text);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const changeButton = useRef<HTMLButtonElement>(null);

  // The box starts from the words shown now; while it is open, a new preview never overwrites what is typed.
  function startEditing() {
    setText(part.text);
    setEditing(true);
  }

  /** Save or reset; when it worked, the box closes and the keyboard goes back to "Change this part". */
  async function settle(action: () => Promise<boolean>) {
    if (busy) return;
    setBusy(true);
    const done = await action();
    setBusy(false);
    if (done) {
      setEditing(false);
      requestAnimationFrame(() => changeButton.current?.focus());
    }
  }
  const save = () => void settle(() => onSave(part.id, text));
  const reset = () => void settle(() => onReset(part.id));

  return (
    <div className={`paper-part${part.edited ? ' paper-part--edited' : ''}`} data-part={part.id}>
      {editing ? (
        <PartEditor
          id={id}
          part={part}
          text={text}
          setText={setText}
          busy={busy}
          save={save}
          cancel={() => {
            if (!busy) setEditing(false);
          }}
          reset={reset}
        />
      ) : (
        <p className="paper-p">
          {label && <span className="paper-label">{label} </span>}
          {part.text}
        </p>
      )}
      {!editing && (
        <div className="paper-part-actions">
          {part.edited && <span className="paper-badge">Your words</span>}
          {part.stale && (
            <span className="paper-stale" role="note">
              The app’s draft of this part changed since you wrote yours. Check it still fits.
            </span>
          )}
          <button type="button" ref={changeButton} className="link-button" aria-label={`Change this part: ${part.title}`} onClick={startEditing}>
            Change this part
          </button>
          {part.edited && (
            <button type="button" className="link-button" aria-label={`Reset to generated text: ${part.title}`} aria-disabled={busy} onClick={reset}>
              Reset to generated text
            </button>
          )}
        </div>
      )}
    </div>
  );
}

interface EditorProps {
  id: string;
  part: PaperPart;
  text: string;
  setText: (text: string) => void;
  busy: boolean;
  save: () => void;
  cancel: () => void;
  reset: () => void;
}

/** The open box with the person's words for one part, and Save, Cancel and Reset. */
function PartEditor({ id, part, text, setText, busy, save, cancel, reset }: EditorProps) {
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    area.current?.focus();
  }, []);
  return (
    <div className="paper-edit">
      <label htmlFor={id}>Your words for “{part.title}”</label>
      <textarea id={id} ref={area} rows={Math.min(14, Math.max(4, Math.ceil(text.length / 70)))} value={text} onChange={(e) => setText(e.target.value)} />
      <div className="paper-edit-actions">
        <button type="button" className="primary" aria-disabled={busy} onClick={save}>
          Save
        </button>
        <button type="button" aria-disabled={busy} onClick={cancel}>
          Cancel
        </button>
        {part.edited && (
          <button type="button" aria-disabled={busy} onClick={reset}>
            Reset to generated text
          </button>
        )}
      </div>
    </div>
  );
}
