import { useState } from 'react';
import { useWelcome } from '../../store/welcomeStore';
import { FolderBrowser } from './FolderBrowser';
import { PathForm } from './PathForm';

/** "Open a case file you already have": type a name or pick one; a damaged file offers its backup. */
export function OpenCaseForm() {
  const busy = useWelcome((s) => s.busy);
  const message = useWelcome((s) => s.openMessage);
  const open = useWelcome((s) => s.open);
  const [openPath, setOpenPath] = useState('');

  return (
    <section aria-labelledby="open-heading" className="card">
      <h2 id="open-heading">Open a case file you already have</h2>
      <PathForm
        id="open-path"
        label="Case file to open"
        placeholder="Pick one below or type its name"
        value={openPath}
        onChange={setOpenPath}
        submitLabel="Open case file"
        message={message}
        busy={busy}
        needsValue
        onSubmit={() => void open(openPath)}
      />
      <DamagedFileChoice />
      <FolderBrowser onPick={setOpenPath} />
    </section>
  );
}

function DamagedFileChoice() {
  const damaged = useWelcome((s) => s.damaged);
  const restoreDamaged = useWelcome((s) => s.restoreDamaged);
  if (!damaged) return null;
  const backup = damaged.backup;
  return (
    <section className="card damaged" aria-labelledby="damaged-heading">
      <h3 id="damaged-heading">Use a backup instead?</h3>
      {backup ? (
        <>
          <p>
            The newest good backup was made {new Date(backup.madeAt).toLocaleString()} and has {backup.entries ?? 0} log entries. The damaged file will be kept, unchanged, next to it, for someone who can help.
          </p>
          <button type="button" className="primary" onClick={() => void restoreDamaged(damaged.path, backup.path)}>
            Open the newest good backup
          </button>
        </>
      ) : (
        <p>No backup of this file was found. Keep the file as it is and ask someone who knows computers to look at it.</p>
      )}
    </section>
  );
}
