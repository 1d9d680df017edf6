import { useEffect, useRef } from 'react';
import { useWelcome } from '../../store/welcomeStore';

/** The case files and folders in one folder; picking a file puts its name in the box above. */
export function FolderBrowser({ onPick }: { onPick: (path: string) => void }) {
  const listing = useWelcome((s) => s.listing);
  const browse = useWelcome((s) => s.browse);

  // Going into a folder takes away the button that had the keyboard: put it on the new folder's first button.
  const movedFolder = useRef(false);
  useEffect(() => {
    if (!movedFolder.current) return;
    movedFolder.current = false;
    document.querySelector<HTMLButtonElement>('.browser button')?.focus();
  }, [listing]);
  const goToFolder = (folder: string) => {
    movedFolder.current = true;
    void browse(folder);
  };

  if (!listing) return null;
  const parent = listing.parent;
  return (
    <nav aria-label="Files in this folder" className="browser">
      <p className="quiet">
        In <span className="path">{listing.folder}</span>
      </p>
      <ul>
        {parent && (
          <li>
            <button type="button" className="link-button" onClick={() => goToFolder(parent)}>
              ↑ Up one folder
            </button>
          </li>
        )}
        {listing.entries.map((e) => (
          <li key={e.path}>
            <button type="button" className="link-button" onClick={() => (e.kind === 'folder' ? goToFolder(e.path) : onPick(e.path))}>
              {e.kind === 'folder' ? `📁 ${e.name}` : `📄 ${e.name}`}
            </button>
          </li>
        ))}
        {listing.entries.length === 0 && <li className="quiet">No case files or folders here.</li>}
      </ul>
    </nav>
  );
}
