import { InputField, Notice } from './controls';

interface Props {
  entryId: number;
  reason: string;
  setReason: (reason: string) => void;
  error: string | null;
  remove: () => void;
  cancel: () => void;
}

/** Asks why an entry is taken out. The reason is held by the card, so it survives closing this form. */
export function RemoveEntryForm({ entryId, reason, setReason, error, remove, cancel }: Props) {
  return (
    <form
      className="card remove-form"
      aria-label={`Remove entry ${entryId} from the log`}
      onSubmit={(e) => {
        e.preventDefault();
        remove();
      }}
    >
      <p>The entry will not be erased. It stays in the log, crossed out, with your reason, so the log stays complete.</p>
      {error && <Notice kind="problem">{error}</Notice>}
      <InputField label="Why are you removing this entry?" value={reason} onChange={setReason} autoFocus required hint='For example: "I logged this call twice."' />
      <div className="button-row">
        <button type="submit" className="primary">
          Remove from log
        </button>
        <button type="button" onClick={cancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
