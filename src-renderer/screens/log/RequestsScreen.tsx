import { useState } from 'react';
import type { RequestView } from '../../../src-main/core/api/contract';
import { useLoadedOnce } from '../../components/loadedOnce';
import { useCase } from '../../store/caseStore';
import { useLog } from '../../store/logStore';
import { useNavigation } from '../../store/navigation';
import { Notice } from './controls';
import { RequestForm } from './RequestForm';
import { RequestItem } from './RequestItem';
import { plural } from './words';

/** "Which requests are still in dispute?": the requests the motion is about, each with the status the log gives it. */
export function RequestsScreen() {
  const requests = useLog((s) => s.requests);
  const loadRequests = useLog((s) => s.loadRequests);
  const loadError = useLog((s) => s.loadError);
  const go = useNavigation((s) => s.go);
  const casePath = useCase((s) => s.current?.path ?? '');
  const [editing, setEditing] = useState<RequestView | null>(null);
  const [news, setNews] = useState('');

  // The list sits above the form: both show once it is read, so "Add request" never slides down under the pointer.
  const ready = useLoadedOnce(loadRequests, casePath);

  const open = requests.filter((r) => r.status.state === 'open').length;

  function done(message: string) {
    const was = editing;
    setEditing(null);
    setNews(message);
    if (was) requestAnimationFrame(() => document.getElementById(`request-${was.id}-edit`)?.focus());
  }

  return (
    <main id="main" tabIndex={-1} className="screen log-screen">
      <h1>Which requests are still in dispute?</h1>
      <p className="lead">List each request your motion is about. The status of each one comes from your contact log, so it is always up to date.</p>
      {!ready && (
        <p className="loading" role="status">
          Opening your requests…
        </p>
      )}
      {ready && loadError && <Notice kind="problem">{loadError}</Notice>}
      {news && <Notice kind="news">{news}</Notice>}

      {ready && (
        <>
          <section aria-labelledby="requests-heading">
            <h2 id="requests-heading">Your requests</h2>
            {requests.length === 0 ? (
              <p className="quiet">No requests yet. Add the first one below.</p>
            ) : (
              <>
                <p>
                  {plural(requests.length, 'request', 'requests')}, {plural(open, 'still in dispute', 'still in dispute')}.{' '}
                  <button type="button" className="link-button" onClick={() => go('log')}>
                    Go to the contact log
                  </button>
                </p>
                <ul className="request-list">
                  {requests.map((r) => (
                    <RequestItem
                      key={r.id}
                      request={r}
                      startEditing={() => {
                        setNews('');
                        setEditing(r);
                      }}
                    >
                      {editing?.id === r.id && <RequestForm key={r.id} editing={r} onDone={done} />}
                    </RequestItem>
                  ))}
                </ul>
              </>
            )}
          </section>

          {!editing && <RequestForm onDone={done} />}
        </>
      )}
    </main>
  );
}
