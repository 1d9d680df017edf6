/**
 * A suggested value (the path the app proposes for a new case file) arrives a moment after the
 * screen shows. A field the person is in, or has typed in, is theirs: the suggestion never lands
 * there, or it would join what they are typing (a slow library computer makes this common).
 */
export function mayFill(fieldId: string, typed: boolean): boolean {
  return !typed && document.activeElement?.id !== fieldId;
}
