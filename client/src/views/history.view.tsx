import { useEffect, useState } from 'react';
import { formatTime, request } from '../api';
import { ErrorAlert } from '../components/error-alert.component';
import { graphql } from '../gql';
import type { CaseChangesQuery, ChangeKind, NodeHistoryQuery } from '../gql/graphql';

const HISTORY = graphql(`
  query NodeHistory($c: ID!, $ref: String!) {
    nodeHistory(caseId: $c, ref: $ref) {
      ref
      versions {
        hash
        fromEditHistory
        versionAt
        firstSeenAt
        reading {
          text
          handle
          displayName
          bio
        }
        captures {
          id
          startedAt
          targetValue
        }
        diff {
          text
          added
          removed
        }
      }
    }
  }
`);

const CHANGES = graphql(`
  query CaseChanges($c: ID!, $kinds: [ChangeKind!], $account: String, $after: String) {
    changes(caseId: $c, kinds: $kinds, account: $account, first: 50, after: $after) {
      nodes {
        id
        kind
        at
        summary
        subject
        diff {
          text
          added
          removed
        }
      }
      endCursor
    }
  }
`);

type Part = { text: string; added: boolean; removed: boolean };

/** Words removed struck through, words added marked, the rest as they were. */
function WordDiff({ parts }: { parts: readonly Part[] }) {
  if (parts.length === 0) return null;
  return (
    <p className="word-diff">
      {parts.map((p, i) =>
        p.added ? (
          <ins key={i}>{p.text}</ins>
        ) : p.removed ? (
          <del key={i}>{p.text}</del>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </p>
  );
}

/** Every version of an account or post this case's captures read, with the captures and the diffs. */
export function NodeHistoryView({ caseId, nodeRef }: { caseId: string; nodeRef: string }) {
  const [history, setHistory] = useState<NodeHistoryQuery['nodeHistory'] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setHistory(null);
    request(HISTORY, { c: caseId, ref: nodeRef })
      .then((d) => setHistory(d.nodeHistory))
      .catch((e: Error) => setError(e.message));
  }, [caseId, nodeRef]);
  if (error) return <ErrorAlert message={error} />;
  if (!history) return <p aria-busy="true">Loading history…</p>;
  return (
    <ol className="history">
      {history.versions.map((v) => (
        <li key={v.hash}>
          <p>
            <strong>
              {v.fromEditHistory
                ? `From the edit history, ${formatTime(v.versionAt)}`
                : formatTime(v.firstSeenAt)}
            </strong>
            {' · read by '}
            {v.captures.map((k) => `${k.targetValue ?? 'capture'} ${formatTime(k.startedAt)}`).join(', ')}
          </p>
          <p>
            {v.reading.text ??
              [v.reading.handle, v.reading.displayName, v.reading.bio].filter(Boolean).join(' · ')}
          </p>
          <WordDiff parts={v.diff} />
        </li>
      ))}
    </ol>
  );
}

const KINDS: readonly ChangeKind[] = ['NEW_POST', 'EDITED_POST', 'DELETED_POST', 'PROFILE_CHANGED'];

/** The case's changes, newest first, filtered by kind and account, a page at a time. */
export function ChangesFeed({ caseId, account }: { caseId: string; account?: string }) {
  const [kind, setKind] = useState<ChangeKind | ''>('');
  const [changes, setRows] = useState<CaseChangesQuery['changes']['nodes'][number][]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = (after: string | null) =>
    request(CHANGES, { c: caseId, kinds: kind ? [kind] : null, account: account ?? null, after })
      .then((d) => {
        setRows((old) => (after ? [...old, ...d.changes.nodes] : [...d.changes.nodes]));
        setCursor(d.changes.endCursor ?? null);
      })
      .catch((e: Error) => setError(e.message));
  useEffect(() => {
    void load(null);
  }, [caseId, account, kind]);
  if (error) return <ErrorAlert message={error} />;
  return (
    <section className="changes">
      <label>
        Kind{' '}
        <select value={kind} onChange={(e) => setKind(e.target.value as ChangeKind | '')}>
          <option value="">all changes</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {k.replace('_', ' ').toLowerCase()}
            </option>
          ))}
        </select>
      </label>
      {changes.length === 0 && <p>No changes recorded.</p>}
      <ul>
        {changes.map((c) => (
          <li key={c.id}>
            <p>
              {formatTime(c.at)} · {c.summary}
            </p>
            <WordDiff parts={c.diff} />
          </li>
        ))}
      </ul>
      {cursor && (
        <button type="button" onClick={() => void load(cursor)}>
          Older changes
        </button>
      )}
    </section>
  );
}
