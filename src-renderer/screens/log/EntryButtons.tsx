import type { LogEntryView } from '../../../src-main/core/api/contract';

interface Props {
  entry: LogEntryView;
  editing: boolean;
  removing: boolean;
  showHistory: boolean;
  toggleEdit: () => void;
  toggleRemove: () => void;
  toggleHistory: () => void;
}

/** Edit, Remove from log (not for a removed entry) and History, each naming its entry for screen readers. */
export function EntryButtons({ entry, editing, removing, showHistory, toggleEdit, toggleRemove, toggleHistory }: Props) {
  return (
    <div className="button-row">
      {!entry.isVoid && (
        <>
          <button type="button" id={`entry-${entry.id}-edit`} aria-expanded={editing} onClick={toggleEdit}>
            Edit<span className="log-sr"> entry {entry.id}</span>
          </button>
          <button type="button" id={`entry-${entry.id}-void`} aria-expanded={removing} onClick={toggleRemove}>
            Remove from log<span className="log-sr"> (entry {entry.id})</span>
          </button>
        </>
      )}
      <button type="button" id={`entry-${entry.id}-history`} aria-expanded={showHistory} onClick={toggleHistory}>
        {showHistory ? 'Hide history' : 'History'}
        <span className="log-sr"> of entry {entry.id}</span>
      </button>
    </div>
  );
}
