import { useEffect, useState } from 'react';
import { formatTime, request } from '../api';
import { ErrorAlert } from '../components/error-alert.component';
import { graphql } from '../gql';
import type { CaptureQuery } from '../gql/graphql';

const CAPTURE = graphql(`
  query Capture($c: ID!, $id: ID!) {
    capture(caseId: $c, id: $id) {
      id
      recordJson
      artifacts {
        sha256
        size
        mediaType
        name
        kind
        downloadPath
      }
      decision {
        decision
        stage
        clauses
        policyVersion
        decidedAt
        reasons {
          clause
          finding
        }
      }
      custody {
        seq
        at
        type
        actorName
        hash
      }
    }
  }
`);

/** What a reader of a capture record looks at first, in this order; the rest follows as recorded. */
const FIRST = ['targetUrl', 'url', 'platform', 'method', 'status', 'startedAt', 'endedAt', 'operator'];

const size = (bytes: number) =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 2 ** 20
      ? `${(bytes / 1024).toFixed(1)} KB`
      : `${(bytes / 2 ** 20).toFixed(1)} MB`;

function RecordFields({ record }: { record: Record<string, unknown> }) {
  const keys = [
    ...FIRST.filter((k) => k in record),
    ...Object.keys(record)
      .filter((k) => !FIRST.includes(k))
      .sort(),
  ];
  return (
    <dl className="record">
      {keys.map((key) => {
        const value = record[key];
        const shown =
          typeof value === 'string' && /At$/.test(key)
            ? formatTime(value)
            : typeof value === 'object'
              ? JSON.stringify(value)
              : String(value);
        return (
          <div key={key}>
            <dt>{key}</dt>
            <dd>{shown}</dd>
          </div>
        );
      })}
    </dl>
  );
}

/**
 * One capture as evidence: its screenshot (an image from casegraph's own origin, never the captured
 * page itself), the record, every file with its SHA-256 and a download, the gate decision that
 * allowed it, and the custody events that concern it. Opening it is itself a custody event.
 */
export function CaptureView({
  caseId,
  captureId,
  onClose,
}: {
  caseId: string;
  captureId: string;
  onClose: () => void;
}) {
  const [detail, setDetail] = useState<CaptureQuery['capture'] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setDetail(null);
    request(CAPTURE, { c: caseId, id: captureId })
      .then((d) => setDetail(d.capture))
      .catch((e: Error) => setError(e.message));
  }, [caseId, captureId]);

  if (error) return <ErrorAlert message={error} />;
  if (!detail) return <p aria-busy="true">Loading capture…</p>;
  const screenshot = detail.artifacts.find((a) => a.kind === 'SCREENSHOT');
  const record = JSON.parse(detail.recordJson) as Record<string, unknown>;
  return (
    <section className="card capture-view" aria-labelledby="capture-title">
      <div className="row">
        <h2 id="capture-title">Capture {detail.id}</h2>
        <button type="button" onClick={onClose}>
          Close capture
        </button>
      </div>
      {screenshot && (
        <figure>
          <img
            src={screenshot.downloadPath}
            alt={`Screenshot kept by capture ${detail.id}`}
            className="screenshot"
          />
          <figcaption>
            Screenshot · SHA-256 <code>{screenshot.sha256}</code>
          </figcaption>
        </figure>
      )}
      <h3>Record</h3>
      <RecordFields record={record} />
      <h3>Files</h3>
      <table className="files">
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Kind</th>
            <th scope="col">Size</th>
            <th scope="col">SHA-256</th>
          </tr>
        </thead>
        <tbody>
          {detail.artifacts.map((a) => (
            <tr key={`${a.name}-${a.sha256}`}>
              <td>
                <a href={a.downloadPath} download={a.name.split('/').pop()}>
                  {a.name}
                </a>
              </td>
              <td>{a.kind.toLowerCase()}</td>
              <td>{size(a.size)}</td>
              <td>
                <code className="hash">{a.sha256}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Authority</h3>
      {detail.decision ? (
        <div className="decision-summary">
          <p>
            <strong>{detail.decision.decision.replace('_', ' ')}</strong> at{' '}
            {detail.decision.stage.toLowerCase()} stage, {formatTime(detail.decision.decidedAt)}, policy{' '}
            <code>{detail.decision.policyVersion.slice(0, 12)}</code>
          </p>
          <ul>
            {detail.decision.reasons.map((r) => (
              <li key={r.clause + r.finding}>
                <span className="clause">{r.clause}</span> {r.finding}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p>No gate decision is linked to this capture.</p>
      )}
      <h3>Custody</h3>
      <ol className="custody">
        {detail.custody.map((e) => (
          <li key={e.seq} value={e.seq}>
            {formatTime(e.at)} · {e.type} · {e.actorName} ·{' '}
            <code className="hash">{e.hash.slice(0, 16)}…</code>
          </li>
        ))}
      </ol>
    </section>
  );
}
