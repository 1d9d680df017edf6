import { create } from 'zustand';
import { invoke } from '../api/client';
import type { LeaveReport } from '../../src-main/core/api/contract';
import { useBackups } from './backupStore';
import { useCase } from './caseStore';
import { useChecklist } from './checklistStore';
import { useClosures } from './closureStore';
import { useDeadlines } from './deadlineStore';
import { useLog } from './logStore';
import { useNavigation } from './navigation';
import { useOrderDetail } from './orderDetailStore';
import { useOrderList } from './orderListStore';
import { useOrderSelection } from './orderStore';
import { usePapers } from './paperStore';
import { useStartOrder } from './startOrderStore';

/**
 * After a case is closed, nothing of it stays on screen or in memory: the caption, the log and
 * its search, a call being written, the orders and court closures, the deadlines, the papers and checklist. Back to the start screen.
 */
export function forgetCase(): void {
  useCase.getState().setCurrent(null);
  useLog.setState(useLog.getInitialState(), true);
  usePapers.setState(usePapers.getInitialState(), true);
  useChecklist.setState(useChecklist.getInitialState(), true);
  useOrderList.setState(useOrderList.getInitialState(), true);
  useOrderDetail.setState(useOrderDetail.getInitialState(), true);
  useClosures.setState(useClosures.getInitialState(), true);
  useBackups.setState(useBackups.getInitialState(), true);
  // An order pasted on the start screen is the person's words too.
  useStartOrder.setState(useStartOrder.getInitialState(), true);
  useDeadlines.setState({ upcoming: null });
  useOrderSelection.getState().show(null);
  useNavigation.getState().go('welcome');
}

/** "Close this case": what is being typed is saved first, then nothing of the case stays here. */
export async function closeCase(): Promise<void> {
  await useCase.getState().flush();
  await invoke('case.close', {});
  forgetCase();
}

interface LeaveState {
  /** What "Leave this computer" did, shown on its own screen until the page starts fresh. */
  report: LeaveReport | null;
  /** The case is forgotten at once; only the report stays, and it goes with the reload. */
  left: (report: LeaveReport) => void;
}

export const useLeave = create<LeaveState>((set) => ({
  report: null,
  left: (report) => {
    forgetCase();
    set({ report });
  },
}));
