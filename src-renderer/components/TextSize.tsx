import { useEffect, useState } from 'react';
import { invoke } from '../api/client';

const STEPS = [0.9, 1, 1.15, 1.3, 1.5, 1.75, 2];

function apply(size: number) {
  document.documentElement.style.setProperty('--text-scale', String(size));
}

/** A− / A+ : bigger or smaller words, remembered on this computer. */
export function TextSize() {
  const [size, setSize] = useState(1);
  useEffect(() => {
    void invoke('settings.get', {}).then((r) => {
      if (r.ok) {
        setSize(r.value.textSize);
        apply(r.value.textSize);
      }
    });
  }, []);
  function change(dir: -1 | 1) {
    const i = STEPS.findIndex((s) => s >= size - 0.001);
    const next = STEPS[Math.min(STEPS.length - 1, Math.max(0, (i < 0 ? 1 : i) + dir))];
    setSize(next);
    apply(next);
    void invoke('settings.setTextSize', { textSize: next });
  }
  return (
    <div className="text-size" role="group" aria-label="Text size">
      <button type="button" onClick={() => change(-1)} aria-label="Smaller text" aria-disabled={size <= STEPS[0]}>
        A−
      </button>
      <span aria-live="polite">{Math.round(size * 100)}%</span>
      <button type="button" onClick={() => change(1)} aria-label="Bigger text" aria-disabled={size >= STEPS[STEPS.length - 1]}>
        A+
      </button>
    </div>
  );
}
