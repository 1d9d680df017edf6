import type { CaseSnapshot } from '../../src-main/core/api/contract';
import { useCase } from './caseStore';
import { refreshDeadlines } from './deadlineStore';
import { useNavigation, type Screen } from './navigation';

/**
 * A case was just opened or made: show it, starting on the given screen. The deadlines are read
 * before the screen shows, so the deadline banner is there from the first moment and does not push
 * the page down under a person's pointer a moment later.
 */
export async function enterCase(snapshot: CaseSnapshot, screen: Screen): Promise<void> {
  useCase.getState().setCurrent(snapshot);
  await refreshDeadlines();
  useNavigation.getState().showNow(screen);
}
