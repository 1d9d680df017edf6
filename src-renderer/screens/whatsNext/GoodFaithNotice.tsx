import { NotLegalAdvice } from '../../components/NotLegalAdvice';

/** What the contact log still lacks to show the person met and conferred in good faith. */
export function GoodFaithNotice({ message, openLog }: { message: string; openLog: () => void }) {
  return (
    <section className="card attention" aria-labelledby="goodfaith-heading">
      <h2 id="goodfaith-heading">Is your log enough to show you met and conferred?</h2>
      <p>{message}</p>
      <button type="button" onClick={openLog}>
        Open the contact log
      </button>
      <NotLegalAdvice />
    </section>
  );
}
