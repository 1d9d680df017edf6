import { useEffect } from 'react';
import { useCase } from '../store/caseStore';
import { unsavedForms, useDrafts } from '../store/draftStore';
import { useNavigation } from '../store/navigation';

function formWords(form: string): string {
  const edit = /^log-edit-(\d+)$/.exec(form);
  return edit ? `a change to log entry ${edit[1]}` : 'a log entry';
}

/**
 * Typed input that is not saved yet. On another screen, a reminder says where it is kept and
 * leads back to it. Closing the tab or leaving the page asks first (in the web shell; a desktop
 * window's close would be stopped without a word, so it is not asked there).
 */
export function UnsavedWork() {
  const casePath = useCase((s) => s.current?.path ?? null);
  const drafts = useDrafts((s) => s.drafts);
  const screen = useNavigation((s) => s.screen);
  const go = useNavigation((s) => s.go);
  const forms = casePath ? unsavedForms(drafts, casePath) : [];
  const unsaved = forms.length > 0;

  useEffect(() => {
    if (!unsaved || window.caseFile) return;
    const ask = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [unsaved]);

  if (!unsaved || screen === 'log' || screen === 'welcome') return null;
  return (
    <div className="notice unsaved-work" role="status">
      <p>
        You have {forms.map(formWords).join(' and ')} that is not saved yet. It is kept in this window until you save it, cancel it, or close the window.{' '}
        <button type="button" className="link-button" onClick={() => go('log')}>
          Go back to the contact log to finish it
        </button>
      </p>
    </div>
  );
}
