import { useQuery, useQueryClient } from '@tanstack/react-query';
import { NavLink, Navigate, Route, Routes, useNavigate } from 'react-router';
import { request, type Me } from './api';
import { graphql } from './gql';
import { paths } from './paths';
import { AuditView } from './views/audit.view';
import { AuthorizationRoute } from './views/authorization-route.view';
import { CaseView } from './views/case.view';
import { CasesView } from './views/cases.view';
import { LoginView } from './views/login.view';
import { NotificationsList } from './views/notifications.view';
import { LifecycleReviewView } from './views/lifecycle-review.view';
import { VerifyPacket } from './views/verify-packet.view';

const SESSION = graphql(`
  query Session {
    me {
      ...SignedInUser
    }
  }
`);
const LOGOUT = graphql(`
  mutation Logout {
    logout
  }
`);

/** The screens each role's menu offers; the server enforces the same limits on every request. */
function menuOf(role: Me['role']): [string, string][] {
  if (role === 'ADMIN') return [[paths.audit(), 'Audit']];
  const menu: [string, string][] = [[paths.cases(), 'Cases']];
  // Requesters read what supervisors decided on their authorization requests.
  if (role === 'DETECTIVE' || role === 'SUPERVISOR') menu.push([paths.notifications(), 'Notifications']);
  if (role === 'SUPERVISOR') menu.push([paths.authorizations(), 'Authorizations'], [paths.audit(), 'Audit']);
  if (role === 'SUPERVISOR') menu.push(['/review', 'Records review']);
  menu.push([paths.verify(), 'Verify a packet']);
  return menu;
}

/** Every address of the workspace; an address the workspace does not know says so. */
function Screens({ me }: { me: Me }) {
  const home =
    me.role === 'ADMIN' ? (
      <p>Administrators manage users through the API; case content is not shown to them.</p>
    ) : (
      <CasesView me={me} />
    );
  return (
    <Routes>
      <Route index element={me.role === 'ADMIN' ? <Navigate to={paths.audit()} replace /> : home} />
      <Route path="cases" element={home} />
      <Route path="cases/:caseId/*" element={<CaseView me={me} />} />
      <Route path="authorizations/:authorizationId?" element={<AuthorizationRoute />} />
      <Route path="audit" element={<AuditView me={me} />} />
      <Route path="verify" element={<VerifyPacket />} />
      <Route path="notifications" element={<NotificationsList />} />
      <Route path="review" element={<LifecycleReviewView />} />
      <Route path="*" element={<p role="alert">casegraph has no screen at this address.</p>} />
    </Routes>
  );
}

/** The workspace shell: sign-in, then the screens the user's role may use, each at its own address. */
export function App() {
  const queries = useQueryClient();
  const navigate = useNavigate();
  const session = useQuery({ queryKey: ['session'], queryFn: async () => (await request(SESSION)).me });

  async function signOut() {
    await request(LOGOUT);
    queries.clear();
    queries.setQueryData(['session'], null);
    navigate(paths.cases());
  }

  if (session.isPending) return <p aria-busy="true">Loading…</p>;
  const me = session.data ?? null;
  if (me === null) return <LoginView onSignedIn={(user) => queries.setQueryData(['session'], user)} />;
  return (
    <>
      <header className="shell">
        <strong>casegraph</strong>
        <nav aria-label="Main">
          {menuOf(me.role).map(([to, label]) => (
            <NavLink key={to} to={to} className="link">
              {label}
            </NavLink>
          ))}
        </nav>
        <span>
          {me.displayName} · {me.role.toLowerCase()}
        </span>
        <button onClick={() => void signOut()}>Sign out</button>
      </header>
      <main>
        <Screens me={me} />
      </main>
    </>
  );
}
