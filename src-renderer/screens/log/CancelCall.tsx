import { useState } from 'react';

/** "Cancel this call" asks first: the notes are not saved anywhere else. */
export function CancelCall({ throwAway }: { throwAway: () => void }) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" id="call-cancel" onClick={() => setConfirming(true)}>
        Cancel this call
      </button>
    );
  }
  return (
    <span className="confirm" role="group" aria-label="Throw away these notes?">
      <span>Throw away these notes? They are not saved yet.</span>
      <button type="button" onClick={throwAway}>
        Yes, throw them away
      </button>
      <button
        type="button"
        autoFocus
        onClick={() => {
          setConfirming(false);
          requestAnimationFrame(() => document.getElementById('call-cancel')?.focus());
        }}
      >
        No, keep them
      </button>
    </span>
  );
}
