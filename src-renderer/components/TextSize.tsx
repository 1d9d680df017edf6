import { useEffect } from 'react';
import { BIGGEST, SMALLEST, useSettings } from '../store/settingsStore';

/** A− / A+ : bigger or smaller words, remembered on this computer. */
export function TextSize() {
  const size = useSettings((s) => s.textSize);
  const load = useSettings((s) => s.load);
  const change = useSettings((s) => s.changeTextSize);
  useEffect(() => void load(), [load]);
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
