import { Link, useNavigate } from 'react-router';
import { formatTime } from '../api';
import { paths } from '../paths';
import { CaptureView } from './capture.view';
import type { CaseDetail } from './case.view';

type CaptureRow = CaseDetail['captures'][number];

/**
 * The case's captures as collections: the attempts made for one collection request (a failed try
 * and its retry) are one row, newest first, showing how it ended, with the attempts inside it.
 */
export function collectionsOf(captures: readonly CaptureRow[]): CaptureRow[][] {
  const byRequest = new Map<string, CaptureRow[]>();
  for (const c of captures) {
    const key = c.requestId ?? c.id;
    byRequest.set(key, [...(byRequest.get(key) ?? []), c]);
  }
  const newestFirst = (a: CaptureRow, b: CaptureRow) => ((a.startedAt ?? '') < (b.startedAt ?? '') ? 1 : -1);
  return [...byRequest.values()]
    .map((attempts) => [...attempts].sort(newestFirst))
    .sort((a, b) => newestFirst(a[0]!, b[0]!));
}

/** The attempt a collection's row leads to: its capture if it made one, else its latest attempt. */
const outcomeOf = (attempts: readonly CaptureRow[]) =>
  attempts.find((a) => a.status === 'CAPTURED') ?? attempts[0]!;

function CollectionRow({
  caseId,
  attempts,
  open,
}: {
  caseId: string;
  attempts: CaptureRow[];
  open: string | null;
}) {
  const shown = outcomeOf(attempts);
  const failed = attempts.filter((a) => a.status === 'FAILED');
  return (
    <li className={attempts.some((a) => a.id === open) ? 'selected' : undefined}>
      <Link to={paths.capture(caseId, shown.id)} aria-current={shown.id === open ? 'true' : undefined}>
        {formatTime(shown.startedAt)} · {shown.platform} {shown.targetValue} · {shown.status}
      </Link>
      {shown.status === 'FAILED' && shown.errorWords && <span className="muted"> — {shown.errorWords}</span>}
      {attempts.length > 1 && (
        <details>
          <summary>
            {attempts.length} attempts{failed.length > 0 ? `, ${failed.length} failed` : ''}
          </summary>
          <ol>
            {[...attempts].reverse().map((a) => (
              <li key={a.id}>
                <Link to={paths.capture(caseId, a.id)}>
                  {formatTime(a.startedAt)} · {a.status}
                </Link>
                {a.errorWords && <span className="muted"> — {a.errorWords}</span>}
              </li>
            ))}
          </ol>
        </details>
      )}
    </li>
  );
}

/** The captures tab: the case's collections, and the capture the address names (/captures/<id>) opened. */
export function CaseCaptures({ detail, captureId }: { detail: CaseDetail; captureId: string | null }) {
  const navigate = useNavigate();
  const collections = collectionsOf(detail.captures);
  return (
    <>
      <h2>Captures</h2>
      <ul className="captures">
        {collections.map((attempts) => (
          <CollectionRow key={attempts[0]!.id} caseId={detail.id} attempts={attempts} open={captureId} />
        ))}
      </ul>
      {detail.captures.length === 0 && (
        <p>No captures yet. Collect from a platform with the form below; each collection appears here.</p>
      )}
      {captureId && (
        <CaptureView
          caseId={detail.id}
          captureId={captureId}
          onClose={() => navigate(paths.case(detail.id, 'captures'))}
        />
      )}
    </>
  );
}
