import { useEffect, useState } from 'react';
import { request } from '../api';
import { ErrorAlert } from '../components/error-alert.component';
import { graphql } from '../gql';
import type { CollectionJobQuery, CollectionRequestInput } from '../gql/graphql';

const START = graphql(`
  mutation StartCollection($input: CollectionRequestInput!) {
    startCollection(input: $input) {
      jobId
      decision {
        decision
        clauses
      }
    }
  }
`);
const JOB = graphql(`
  query CollectionJob($c: ID!, $id: ID!) {
    collectionJob(caseId: $c, id: $id) {
      state
      stage
      captureId
      error
      failure
      attempts
      maxAttempts
      retryAt
    }
  }
`);
const STAGES = ['collecting', 'media', 'storing', 'done'];

/**
 * Submits an allowed collection and follows its job: a progress bar through the pipeline's
 * stages, then the capture it made or the error that stopped it.
 */
export function CollectJob({ input, onCaptured }: { input: CollectionRequestInput; onCaptured: () => void }) {
  const [jobId, setJobId] = useState<string | null>(null);
  const [job, setJob] = useState<CollectionJobQuery['collectionJob'] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const caseId = input.caseId;

  useEffect(() => {
    if (!jobId) return;
    let stopped = false;
    const poll = async () => {
      try {
        const current = (await request(JOB, { c: caseId, id: jobId })).collectionJob;
        if (stopped) return;
        setJob(current);
        if (current.state === 'completed') onCaptured();
        else if (current.state !== 'failed') setTimeout(() => void poll(), 400);
      } catch (e) {
        if (!stopped) setError((e as Error).message);
      }
    };
    void poll();
    return () => {
      stopped = true;
    };
  }, [jobId, caseId, onCaptured]);

  async function start() {
    setError(null);
    try {
      const started = (await request(START, { input })).startCollection;
      if (started.jobId) setJobId(started.jobId);
      else setError(`The gate answered ${started.decision.decision}; nothing was collected.`);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  const step = job?.stage ? STAGES.indexOf(job.stage) + 1 : 0;
  return (
    <div className="collect-job">
      {!jobId && (
        <button type="button" onClick={() => void start()}>
          Collect now
        </button>
      )}
      {jobId && (
        <div role="status" aria-live="polite">
          <progress
            max={STAGES.length}
            value={job?.state === 'completed' ? STAGES.length : step}
            aria-label="Collection progress"
          />
          <span className="job-state">
            {job?.state === 'completed'
              ? 'Captured — the graph and captures now include it.'
              : job?.failure
                ? null
                : `Collecting… ${job?.stage ?? 'queued'}`}
          </span>
          {job && <FailureNote job={job} />}
        </div>
      )}
      <ErrorAlert message={error} />
    </div>
  );
}

/** When a retry is due, in the detective's own clock. */
const clock = (iso: string) =>
  new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/**
 * A failed attempt in words: what went wrong, whether casegraph tries again and when, with the
 * technical detail (code, address, HTTP status) one click away.
 */
function FailureNote({ job }: { job: NonNullable<CollectionJobQuery['collectionJob']> }) {
  if (!job.failure || job.state === 'completed') return null;
  const next =
    job.state === 'failed'
      ? `casegraph stopped after attempt ${job.attempts} of ${job.maxAttempts}.`
      : job.retryAt
        ? `casegraph will retry at ${clock(job.retryAt)} (attempt ${job.attempts + 1} of ${job.maxAttempts}).`
        : 'casegraph is trying again.';
  return (
    <div className="collect-failure" role="alert">
      <p>
        <strong>The collection failed:</strong> {job.failure}; {next}
      </p>
      {job.error && (
        <details>
          <summary>Technical detail</summary>
          <code>{job.error}</code>
        </details>
      )}
    </div>
  );
}
