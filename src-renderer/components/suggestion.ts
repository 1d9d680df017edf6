import { flushSync } from 'react-dom';

/**
 * A suggested value (the path the app proposes for a new case file) arrives a moment after the
 * screen shows. A field the person is in, or has typed in, is theirs: the suggestion never lands
 * there, or it would join what they are typing (a slow library computer makes this common).
 */
export function mayFill(fieldId: string, typed: boolean): boolean {
  return !typed && document.activeElement?.id !== fieldId;
}

/**
 * Put a suggestion in a field that is not the person's yet, in one step: the check and the
 * field's new value happen together, before the browser handles anything else. Set through React's
 * usual later render, the value could land after the person (or a test) had clicked in and begun
 * typing, and the two joined ("…/DICKSON v GOMEZ.casefile/tmp/…casefile", seen in CI).
 */
export function offerSuggestion(fieldId: string, typed: boolean, put: () => void): void {
  if (mayFill(fieldId, typed)) flushSync(put);
}
