/** Shown wherever dates or explanations appear. */
export function NotLegalAdvice() {
  return (
    <p className="not-legal-advice">
      This is not legal advice. It is help to read your papers and keep track of dates. If you are not sure, ask the court's
      clerk's office or a legal aid group.
    </p>
  );
}
