/**
 * How a case is named out loud and on a page. Free of zod and the database, so the screens can
 * use it too (the printed page header names the case).
 */
interface Named {
  plaintiffs: readonly string[];
  defendants: readonly string[];
  caseNumber: string;
}

/** "Dickson v. Gomez" — how people name a case out loud. */
export function shortCaseName(c: Named): string {
  const first = (list: readonly string[]) => (list[0] ?? '').replace(/,?\s*et al\.?$/i, '').split(/\s+/).pop() ?? '';
  const p = first(c.plaintiffs);
  const d = first(c.defendants);
  if (!p && !d) return c.caseNumber || 'New case';
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
  return `${cap(p) || '?'} v. ${cap(d) || '?'}`;
}

/** "Dickson v. Gomez, No. 1:17-cv-00294-DAD-BAM (PC)": the line that says which case a page is for. */
export function caseLine(c: Named): string {
  const name = shortCaseName(c);
  return c.caseNumber && name !== c.caseNumber ? `${name}, No. ${c.caseNumber}` : name;
}
