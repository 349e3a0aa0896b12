import { useParams } from 'react-router';
import { useMarkLinked } from '../components/mark-linked';
import { AuthorizationsView } from './authorizations.view';

/**
 * /authorizations and /authorizations/<id>: the supervisor's list, with the named request brought
 * into view and marked once the list shows it, so a link to one request lands on it.
 */
export function AuthorizationRoute() {
  const { authorizationId } = useParams();
  useMarkLinked(
    authorizationId ? `article[aria-label="Authorization request ${CSS.escape(authorizationId)}"]` : null,
  );
  return <AuthorizationsView />;
}
