import { useEffect, useRef, useState } from 'react';
import { CaseElsewhere } from './components/CaseElsewhere';
import { DeadlineBanner } from './components/DeadlineBanner';
import { focusWhenShown } from './components/focusWhenShown';
import { SideList } from './components/SideList';
import { usePageHeader } from './components/pageHeader';
import { caseLine } from '../src-main/core/caseInfo/caseName';
import { TextSize } from './components/TextSize';
import { UnsavedWork } from './components/UnsavedWork';
import { CaptionForm } from './screens/CaptionForm';
import { BackupsScreen } from './screens/BackupsScreen';
import { GlossaryScreen } from './screens/GlossaryScreen';
import { OrdersScreen } from './screens/orders/OrdersScreen';
import { ChecklistScreen } from './screens/papers/ChecklistScreen';
import { StatementScreen } from './screens/papers/StatementScreen';
import { HelpScreen } from './screens/HelpScreen';
import { ContactLogScreen } from './screens/log/ContactLogScreen';
import { RequestsScreen } from './screens/log/RequestsScreen';
import { Welcome } from './screens/Welcome';
import { WhatsNext } from './screens/WhatsNext';
import { useCase } from './store/caseStore';
import { refreshDeadlines } from './store/deadlineStore';
import { useLeave } from './store/forgetCase';
import { LeaveDone } from './components/LeaveDone';
import { useNavigation, type Screen } from './store/navigation';


export function App() {
  const screen = useNavigation((s) => s.screen);
  const visit = useNavigation((s) => s.visit);
  const showNow = useNavigation((s) => s.showNow);
  const current = useCase((s) => s.current);
  const pickUpOpenCase = useCase((s) => s.pickUpOpenCase);
  const flush = useCase((s) => s.flush);
  const caption = useCase((s) => s.draft ?? s.current?.caption ?? null);
  // Every printed page says which case it is for (the checklist sets its own, with the order's case number).
  const named = caption && (caption.plaintiffs.some(Boolean) || caption.defendants.some(Boolean) || caption.caseNumber) ? caseLine(caption) : `Case file ${current?.fileName ?? ''}`;
  usePageHeader(current && screen !== 'welcome' && screen !== 'checklist' ? named : '');
  const leaveReport = useLeave((s) => s.report);
  const [ready, setReady] = useState(false);
  const first = useRef(true);

  // After a reload, pick up the case the shell still has open, with its deadlines, so nothing moves once it shows.
  useEffect(() => {
    void (async () => {
      if (await pickUpOpenCase()) {
        await refreshDeadlines();
        showNow('next');
      }
      setReady(true);
    })();
  }, [showNow, pickUpOpenCase]);

  // Move focus to the new screen so keyboard and screen-reader users land on it, once it is drawn.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // After leaving a computer the report's heading takes the keyboard (the screen changed to the start screen under it).
    const target = useLeave.getState().report ? 'leave-done' : (useNavigation.getState().focusOn ?? 'main');
    return focusWhenShown(target, target !== 'main' && target !== 'leave-done');
  }, [visit]);

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    return () => window.removeEventListener('pagehide', onHide);
  }, [flush]);

  if (!ready) return <p className="loading">Opening…</p>;

  const body = leaveReport ? <LeaveDone report={leaveReport} /> : !current || screen === 'welcome' ? <Welcome /> : <CaseScreen screen={screen} />;

  return (
    <>
      <a className="skip" href="#main">
        Skip to main content
      </a>
      <header className="top-bar">
        <span className="app-name">Pro Se Case File</span>
        <TextSize />
      </header>
      <CaseElsewhere />
      {current && <UnsavedWork />}
      {current && screen !== 'welcome' && caption?.practice && (
        <p className="demo-badge practice-badge" role="note">
          Practice case: made-up papers, with dates moved to near today. Not a real case. Nothing here is filed or sent.
        </p>
      )}
      {current && screen !== 'welcome' && <DeadlineBanner />}
      <div className={current && screen !== 'welcome' ? 'layout' : 'layout layout--single'}>
        {current && screen !== 'welcome' && <SideList />}
        {body}
      </div>
    </>
  );
}

/** One screen per side-list entry. */
function CaseScreen({ screen }: { screen: Screen }) {
  switch (screen) {
    case 'next':
      return <WhatsNext />;
    case 'caption':
      return <CaptionForm />;
    case 'log':
      return <ContactLogScreen />;
    case 'requests':
      return <RequestsScreen />;
    case 'orders':
      return <OrdersScreen />;
    case 'statement':
      return <StatementScreen />;
    case 'checklist':
      return <ChecklistScreen />;
    case 'glossary':
      return <GlossaryScreen />;
    case 'help':
      return <HelpScreen />;
    case 'backups':
      return <BackupsScreen />;
    case 'welcome':
      return null;
  }
}
