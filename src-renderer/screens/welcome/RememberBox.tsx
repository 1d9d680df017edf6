import { useWelcome } from '../../store/welcomeStore';

/** One choice shown under both forms; ticking either ticks both. */
export function RememberBox({ id }: { id: string }) {
  const checked = useWelcome((s) => s.remember);
  const setRemember = useWelcome((s) => s.setRemember);
  return (
    <div className="check">
      <input type="checkbox" id={id} checked={checked} onChange={(e) => setRemember(e.target.checked)} aria-describedby={`${id}-hint`} />
      <label htmlFor={id}>Remember this file on this computer</label>
      <p className="hint" id={`${id}-hint`}>
        Leave this unticked on a library or shared computer.
      </p>
    </div>
  );
}
