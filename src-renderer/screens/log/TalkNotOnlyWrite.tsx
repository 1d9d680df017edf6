import { NotLegalAdvice } from '../../components/NotLegalAdvice';

/** What the log still lacks to show the sides talked, not only wrote (the good-faith check). */
export function TalkNotOnlyWrite({ message }: { message: string }) {
  return (
    <section className="card good-faith" aria-labelledby="good-faith-heading" data-testid="good-faith">
      <h2 id="good-faith-heading">
        <span aria-hidden="true">! </span>Talk, do not only write
      </h2>
      <p>{message}</p>
      <NotLegalAdvice />
    </section>
  );
}
