import { useEffect, useState } from 'react';
import { request, type Me } from './api';
import { graphql } from './gql';
import { AuditView } from './views/audit.view';
import { AuthorizationsView } from './views/authorizations.view';
import { CaseView } from './views/case.view';
import { CasesView } from './views/cases.view';
import { LoginView } from './views/login.view';
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

type Screen =
  | { name: 'cases' }
  | { name: 'case'; id: string }
  | { name: 'authorizations' }
  | { name: 'audit' }
  | { name: 'verify' };

/** The screens each role's menu offers; the server enforces the same limits on every request. */
function menuOf(role: Me['role']): [Screen['name'], string][] {
  if (role === 'ADMIN') return [['audit', 'Audit']];
  const menu: [Screen['name'], string][] = [['cases', 'Cases']];
  if (role === 'SUPERVISOR') menu.push(['authorizations', 'Authorizations'], ['audit', 'Audit']);
  menu.push(['verify', 'Verify a packet']);
  return menu;
}

function ScreenView({ me, screen, open }: { me: Me; screen: Screen; open: (id: string) => void }) {
  switch (screen.name) {
    case 'case':
      return <CaseView me={me} caseId={screen.id} />;
    case 'authorizations':
      return <AuthorizationsView />;
    case 'audit':
      return <AuditView me={me} />;
    case 'verify':
      return <VerifyPacket />;
    default:
      return me.role === 'ADMIN' ? (
        <p>Administrators manage users through the API; case content is not shown to them.</p>
      ) : (
        <CasesView me={me} onOpen={open} />
      );
  }
}

/** The workspace shell: sign-in, then the views the user's role may use. */
export function App() {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [screen, setScreen] = useState<Screen>({ name: 'cases' });

  useEffect(() => {
    request(SESSION)
      .then((d) => setMe(d.me))
      .catch(() => setMe(null));
  }, []);

  async function signOut() {
    await request(LOGOUT);
    setMe(null);
    setScreen({ name: 'cases' });
  }

  if (me === undefined) return <p aria-busy="true">Loading…</p>;
  if (me === null) return <LoginView onSignedIn={setMe} />;
  return (
    <>
      <header className="shell">
        <strong>casegraph</strong>
        <nav aria-label="Main">
          {menuOf(me.role).map(([name, label]) => (
            <button
              key={name}
              className="link"
              aria-current={screen.name === name ? 'page' : undefined}
              onClick={() => setScreen({ name } as Screen)}
            >
              {label}
            </button>
          ))}
        </nav>
        <span>
          {me.displayName} · {me.role.toLowerCase()}
        </span>
        <button onClick={signOut}>Sign out</button>
      </header>
      <main>
        <ScreenView me={me} screen={screen} open={(id) => setScreen({ name: 'case', id })} />
      </main>
    </>
  );
}
