import { useEffect, useState, type FormEvent } from 'react';
import { formatTime, request } from '../api';
import { ErrorAlert } from '../components/error-alert.component';
import { graphql } from '../gql';
import type { ReviewQueueQuery } from '../gql/graphql';

const QUEUE = graphql(`
  query ReviewQueue {
    reviewQueue(first: 200) {
      id
      caseId
      caseNumber
      target
      enteredAt
      reviewDueAt
      charged
      purgePending
    }
  }
`);
const KEEP = graphql(`
  mutation KeepCapture($c: ID!, $k: ID!, $r: String!, $n: String!) {
    keepCapture(caseId: $c, captureId: $k, reason: $r, nextReviewAt: $n) {
      id
    }
  }
`);
const PURGE = graphql(`
  mutation PurgeReviewed($c: ID!, $k: ID!, $r: String!) {
    purgeCapture(caseId: $c, captureId: $k, reason: $r, onReview: true) {
      captureId
      custodyEvent
      removedPosts
    }
  }
`);

type Due = ReviewQueueQuery['reviewQueue'][number];

/** One capture due for review: keep it with a reason and a next date, or purge it with a reason. */
function Decide({ capture, onDone }: { capture: Due; onDone: (message: string) => void }) {
  const [reason, setReason] = useState('');
  const [next, setNext] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function act(event: FormEvent, choice: 'keep' | 'purge') {
    event.preventDefault();
    setError(null);
    try {
      if (choice === 'keep') {
        await request(KEEP, { c: capture.caseId, k: capture.id, r: reason, n: next });
        onDone(`Kept ${capture.target ?? capture.id} until ${next}.`);
      } else {
        const done = (await request(PURGE, { c: capture.caseId, k: capture.id, r: reason })).purgeCapture;
        onDone(`Purged ${capture.target ?? capture.id} (custody event ${done.custodyEvent}).`);
      }
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <form aria-label={`Review of ${capture.target ?? capture.id}`} onSubmit={(e) => void act(e, 'keep')}>
      <label>
        Reason
        <input
          name="reviewReason"
          value={reason}
          required
          minLength={3}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
      <label>
        Next review (to keep)
        <input name="nextReview" type="date" value={next} onChange={(e) => setNext(e.target.value)} />
      </label>
      <button type="submit" disabled={!next}>
        Keep
      </button>
      <button type="button" onClick={(e) => void act(e, 'purge')}>
        Purge
      </button>
      <ErrorAlert message={error} />
    </form>
  );
}

/**
 * The supervisor's review queue (28 CFR 23.20(h)): captures of the cases they oversee whose review
 * date has come, oldest first. A held capture cannot be purged; the server says so.
 */
export function LifecycleReviewView() {
  const [due, setDue] = useState<readonly Due[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function load() {
    try {
      setDue((await request(QUEUE)).reviewQueue);
    } catch (e) {
      setError((e as Error).message);
    }
  }
  useEffect(() => {
    void load();
  }, []);

  return (
    <section aria-labelledby="review-title">
      <h1 id="review-title">Records review</h1>
      <ErrorAlert message={error} />
      {done && <p role="status">{done}</p>}
      {due && due.length === 0 && <p>No capture is due for review.</p>}
      {due && due.length > 0 && (
        <table aria-label="Captures due for review">
          <thead>
            <tr>
              <th scope="col">Case</th>
              <th scope="col">Capture</th>
              <th scope="col">Entered</th>
              <th scope="col">Due</th>
              <th scope="col">Decision</th>
            </tr>
          </thead>
          <tbody>
            {due.map((c) => (
              <tr key={c.id}>
                <td>
                  {c.caseNumber}
                  {c.charged ? ' (charged)' : ''}
                </td>
                <td>{c.target ?? c.id}</td>
                <td>{formatTime(c.enteredAt)}</td>
                <td>{formatTime(c.reviewDueAt)}</td>
                <td>
                  <Decide
                    capture={c}
                    onDone={(message) => {
                      setDone(message);
                      void load();
                    }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
