import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatTime, request } from '../api';
import { ErrorAlert } from '../components/error-alert.component';
import { graphql } from '../gql';
import { paths } from '../paths';

const NOTIFICATIONS = graphql(`
  query Notifications {
    notifications(limit: 50) {
      id
      at
      kind
      message
      authorizationId
      caseId
      caseNumber
      decidedBy
    }
  }
`);

/** How each kind of decision reads as a heading. */
const KIND_LABELS: Readonly<Record<string, string>> = {
  APPROVED: 'Approved',
  REJECTED: 'Rejected',
  REVOKED: 'Revoked',
  SUPERSEDED: 'Replaced',
};

/**
 * What supervisors decided on the signed-in user's authorization requests, newest first, each
 * linked to its case; read again every half minute so an approval shows without a reload.
 */
export function NotificationsList() {
  const query = useQuery({
    queryKey: ['notifications'],
    queryFn: async () => (await request(NOTIFICATIONS)).notifications,
    refetchInterval: 30_000,
  });
  if (query.error) return <ErrorAlert message={query.error.message} />;
  if (!query.data) return <p aria-busy="true">Loading notifications…</p>;
  return (
    <section aria-labelledby="notifications-title">
      <h1 id="notifications-title">Notifications</h1>
      {query.data.length === 0 && <p>No decisions on your requests yet.</p>}
      <ul className="notifications">
        {query.data.map((n) => (
          <li key={n.id} className={`card notice ${n.kind.toLowerCase()}`}>
            <strong>{KIND_LABELS[n.kind] ?? n.kind}</strong> · case{' '}
            <Link to={paths.case(n.caseId)}>{n.caseNumber}</Link> · {formatTime(n.at)}
            <p>{n.message}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
