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
              ? `Captured (${job.captureId}) — the graph and captures below now include it.`
              : job?.state === 'failed'
                ? `Failed: ${job.error}`
                : `Collecting… ${job?.stage ?? 'queued'}`}
          </span>
        </div>
      )}
      <ErrorAlert message={error} />
    </div>
  );
}
