import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { formatTime, request, type Me } from '../api';
import { ErrorAlert } from '../components/error-alert.component';
import { graphql } from '../gql';
import type { AuditCasesQuery, AuditEventsQuery } from '../gql/graphql';

const AUDIT = graphql(`
  query AuditEvents($c: ID, $a: ID, $after: String) {
    auditEvents(caseId: $c, actorId: $a, after: $after, first: 100) {
      nodes {
        id
        at
        actorId
        actorName
        action
        outcome
        caseId
        subjectType
        subjectId
        detail
        ip
      }
      endCursor
    }
  }
`);
const PEOPLE_OF_CASE = graphql(`
  query AuditPeopleOfCase($c: ID!) {
    case(id: $c) {
      assignees {
        id
        username
        displayName
        role
      }
    }
  }
`);
const ALL_USERS = graphql(`
  query AuditAllUsers {
    users(first: 200) {
      id
      username
      displayName
      role
    }
  }
`);

/**
 * The people the actor filter offers, by name: those assigned to the chosen case, or, for an
 * administrator reading every case, every user.
 */
function usePeople(me: Me, caseId: string) {
  return useQuery({
    queryKey: ['audit-people', caseId],
    queryFn: async () =>
      caseId
        ? (await request(PEOPLE_OF_CASE, { c: caseId })).case.assignees
        : me.role === 'ADMIN'
          ? (await request(ALL_USERS)).users
          : [],
  });
}

const CASES = graphql(`
  query AuditCases {
    cases(first: 100) {
      nodes {
        id
        number
        title
      }
    }
  }
`);

/**
 * Who did what, when, on which case and from where: the audit trail, newest first. Supervisors
 * name one of their cases; administrators may read everything.
 */
export function AuditView({ me }: { me: Me }) {
  const [caseId, setCaseId] = useState('');
  const [actorId, setActorId] = useState('');
  const [events, setEvents] = useState<AuditEventsQuery['auditEvents']['nodes'] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function load(after: string | null) {
    setError(null);
    try {
      const page = (await request(AUDIT, { c: caseId || null, a: actorId || null, after })).auditEvents;
      setEvents((current) => (after ? [...(current ?? []), ...page.nodes] : page.nodes));
      setCursor(page.endCursor);
    } catch (e) {
      setError((e as Error).message);
    }
  }
  const people = usePeople(me, caseId);
  const [cases, setCases] = useState<AuditCasesQuery['cases']['nodes']>([]);
  useEffect(() => {
    request(CASES)
      .then((d) => setCases(d.cases.nodes))
      .catch(() => setCases([]));
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void load(null);
  };

  return (
    <section aria-labelledby="audit-title">
      <h1 id="audit-title">Audit trail</h1>
      <form className="filters" aria-label="Audit filters" onSubmit={submit}>
        <label>
          Case{me.role === 'SUPERVISOR' ? ' (required)' : ''}
          <select
            name="auditCase"
            value={caseId}
            required={me.role === 'SUPERVISOR'}
            onChange={(e) => {
              setCaseId(e.target.value);
              setActorId('');
            }}
          >
            <option value="">{me.role === 'SUPERVISOR' ? 'Choose one of your cases' : 'Every case'}</option>
            {cases.map((c) => (
              <option key={c.id} value={c.id}>
                {c.number} — {c.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          Person
          <select name="auditActor" value={actorId} onChange={(e) => setActorId(e.target.value)}>
            <option value="">
              {caseId || me.role === 'ADMIN' ? 'Anyone' : 'Anyone (choose a case to pick a person)'}
            </option>
            {(people.data ?? []).map((u) => (
              <option key={u.id} value={u.id}>
                {u.displayName} — {u.username} ({u.role.toLowerCase()})
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Show</button>
      </form>
      <ErrorAlert message={error} />
      {events && (
        <table aria-label="Audit events">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">Action</th>
              <th scope="col">Outcome</th>
              <th scope="col">Subject</th>
              <th scope="col">From</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id}>
                <td>{formatTime(e.at)}</td>
                <td>{e.actorName ?? (e.actorId ? <code>{e.actorId}</code> : '—')}</td>
                <td>{e.action}</td>
                <td>{e.outcome}</td>
                <td>
                  {e.subjectType} <code>{e.subjectId ?? ''}</code> {e.detail}
                </td>
                <td>{e.ip ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {events?.length === 0 && <p>No audit events for these filters.</p>}
      {cursor && (
        <button type="button" onClick={() => void load(cursor)}>
          Older events
        </button>
      )}
    </section>
  );
}
