import type { CaseSnapshot } from '../../src-main/core/api/contract';
import { useCase } from './caseStore';
import { useNavigation, type Screen } from './navigation';

/** A case was just opened or made: show it, starting on the given screen. */
export function enterCase(snapshot: CaseSnapshot, screen: Screen): void {
  useCase.getState().setCurrent(snapshot);
  useNavigation.getState().go(screen);
}
