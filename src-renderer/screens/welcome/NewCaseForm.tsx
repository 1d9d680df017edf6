import { useEffect, useRef, useState } from 'react';
import { mayFill } from '../../components/suggestion';
import { suggestPath, useWelcome } from '../../store/welcomeStore';
import { RememberBox } from './RememberBox';

/** "Start a new case file": where to save it, filled in with a suggestion the person may change. */
export function NewCaseForm() {
  const busy = useWelcome((s) => s.busy);
  const message = useWelcome((s) => s.createMessage);
  const create = useWelcome((s) => s.create);
  const [newPath, setNewPath] = useState('');
  const typedPath = useRef(false);

  useEffect(() => {
    void suggestPath().then((path) => path !== null && mayFill('new-path', typedPath.current) && setNewPath((typed) => typed || path));
  }, []);

  return (
    <section aria-labelledby="new-heading" className="card">
      <h2 id="new-heading">Start a new case file</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void create(newPath);
        }}
      >
        <div className="field">
          <label htmlFor="new-path">Where to save it</label>
          <p className="hint" id="new-path-hint">
            The full name of the file. To keep it on a USB drive, type the drive's folder here.
          </p>
          <input
            id="new-path"
            aria-describedby="new-path-hint"
            value={newPath}
            onChange={(e) => {
              typedPath.current = true;
              setNewPath(e.target.value);
            }}
          />
        </div>
        <RememberBox id="remember-new" />
        <button type="submit" className="primary" aria-disabled={busy}>
          Create case file
        </button>
        {message && (
          <p className="alert" role="alert">
            {message}
          </p>
        )}
      </form>
    </section>
  );
}
