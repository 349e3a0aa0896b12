import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { formatTime, request } from '../api';
import { VerifyPacket } from './verify-packet.view';
import { ErrorAlert } from '../components/error-alert.component';
import { graphql } from '../gql';
import type { ExportableCaptureFragment, ExportsQuery } from '../gql/graphql';
import { toggled } from '../toggled';

// What choosing captures for a packet needs; the case query asks for it.
graphql(`
  fragment ExportableCapture on CaptureSummary {
    id
    platform
    targetValue
    status
    startedAt
    requestId
    errorWords
  }
`);

const EXPORTS = graphql(`
  query Exports($c: ID!) {
    exports(caseId: $c) {
      id
      status
      captureIds
      createdAt
      finishedAt
      sha256
      size
      error
      reason
      downloadPath
    }
  }
`);
const START = graphql(`
  mutation StartExport($c: ID!, $ids: [ID!], $r: String!) {
    startExport(caseId: $c, captureIds: $ids, reason: $r) {
      id
    }
  }
`);
const RUNNING = new Set(['QUEUED', 'RUNNING']);

/**
 * Evidence packets of a case: choose captures (or the whole case), state why the evidence is
 * released (the gate decides it), follow the export, download the packet, and verify any packet.
 */
export function ExportView({
  caseId,
  captures,
}: {
  caseId: string;
  captures: readonly ExportableCaptureFragment[];
}) {
  const [exports, setExports] = useState<ExportsQuery['exports'] | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(
    () =>
      request(EXPORTS, { c: caseId })
        .then((d) => setExports(d.exports))
        .catch((e: Error) => setError(e.message)),
    [caseId],
  );
  useEffect(() => void load(), [load]);
  // Follow running exports until each is done or failed.
  useEffect(() => {
    if (!exports?.some((e) => RUNNING.has(e.status))) return;
    const timer = setTimeout(() => void load(), 500);
    return () => clearTimeout(timer);
  }, [exports, load]);

  async function start(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      await request(START, { c: caseId, ids: chosen.size ? [...chosen] : null, r: reason });
      await load();
    } catch (e) {
      setError((e as Error).message);
    }
  }

  const toggle = (id: string) => setChosen((current) => toggled(current, id));
  const completed = captures.filter((c) => c.status === 'CAPTURED');

  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">Evidence packets</h2>
      <form className="card" aria-labelledby="export-title" onSubmit={(e) => void start(e)}>
        <fieldset>
          <legend>Captures to include (none chosen: every completed capture of the case)</legend>
          {completed.map((c) => (
            <label key={c.id} className="inline">
              <input
                type="checkbox"
                name="exportCapture"
                checked={chosen.has(c.id)}
                onChange={() => toggle(c.id)}
              />
              {c.platform} {c.targetValue} · {formatTime(c.startedAt)}
            </label>
          ))}
          {completed.length === 0 && <p>No completed captures yet.</p>}
        </fieldset>
        <label>
          Why this evidence is released (recorded with the export and checked by the gate)
          <textarea
            name="exportReason"
            required
            minLength={10}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        </label>
        <button type="submit">Start export</button>
      </form>
      <ErrorAlert message={error} />
      <table aria-label="Exports of this case">
        <thead>
          <tr>
            <th scope="col">Started</th>
            <th scope="col">Scope</th>
            <th scope="col">Status</th>
            <th scope="col">Packet</th>
          </tr>
        </thead>
        <tbody>
          {(exports ?? []).map((x) => (
            <tr key={x.id} className="export-row" data-export-id={x.id}>
              <td>{formatTime(x.createdAt)}</td>
              <td>{x.captureIds ? `${x.captureIds.length} captures` : 'whole case'}</td>
              <td>
                {RUNNING.has(x.status) ? <progress aria-label={`Export ${x.id} running`} /> : x.status}
                {x.error && <span className="error"> {x.error}</span>}
              </td>
              <td>
                {x.downloadPath && (
                  <>
                    <a href={x.downloadPath} download={`${x.id}.zip`} className="export-download">
                      Download packet
                    </a>{' '}
                    ({((x.size ?? 0) / 2 ** 20).toFixed(1)} MB, SHA-256{' '}
                    <code className="hash">{x.sha256}</code>)
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {exports?.length === 0 && <p>No exports yet.</p>}
      <VerifyPacket />
    </section>
  );
}
