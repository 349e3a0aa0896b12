import { useEffect, useState, type FormEvent } from 'react';
import { request, type Me } from '../api';
import { ErrorAlert } from '../components/error-alert.component';
import { graphql } from '../gql';
import type { CaseListQuery, CaseStatus, Purpose } from '../gql/graphql';
import { CASE_STATUS_LABELS, optionsOf, PURPOSE_LABELS } from '../labels';

const LIST = graphql(`
  query CaseList($search: String, $status: CaseStatus) {
    cases(first: 50, search: $search, status: $status) {
      nodes {
        id
        number
        title
        purpose
        status
        counts {
          persons
          accounts
          posts
          captures
        }
      }
    }
  }
`);
const CREATE = graphql(`
  mutation CreateCase($input: NewCaseInput!) {
    createCase(input: $input) {
      id
    }
  }
`);

const PURPOSES = optionsOf(PURPOSE_LABELS);

/** The cases the user may see, with search and status, and (for detectives) a new-case form. */
export function CasesView({ me, onOpen }: { me: Me; onOpen: (id: string) => void }) {
  const [rows, setRows] = useState<CaseListQuery['cases']['nodes']>([]);
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<CaseStatus | ''>('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    request(LIST, { search: search || null, status: status || null })
      .then((d) => setRows(d.cases.nodes))
      .catch((e: Error) => setError(e.message));
  }, [search, status]);

  return (
    <section aria-labelledby="cases-title">
      <h1 id="cases-title">Cases</h1>
      <div className="toolbar">
        <label>
          Search
          <input value={search} onChange={(e) => setSearch(e.target.value)} placeholder="number or title" />
        </label>
        <label>
          Status
          <select value={status} onChange={(e) => setStatus(e.target.value as CaseStatus | '')}>
            <option value="">All</option>
            {optionsOf(CASE_STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ErrorAlert message={error} />
      <table>
        <thead>
          <tr>
            <th scope="col">Number</th>
            <th scope="col">Title</th>
            <th scope="col">Purpose</th>
            <th scope="col">Status</th>
            <th scope="col">Accounts</th>
            <th scope="col">Posts</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id}>
              <td>
                <button className="link" onClick={() => onOpen(c.id)}>
                  {c.number}
                </button>
              </td>
              <td>{c.title}</td>
              <td>{PURPOSE_LABELS[c.purpose] ?? c.purpose}</td>
              <td>{c.status}</td>
              <td>{c.counts.accounts}</td>
              <td>{c.counts.posts}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && !error && <p>No cases to show.</p>}
      {(me.role === 'DETECTIVE' || me.role === 'SUPERVISOR') && <NewCaseForm onCreated={onOpen} />}
    </section>
  );
}

function NewCaseForm({ onCreated }: { onCreated: (id: string) => void }) {
  const [number, setNumber] = useState('');
  const [title, setTitle] = useState('');
  const [purpose, setPurpose] = useState<Purpose>(PURPOSES[0]![0]);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const data = await request(CREATE, { input: { number, title, purpose } });
      onCreated(data.createCase.id);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <form className="card" onSubmit={submit} aria-labelledby="new-case-title">
      <h2 id="new-case-title">Open a case</h2>
      <label>
        Case number
        <input name="number" value={number} onChange={(e) => setNumber(e.target.value)} required />
      </label>
      <label>
        Title
        <input name="title" value={title} onChange={(e) => setTitle(e.target.value)} required />
      </label>
      <label>
        Purpose <span className="clause">SO1301 III.A.2.a</span>
        <select name="purpose" value={purpose} onChange={(e) => setPurpose(e.target.value as Purpose)}>
          {PURPOSES.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <ErrorAlert message={error} />
      <button type="submit">Open case</button>
    </form>
  );
}
