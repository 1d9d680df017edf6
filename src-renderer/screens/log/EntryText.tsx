import type { LogEntryView } from '../../../src-main/core/api/contract';
import { EntryDetails } from './EntryDetails';
import { KIND_WORDS, whenWords } from './words';

/** What the entry says: its kind and time, whether it was removed and why, its details, and how often it changed. */
export function EntryText({ entry, headingId }: { entry: LogEntryView; headingId: string }) {
  return (
    <>
      <div className="entry-head">
        <h3 id={headingId}>
          <span className="entry-body">
            {KIND_WORDS[entry.content.kind]}: {whenWords(entry.content.at, entry.content.timeZone)}
          </span>
        </h3>
        <span className="entry-number">Entry {entry.id}</span>
      </div>
      {entry.isVoid && (
        <p className="void-note">
          <strong>Removed from the log.</strong> Why: {entry.voidReason}
        </p>
      )}
      <div className="entry-body">
        <EntryDetails content={entry.content} outcomes={entry.outcomes} />
      </div>
      {!entry.isVoid && entry.revisionCount > 1 && (
        <p className="quiet">
          Changed {entry.revisionCount - 1 === 1 ? 'once' : `${entry.revisionCount - 1} times`}. Last reason: {entry.lastReason}
        </p>
      )}
    </>
  );
}
