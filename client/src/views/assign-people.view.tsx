import { useState, type FormEvent } from 'react';
import { request } from '../api';
import { ErrorAlert } from '../components/error-alert.component';
import { graphql } from '../gql';
import type { ColleaguesQuery } from '../gql/graphql';

type Colleague = ColleaguesQuery['colleagues'][number];

const FIND = graphql(`
  query Colleagues($s: String!) {
    colleagues(search: $s) {
      id
      username
      displayName
      role
    }
  }
`);
const ASSIGN = graphql(`
  mutation AssignUser($c: ID!, $u: ID!) {
    assignUser(caseId: $c, userId: $u) {
      id
    }
  }
`);

/** Finds a colleague by name and assigns them to the case, so they see it and may work on it. */
export function AssignPeople({ caseId, onAssigned }: { caseId: string; onAssigned: () => void }) {
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<readonly Colleague[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function find(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      setFound((await request(FIND, { s: search })).colleagues);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  async function assign(user: Colleague) {
    setError(null);
    try {
      await request(ASSIGN, { c: caseId, u: user.id });
      setFound(null);
      setSearch('');
      onAssigned();
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <details className="assign">
      <summary>Assign people</summary>
      <form role="search" aria-label="Find a colleague" onSubmit={(e) => void find(e)}>
        <label>
          Name or user name
          <input
            name="colleague"
            minLength={2}
            required
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </label>
        <button type="submit">Find</button>
      </form>
      {found?.length === 0 && <p>Nobody matches.</p>}
      <ul>
        {found?.map((u) => (
          <li key={u.id}>
            {u.displayName} ({u.username}, {u.role.toLowerCase()}){' '}
            <button type="button" onClick={() => void assign(u)} aria-label={`Assign ${u.username}`}>
              Assign
            </button>
          </li>
        ))}
      </ul>
      <ErrorAlert message={error} />
    </details>
  );
}
