import { useEffect, useState } from 'react';
import { clockWords } from './words';

const elapsedWords = (ms: number) => {
  const s = Math.max(0, Math.floor(ms / 1000));
  const pad = (n: number) => String(n).padStart(2, '0');
  return s >= 3600 ? `${Math.floor(s / 3600)}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}` : `${pad(Math.floor(s / 60))}:${pad(s % 60)}`;
};

/** When the call started and how long it has run, counted each second. */
export function CallTimer({ at, startedAtMs }: { at: string; startedAtMs: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  return (
    <p>
      Started at {clockWords(at.slice(11))}. Time on the call:{' '}
      <strong className="call-timer" role="timer" aria-live="off" data-testid="call-timer">
        {elapsedWords(now - startedAtMs)}
      </strong>
    </p>
  );
}
