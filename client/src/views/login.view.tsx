import { useState, type FormEvent } from 'react';
import { request, type Me } from '../api';
import { graphql } from '../gql';
import { ErrorAlert } from '../components/error-alert.component';

const LOGIN = graphql(`
  mutation Login($u: String!, $p: String!) {
    login(username: $u, password: $p) {
      ...SignedInUser
    }
  }
`);

/** The sign-in form; a lockout or a wrong password is shown as the server words it. */
export function LoginView({ onSignedIn }: { onSignedIn: (me: Me) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const data = await request(LOGIN, { u: username, p: password });
      onSignedIn(data.login);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card narrow" onSubmit={submit} aria-labelledby="login-title">
      <h1 id="login-title">Sign in to casegraph</h1>
      <label>
        User name
        <input
          name="username"
          autoComplete="username"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          required
        />
      </label>
      <label>
        Password
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
      </label>
      <ErrorAlert message={error} />
      <button type="submit" disabled={busy}>
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
