import { useLog } from '../../store/logStore';
import { InputField, SelectField } from './controls';
import { EntryCard, type OpenPanel } from './EntryCard';
import { KIND_WORDS, KINDS, plural } from './words';

/** Every entry, newest first, with filters by kind and request and a search box. */
export function Timeline({ panel, setPanel, onDone }: { panel: OpenPanel; setPanel: (p: OpenPanel) => void; onDone: (message: string) => void }) {
  const listing = useLog((s) => s.listing);
  const requests = useLog((s) => s.requests);
  const filter = useLog((s) => s.filter);
  const setFilter = useLog((s) => s.setFilter);
  const showMore = useLog((s) => s.showMore);
  const filtered = filter.kind !== '' || filter.requestId !== null || filter.text.trim() !== '';

  return (
    <section aria-labelledby="timeline-heading" className="timeline">
      <h2 id="timeline-heading">Every contact, newest first</h2>
      <div className="filters" role="search" aria-label="Find entries">
        <SelectField label="Kind" value={filter.kind} onChange={(v) => setFilter({ kind: v })} options={[{ value: '' as const, label: 'All kinds' }, ...KINDS.map((k) => ({ value: k, label: KIND_WORDS[k] }))]} />
        <SelectField
          label="Request"
          value={filter.requestId === null ? '' : String(filter.requestId)}
          onChange={(v) => setFilter({ requestId: v === '' ? null : Number(v) })}
          options={[{ value: '', label: 'All requests' }, ...requests.map((r) => ({ value: String(r.id), label: r.label }))]}
        />
        <InputField label="Search the notes" type="search" value={filter.text} onChange={(v) => setFilter({ text: v })} />
      </div>
      {listing && (
        <p role="status" className="quiet" data-testid="timeline-count">
          {listing.count === 0
            ? 'Nothing is logged yet.'
            : filtered
              ? `${plural(listing.total, 'entry matches', 'entries match')}, out of ${plural(listing.count, 'entry', 'entries')}.`
              : `${plural(listing.count, 'entry', 'entries')} in the log.`}
          {listing.entries.length < listing.total && ` Showing the newest ${listing.entries.length.toLocaleString('en-US')}.`}
        </p>
      )}
      {listing && listing.entries.length > 0 && (
        <ol className="entries">
          {listing.entries.map((e) => (
            <EntryCard key={e.id} entry={e} panel={panel} setPanel={setPanel} onDone={onDone} />
          ))}
        </ol>
      )}
      {listing && listing.entries.length < listing.total && (
        <button type="button" onClick={showMore}>
          Show more entries
        </button>
      )}
    </section>
  );
}
