/** A place later parts of the app fill; says plainly what will be here. */
export function ComingSoon({ title, text }: { title: string; text: string }) {
  return (
    <main id="main" tabIndex={-1} className="screen">
      <h1>{title}</h1>
      <p className="quiet">{text}</p>
    </main>
  );
}
