import { useState } from 'react';
import { useCase } from '../store/caseStore';
import { closeCase } from '../store/forgetCase';
import { useNavigation, type Screen } from '../store/navigation';

export const SECTIONS: { screen: Screen; label: string }[] = [
  { screen: 'next', label: "What's next" },
  { screen: 'caption', label: 'About your case' },
  { screen: 'orders', label: 'Orders' },
  { screen: 'requests', label: 'Requests at issue' },
  { screen: 'log', label: 'Contact log' },
  { screen: 'statement', label: 'Joint statement' },
  { screen: 'checklist', label: 'Checklist' },
  { screen: 'backups', label: 'Backups' },
  { screen: 'glossary', label: 'Glossary' },
  { screen: 'help', label: 'Help' },
];

/** The side list: everything one click away. */
export function SideList() {
  const screen = useNavigation((s) => s.screen);
  const go = useNavigation((s) => s.go);
  const current = useCase((s) => s.current);
  // On a narrow window or at big text the list folds away behind one button (see styles.css, "narrow").
  const [open, setOpen] = useState(false);

  return (
    <nav className={open ? 'side side--open' : 'side'} aria-label="Case sections">
      <p className="case-name">{current && <FileName name={current.fileName} />}</p>
      <button type="button" className="side-toggle" aria-expanded={open} aria-controls="side-body" onClick={() => setOpen((v) => !v)}>
        {open ? 'Hide the list of sections' : 'Show the list of sections'}
      </button>
      <div id="side-body" className="side-body">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.screen}>
              <button
                type="button"
                aria-current={screen === s.screen ? 'page' : undefined}
                onClick={() => {
                  setOpen(false);
                  go(s.screen);
                }}
              >
                {s.label}
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="close-case" onClick={() => void closeCase()}>
          Close this case
        </button>
        {/* Next to "Close this case", where a person at a library looks for it; the full steps are on Help. */}
        <button
          type="button"
          className="link-button leave-link"
          onClick={() => {
            setOpen(false);
            // The keyboard lands on the section once the Help screen has drawn it, however long its words take.
            go('help', 'leave-heading');
          }}
        >
          Leaving a shared computer?
        </button>
      </div>
    </nav>
  );
}

/** "DICKSON v GOMEZ.casefile" breaks between words or before ".casefile", never inside a word. */
function FileName({ name }: { name: string }) {
  const dot = name.toLowerCase().lastIndexOf('.casefile');
  if (dot <= 0) return <>{name}</>;
  return (
    <>
      {name.slice(0, dot)}
      <wbr />
      <span className="file-ext">{name.slice(dot)}</span>
    </>
  );
}
