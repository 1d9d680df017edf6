import type { BackupListing } from '../../src-main/core/api/contract';
import { useLoadedOnce } from '../components/loadedOnce';
import { useCase } from '../store/caseStore';
import { useBackups } from '../store/backupStore';
import { BackupTable } from './backups/BackupTable';

/** "Are my copies safe?": the backups the app made, and a way back to any of them. */
export function BackupsScreen() {
  const listing = useBackups((s) => s.listing);
  const message = useBackups((s) => s.message);
  const open = useBackups((s) => s.open);
  const makeNow = useBackups((s) => s.makeNow);
  const casePath = useCase((s) => s.current?.path ?? '');
  // A failed backup is said above the button: both show once the list is read, so the button never slides down.
  const ready = useLoadedOnce(open, casePath);

  return (
    <main id="main" tabIndex={-1} className="screen">
      <h1>Are my copies safe?</h1>
      <p className="lead">The app makes a copy of your case file when you open it and after you make changes. It keeps the last 10, and one a day for 30 days.</p>
      {!ready && (
        <p className="loading" role="status">
          Opening the list of backups…
        </p>
      )}
      {ready && listing?.lastError && (
        <p className="alert" role="alert">
          The last backup did not work: {listing.lastError}
        </p>
      )}
      {ready && (
        <button type="button" className="primary" onClick={() => void makeNow()}>
          Make a backup now
        </button>
      )}
      {/* What a button did shows below it, so the button itself stays where the person pressed it. */}
      {ready && message && (
        <p className="card" role="status">
          {message}
        </p>
      )}
      {listing && (
        <>
          <BackupPlace listing={listing} />
          <h2>Backups, newest first</h2>
          <BackupTable backups={listing.backups} />
        </>
      )}
    </main>
  );
}

function BackupPlace({ listing }: { listing: BackupListing }) {
  const setLocation = useBackups((s) => s.setLocation);
  return (
    <fieldset>
      <legend>Where backups are kept</legend>
      <div className="check">
        <input type="radio" id="loc-beside" name="loc" checked={listing.location === 'beside'} onChange={() => void setLocation('beside')} />
        <label htmlFor="loc-beside">Next to the case file (good for a USB drive)</label>
      </div>
      <div className="check">
        <input type="radio" id="loc-app" name="loc" checked={listing.location === 'app-data'} onChange={() => void setLocation('app-data')} />
        <label htmlFor="loc-app">In the app's own folder on this computer</label>
      </div>
      <p className="quiet">
        Folder: <span className="path">{listing.folder}</span>
      </p>
    </fieldset>
  );
}
