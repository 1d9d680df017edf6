import { useLoadedOnce } from '../components/loadedOnce';
import { longDate } from '../format';
import { useCase } from '../store/caseStore';
import { useDeadlines } from '../store/deadlineStore';
import { useLog } from '../store/logStore';
import { useNavigation } from '../store/navigation';
import { useOrderSelection } from '../store/orderStore';
import { GoodFaithNotice } from './whatsNext/GoodFaithNotice';
import { MissedContactNotice } from './whatsNext/MissedContactNotice';
import { NearestDeadlines } from './whatsNext/NearestDeadlines';
import { PlacesToGo } from './whatsNext/PlacesToGo';

/** What the home screen reads on each visit: the deadlines (they may have moved) and the good-faith check. */
const loadWhatsNext = () => Promise.all([useDeadlines.getState().refresh(), useLog.getState().loadGoodFaith()]);

/** Home screen: the nearest deadlines, who must act, days left, and the one thing to do now. */
export function WhatsNext() {
  const current = useCase((s) => s.current);
  const side = useCase((s) => s.draft?.side ?? '');
  const go = useNavigation((s) => s.go);
  const showOrder = useOrderSelection((s) => s.show);
  const upcoming = useDeadlines((s) => s.upcoming);
  const goodFaith = useLog((s) => s.goodFaith?.message ?? null);
  const ready = useLoadedOnce(loadWhatsNext, current?.path ?? '');

  if (!current) return null;
  const c = current.caption;
  const missingCaption = !c.caseNumber.trim() || !c.partyName.trim();
  const open = (upcoming?.items ?? []).filter((i) => i.status !== 'done' && !i.met);
  const mine = open.find((i) => i.dueDate && (i.actor === side || i.actor === 'all-parties' || i.actor === 'unknown'));

  const goTo = (orderId: number, requirementId: string) => {
    showOrder(orderId, requirementId);
    go('orders');
  };

  let nowStep: { text: string; button: string; action: () => void };
  if (!upcoming || upcoming.items.length === 0) {
    nowStep = { text: 'Add the court order you got. The app will explain each thing it asks, with its date.', button: 'Add a court order', action: () => (showOrder(null), go('orders')) };
  } else if (missingCaption) {
    nowStep = { text: 'Fill in your case number and your name, so your papers have the right heading.', button: 'Fill in your case details', action: () => go('caption') };
  } else if (mine) {
    nowStep = { text: `${mine.summary} By ${longDate(mine.dueDate!)}.`, button: 'See what the order says', action: () => goTo(mine.orderId, mine.requirementId) };
  } else {
    nowStep = { text: 'Keep a note of every call, letter and meeting with the other side.', button: 'Open the contact log', action: () => go('log') };
  }

  return (
    <main id="main" tabIndex={-1} className="screen">
      <h1>What's next?</h1>
      {c.isDemo && !c.practice && <p className="demo-badge">Demo case — practice data, not a real case.</p>}
      <section className="card next-step" aria-labelledby="now-heading">
        <h2 id="now-heading">The one thing to do now</h2>
        <p>{nowStep.text}</p>
        <button type="button" className="primary" onClick={nowStep.action}>
          {nowStep.button}
        </button>
      </section>
      {ready && upcoming?.missedContact && <MissedContactNotice missed={upcoming.missedContact} />}
      {ready && goodFaith && <GoodFaithNotice message={goodFaith} openLog={() => go('log')} />}
      {ready && <NearestDeadlines open={open} side={side} goTo={goTo} />}
      {ready && <PlacesToGo go={go} />}
    </main>
  );
}
