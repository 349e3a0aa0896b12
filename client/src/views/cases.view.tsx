import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { request, type Me } from '../api';
import { ErrorAlert } from '../components/error-alert.component';
import { FieldError, useFieldErrors } from '../components/field-error.component';
import { graphql } from '../gql';
import type { CaseStatus, Purpose } from '../gql/graphql';
import { CASE_STATUS_LABELS, optionsOf, PURPOSE_LABELS } from '../labels';
import { paths } from '../paths';

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
export function CasesView({ me }: { me: Me }) {
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<CaseStatus | ''>('');
  const list = useQuery({
    queryKey: ['cases', search, status],
    queryFn: () => request(LIST, { search: search || null, status: status || null }),
    // While a new filter is asked, the last answer stays on screen instead of an empty table.
    placeholderData: keepPreviousData,
  });
  const rows = list.data?.cases.nodes ?? [];

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
      <ErrorAlert message={list.error?.message ?? null} />
      <table aria-busy={list.isFetching}>
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
                <Link to={paths.case(c.id)}>{c.number}</Link>
              </td>
              <td>{c.title}</td>
              <td>{PURPOSE_LABELS[c.purpose] ?? c.purpose}</td>
              <td>{CASE_STATUS_LABELS[c.status]}</td>
              <td>{c.counts.accounts}</td>
              <td>{c.counts.posts}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {list.isPending && <p aria-busy="true">Loading cases…</p>}
      {list.isSuccess && rows.length === 0 && (
        <p>{search || status ? 'No case matches these filters.' : 'No cases to show yet.'}</p>
      )}
      {(me.role === 'DETECTIVE' || me.role === 'SUPERVISOR') && <NewCaseForm />}
    </section>
  );
}

function NewCaseForm() {
  const navigate = useNavigate();
  const [number, setNumber] = useState('');
  const [title, setTitle] = useState('');
  const [purpose, setPurpose] = useState<Purpose>(PURPOSES[0]![0]);
  const { errors, fail, clear, reset, describe } = useFieldErrors();

  async function submit(event: FormEvent) {
    event.preventDefault();
    reset();
    try {
      const data = await request(CREATE, { input: { number, title, purpose } });
      navigate(paths.case(data.createCase.id));
    } catch (e) {
      fail(e);
    }
  }

  return (
    <form className="card" onSubmit={(e) => void submit(e)} aria-labelledby="new-case-title">
      <h2 id="new-case-title">Open a case</h2>
      <label>
        Case number
        <input
          name="number"
          value={number}
          onChange={(e) => {
            setNumber(e.target.value);
            clear('number');
          }}
          required
          {...describe('number', 'new-case-number')}
        />
        <FieldError id="new-case-number" message={errors.number} />
      </label>
      <label>
        Title
        <input
          name="title"
          value={title}
          onChange={(e) => {
            setTitle(e.target.value);
            clear('title');
          }}
          required
          {...describe('title', 'new-case-title-input')}
        />
        <FieldError id="new-case-title-input" message={errors.title} />
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
      <ErrorAlert message={errors[''] ?? null} />
      <button type="submit">Open case</button>
    </form>
  );
}
