import { useEffect, useState } from 'react';
import { gql, type Me } from './api';
import { CaseView } from './views/case.view';
import { CasesView } from './views/cases.view';
import { LoginView } from './views/login.view';

type Screen = { name: 'cases' } | { name: 'case'; id: string };

/** The workspace shell: sign-in, then the views the user's role may use. */
export function App() {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [screen, setScreen] = useState<Screen>({ name: 'cases' });

  useEffect(() => {
    gql<{ me: Me | null }>('{ me { id username displayName role unit } }')
      .then((d) => setMe(d.me))
      .catch(() => setMe(null));
  }, []);

  async function signOut() {
    await gql('mutation { logout }');
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
          {me.role !== 'ADMIN' && (
            <button className="link" onClick={() => setScreen({ name: 'cases' })}>
              Cases
            </button>
          )}
        </nav>
        <span>
          {me.displayName} · {me.role.toLowerCase()}
        </span>
        <button onClick={signOut}>Sign out</button>
      </header>
      <main>
        {me.role === 'ADMIN' ? (
          <p>Administrators manage users through the API; case content is not shown to them.</p>
        ) : screen.name === 'cases' ? (
          <CasesView me={me} onOpen={(id) => setScreen({ name: 'case', id })} />
        ) : (
          <CaseView me={me} caseId={screen.id} />
        )}
      </main>
    </>
  );
}
