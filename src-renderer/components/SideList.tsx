import { invoke } from '../api/client';
import { useCase } from '../store/caseStore';
import { forgetCase } from '../store/forgetCase';
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
  const flush = useCase((s) => s.flush);

  async function closeCase() {
    await flush();
    await invoke('case.close', {});
    forgetCase();
  }

  return (
    <nav className="side" aria-label="Case sections">
      <p className="case-name">{current?.fileName}</p>
      <ul>
        {SECTIONS.map((s) => (
          <li key={s.screen}>
            <button type="button" aria-current={screen === s.screen ? 'page' : undefined} onClick={() => go(s.screen)}>
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
          go('help');
          // The keyboard lands on the section once the Help screen has drawn it.
          setTimeout(() => {
            const heading = document.getElementById('leave-heading');
            heading?.scrollIntoView({ block: 'start' });
            heading?.focus({ preventScroll: true });
          }, 50);
        }}
      >
        Leaving a shared computer?
      </button>
    </nav>
  );
}
