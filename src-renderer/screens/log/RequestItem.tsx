import type { ReactNode } from 'react';
import type { RequestView } from '../../../src-main/core/api/contract';
import { STATE_WORDS, statusWords } from './words';

interface Props {
  request: RequestView;
  startEditing: () => void;
  /** The form to change this request, when it is open. */
  children?: ReactNode;
}

/** One request: its label, its status from the log, what was asked and answered, and its Edit button. */
export function RequestItem({ request: r, startEditing, children }: Props) {
  return (
    <li className="card request-item" data-testid={`request-${r.key}`}>
      <h3>
        {r.label}: {r.description}
      </h3>
      <p className={`status status--${r.status.state}`} data-testid="request-status">
        <span className="status-symbol" aria-hidden="true">
          {STATE_WORDS[r.status.state].symbol}
        </span>{' '}
        {statusWords(r)}
      </p>
      {(r.asked || r.answer || r.position) && (
        <dl className="facts">
          {r.asked && (
            <>
              <dt>You asked for</dt>
              <dd>{r.asked}</dd>
            </>
          )}
          {r.answer && (
            <>
              <dt>They answered</dt>
              <dd>{r.answer}</dd>
            </>
          )}
          {r.position && (
            <>
              <dt>Your position</dt>
              <dd>{r.position}</dd>
            </>
          )}
        </dl>
      )}
      <button type="button" id={`request-${r.id}-edit`} aria-label={`Edit ${r.label}`} onClick={startEditing}>
        Edit
      </button>
      {children}
    </li>
  );
}
