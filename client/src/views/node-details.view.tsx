import { useEffect, useState } from 'react';
import { formatTime, request } from '../api';
import { ErrorAlert } from '../components/error-alert.component';
import { graphql } from '../gql';
import type { NodeDetailsQuery } from '../gql/graphql';
import { ChangesFeed, NodeHistoryView } from './history.view';

const NODE = graphql(`
  query NodeDetails($c: ID!, $ref: String!) {
    node(caseId: $c, ref: $ref) {
      ref
      propertiesJson
      sourceSha256s
      captures {
        id
        startedAt
        platform
        targetValue
      }
    }
  }
`);

/** Facts worth a first look, in this order; the rest stays in the stored record. */
const SHOWN = [
  'handle',
  'displayName',
  'name',
  'role',
  'text',
  'title',
  'url',
  'href',
  'tag',
  'postedAt',
  'createdAt',
];

/** The selected node's facts, the captures that saw it and the preserved payloads behind it. */
export function NodeDetails({
  caseId,
  nodeRef,
  onOpenCapture,
}: {
  caseId: string;
  nodeRef: string;
  onOpenCapture: (captureId: string) => void;
}) {
  const [detail, setDetail] = useState<NodeDetailsQuery['node'] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setDetail(null);
    setError(null);
    request(NODE, { c: caseId, ref: nodeRef })
      .then((d) => setDetail(d.node))
      .catch((e: Error) => setError(e.message));
  }, [caseId, nodeRef]);

  if (error) return <ErrorAlert message={error} />;
  if (!detail) return <p aria-busy="true">Loading details…</p>;
  const properties = JSON.parse(detail.propertiesJson) as Record<string, unknown>;
  const facts = SHOWN.filter((key) => properties[key] !== undefined && properties[key] !== null);
  return (
    <div className="node-details">
      <dl className="record">
        {facts.map((key) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>{/At$/.test(key) ? formatTime(String(properties[key])) : String(properties[key])}</dd>
          </div>
        ))}
      </dl>
      <h3>Captured by</h3>
      {detail.captures.length === 0 && <p>No capture of this case saw this node (it was added by hand).</p>}
      <ul>
        {detail.captures.map((c) => (
          <li key={c.id}>
            <button type="button" className="link" onClick={() => onOpenCapture(c.id)}>
              {formatTime(c.startedAt)} · {c.platform} {c.targetValue}
            </button>
          </li>
        ))}
      </ul>
      {/^(account|post):/.test(nodeRef) && (
        <>
          <h3>History in this case</h3>
          <NodeHistoryView caseId={caseId} nodeRef={nodeRef} />
          {nodeRef.startsWith('account:') && (
            <>
              <h3>Changes of this account</h3>
              <ChangesFeed caseId={caseId} account={nodeRef} />
            </>
          )}
        </>
      )}
      {detail.sourceSha256s.length > 0 && (
        <>
          <h3>Read from payloads (SHA-256)</h3>
          <ul>
            {detail.sourceSha256s.map((sha) => (
              <li key={sha}>
                <code className="hash">{sha}</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
