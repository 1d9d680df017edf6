import { useEffect, useRef, useState } from 'react';
import { offerSuggestion } from '../../components/suggestion';
import { suggestPath, useWelcome } from '../../store/welcomeStore';
import { PathForm } from './PathForm';

/** "Start a new case file": where to save it, filled in with a suggestion the person may change. */
export function NewCaseForm() {
  const busy = useWelcome((s) => s.busy);
  const message = useWelcome((s) => s.createMessage);
  const create = useWelcome((s) => s.create);
  const [newPath, setNewPath] = useState('');
  const typedPath = useRef(false);

  useEffect(() => {
    void suggestPath().then((path) => path !== null && offerSuggestion('new-path', typedPath.current, () => setNewPath((typed) => typed || path)));
  }, []);

  return (
    <section aria-labelledby="new-heading" className="card">
      <h2 id="new-heading">Start a new case file</h2>
      <PathForm
        id="new-path"
        label="Where to save it"
        hint="The full name of the file. To keep it on a USB drive, type the drive's folder here."
        value={newPath}
        onChange={(value) => {
          typedPath.current = true;
          setNewPath(value);
        }}
        submitLabel="Create case file"
        message={message}
        busy={busy}
        onSubmit={() => void create(newPath)}
      />
    </section>
  );
}
