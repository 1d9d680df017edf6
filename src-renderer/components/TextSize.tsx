import { BIGGEST, SMALLEST, useSettings } from '../store/settingsStore';

/** A− / A+ : bigger or smaller words, remembered on this computer (read before the app first shows, in main.tsx). */
export function TextSize() {
  const size = useSettings((s) => s.textSize);
  const change = useSettings((s) => s.changeTextSize);
  return (
    <div className="text-size" role="group" aria-label="Text size">
      <button type="button" onClick={() => change(-1)} aria-label="Smaller text" aria-disabled={size <= SMALLEST}>
        A−
      </button>
      <span aria-live="polite">{Math.round(size * 100)}%</span>
      <button type="button" onClick={() => change(1)} aria-label="Bigger text" aria-disabled={size >= BIGGEST}>
        A+
      </button>
    </div>
  );
}
