import { useCase } from '../store/caseStore';

const time = (iso: string | null) => (iso ? new Date(iso).toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' }) : '');

/** Says only what is true: "Saving…" until the file has it, "Not saved" with the reason if not. */
export function SaveStatus() {
  const save = useCase((s) => s.save);
  const flush = useCase((s) => s.flush);
  let text: string;
  let cls = 'save-status';
  switch (save.kind) {
    case 'saved':
      text = save.at ? `Saved ${time(save.at)}` : 'Saved';
      break;
    case 'pending':
    case 'saving':
      text = 'Saving…';
      break;
    case 'failed':
      text = `Not saved: ${save.message}`;
      cls += ' save-status--failed';
      break;
  }
  return (
    <div className={cls} role="status" aria-live="polite" data-testid="save-status">
      {text}
      {save.kind === 'failed' && (
        <button type="button" className="link-button" onClick={() => void flush()}>
          Try again
        </button>
      )}
    </div>
  );
}
