import { useEffect, useRef, useState } from 'react';
import { useLoadedOnce } from '../../components/loadedOnce';
import { useCase } from '../../store/caseStore';
import { unsavedForms, useDrafts } from '../../store/draftStore';
import { useLog } from '../../store/logStore';
import { newCall } from './callDraft';
import { CallMode } from './CallMode';
import { ConferencePicker } from './ConferencePicker';
import { Notice } from './controls';
import type { OpenPanel } from './EntryCard';
import { EntryForm } from './EntryForm';
import { TalkNotOnlyWrite } from './TalkNotOnlyWrite';
import { Timeline } from './Timeline';
import { VerifyPanel } from './VerifyPanel';

function unfinishedPanel(forms: string[]): OpenPanel {
  if (forms.includes('log-new')) return 'new';
  const edit = forms.map((f) => /^log-edit-(\d+)$/.exec(f)).find((m) => m !== null);
  return edit ? `edit-${Number(edit[1])}` : null;
}

/** When a form closes, put the keyboard back on the button that opened it, once that button is back on the page. */
function useFocusBackOnNewEntry(): () => void {
  const refocus = useRef(false);
  useEffect(() => {
    const button = refocus.current ? document.getElementById('log-new-entry') : null;
    if (!button) return;
    refocus.current = false;
    button.focus();
  });
  return () => {
    refocus.current = true;
  };
}

/** The contact log: every call, meeting, letter and try, kept as evidence. */
export function ContactLogScreen() {
  const current = useCase((s) => s.current);
  const loadAll = useLog((s) => s.loadAll);
  const loadError = useLog((s) => s.loadError);
  const goodFaith = useLog((s) => s.goodFaith);
  const call = useLog((s) => s.call);
  const startCall = useLog((s) => s.startCall);
  const endCall = useLog((s) => s.endCall);
  // Coming back to the log with an unfinished entry: open it again, as it was left.
  const [panel, setPanel] = useState<OpenPanel>(() => unfinishedPanel(unsavedForms(useDrafts.getState().drafts, current?.path ?? '')));
  const [news, setNews] = useState('');

  const refocus = useFocusBackOnNewEntry();
  const closed = (message: string) => {
    setNews(message);
    refocus();
  };

  const ready = useLoadedOnce(loadAll, current?.path ?? '');

  // A call started in another case file does not belong here.
  useEffect(() => {
    if (call && current && call.casePath !== current.path) endCall();
  }, [call, current, endCall]);

  function begin() {
    setNews('');
    setPanel(null);
    startCall(newCall(current?.path ?? '', current?.caption.counsel.name ?? '', Date.now()));
  }

  return (
    <main id="main" tabIndex={-1} className="screen log-screen">
      <h1>Contact log</h1>
      <p className="lead">Write down every call, meeting, letter and try to reach the other side. Nothing is ever erased: changes are kept in each entry's history.</p>
      {loadError && <Notice kind="problem">{loadError}</Notice>}

      {!ready && (
        <p className="loading" role="status">
          Opening the log…
        </p>
      )}
      {ready && (
        <>
          <ConferencePicker />

          {goodFaith?.message && <TalkNotOnlyWrite message={goodFaith.message} />}

          {news && <Notice kind="news">{news}</Notice>}

          {!call && panel !== 'new' && (
            <div className="button-row log-actions">
              <button type="button" id="log-new-entry" className="primary" onClick={() => { setNews(''); setPanel('new'); }}>
                Log a call or letter
              </button>
              <button type="button" onClick={begin}>
                Start a call
              </button>
            </div>
          )}
          {call && <CallMode onDone={closed} />}
          {!call && panel === 'new' && (
            <EntryForm
              onDone={(message) => {
                setPanel(null);
                closed(message);
              }}
            />
          )}

          <Timeline panel={panel} setPanel={setPanel} onDone={setNews} />
          <VerifyPanel />
        </>
      )}
    </main>
  );
}
