import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { formatTime, request } from '../api';
import { ErrorAlert } from '../components/error-alert.component';
import { FieldError, useFieldErrors } from '../components/field-error.component';
import { graphql } from '../gql';
import type { CasePersonsQuery, PersonRole } from '../gql/graphql';
import { AddAccountForm, AddPersonForm, RoleSelect, PERSON_ROLE_LABELS, TieForm } from './person-forms.view';

type Person = CasePersonsQuery['case']['persons'][number];

const PERSONS = graphql(`
  query CasePersons($c: ID!) {
    case(id: $c) {
      id
      persons {
        id
        name
        role
        notes
        ties {
          account
          platform
          handle
          displayName
          confidence
          basis
          tiedBy
          tiedAt
        }
      }
      accounts(first: 500) {
        ref
        platform
        handle
        displayName
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation UpdatePerson($c: ID!, $p: ID!, $input: PersonChangesInput!) {
    updatePerson(caseId: $c, personId: $p, input: $input)
  }
`);
const REMOVE = graphql(`
  mutation RemovePerson($c: ID!, $p: ID!, $reason: String!) {
    removePerson(caseId: $c, personId: $p, reason: $reason)
  }
`);
const UNTIE = graphql(`
  mutation UntieAccount($c: ID!, $p: ID!, $a: String!, $reason: String!) {
    untieAccountFromPerson(caseId: $c, personId: $p, account: $a, reason: $reason)
  }
`);

/** An account as a person reads it: platform and handle, or its display name. */
const accountLabel = (a: { platform: string; handle?: string | null; displayName?: string | null }) =>
  `${a.platform}: ${a.handle ? `@${a.handle.replace(/^@/, '')}` : (a.displayName ?? 'unnamed account')}`;

/** A small form asking why, for a removal or an untie. */
function WhyForm(props: { label: string; action: string; run: (reason: string) => Promise<void> }) {
  const [reason, setReason] = useState('');
  const errors = useFieldErrors();
  const id = `why-${props.label.replace(/\W+/g, '-')}`;
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await props.run(reason);
    } catch (e) {
      errors.fail(e);
    }
  }
  return (
    <form className="inline-form" aria-label={props.label} onSubmit={(e) => void submit(e)}>
      <label>
        Why
        <input
          id={id}
          name="reason"
          value={reason}
          onChange={(e) => {
            errors.clear('reason');
            setReason(e.target.value);
          }}
          {...errors.describe('reason', id)}
        />
      </label>
      <button type="submit" className="danger">
        {props.action}
      </button>
      <FieldError id={id} message={errors.errors.reason ?? errors.errors['']} />
    </form>
  );
}

/** Changes a person's name, role and notes in place. */
function EditPerson({ caseId, person, onDone }: { caseId: string; person: Person; onDone: () => void }) {
  const [name, setName] = useState(person.name);
  const [role, setRole] = useState<PersonRole>(person.role);
  const [notes, setNotes] = useState(person.notes ?? '');
  const errors = useFieldErrors();
  const id = `edit-${person.id}`;
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await request(UPDATE, { c: caseId, p: person.id, input: { name, role, notes: notes || null } });
      onDone();
    } catch (e) {
      errors.fail(e);
    }
  }
  return (
    <form className="grid2" aria-label={`Edit ${person.name}`} onSubmit={(e) => void submit(e)}>
      <label>
        Name
        <input
          id={`${id}-name`}
          name="name"
          value={name}
          onChange={(e) => {
            errors.clear('name');
            setName(e.target.value);
          }}
          {...errors.describe('name', `${id}-name`)}
        />
        <FieldError id={`${id}-name`} message={errors.errors.name} />
      </label>
      <RoleSelect role={role} onChange={setRole} />
      <label>
        Notes
        <input name="notes" value={notes} onChange={(e) => setNotes(e.target.value)} />
      </label>
      <button type="submit">Save</button>
      <FieldError id={`${id}-form`} message={errors.errors['']} />
    </form>
  );
}

/** One person: role, notes, the accounts tied to them with basis and confidence. */
function PersonCard({
  caseId,
  person,
  onChanged,
}: {
  caseId: string;
  person: Person;
  onChanged: () => void;
}) {
  const [mode, setMode] = useState<'view' | 'edit' | 'remove'>('view');
  const [untying, setUntying] = useState<string | null>(null);
  const done = () => {
    setMode('view');
    setUntying(null);
    onChanged();
  };
  return (
    <article className="card" aria-label={person.name}>
      <h3>
        {person.name} <span className="muted">({PERSON_ROLE_LABELS[person.role].toLowerCase()})</span>
      </h3>
      {person.notes && <p>{person.notes}</p>}
      <ul aria-label={`Accounts of ${person.name}`}>
        {person.ties.map((t) => (
          <li key={t.account}>
            <strong>{accountLabel(t)}</strong> · confidence {t.confidence} · {t.basis}
            <span className="muted">
              {' '}
              — tied by {t.tiedBy ?? 'unknown'} {t.tiedAt ? formatTime(t.tiedAt) : ''}
            </span>{' '}
            <button type="button" className="link" onClick={() => setUntying(t.account)}>
              Untie
            </button>
            {untying === t.account && (
              <WhyForm
                label={`Untie ${accountLabel(t)} from ${person.name}`}
                action="Untie"
                run={async (reason) => {
                  await request(UNTIE, { c: caseId, p: person.id, a: t.account, reason });
                  done();
                }}
              />
            )}
          </li>
        ))}
      </ul>
      {person.ties.length === 0 && <p className="muted">No accounts tied yet.</p>}
      <div className="toolbar">
        <button type="button" onClick={() => setMode(mode === 'edit' ? 'view' : 'edit')}>
          Edit
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => setMode(mode === 'remove' ? 'view' : 'remove')}
        >
          Remove
        </button>
      </div>
      {mode === 'edit' && <EditPerson caseId={caseId} person={person} onDone={done} />}
      {mode === 'remove' && (
        <WhyForm
          label={`Remove ${person.name}`}
          action="Remove person"
          run={async (reason) => {
            await request(REMOVE, { c: caseId, p: person.id, reason });
            done();
          }}
        />
      )}
    </article>
  );
}

/**
 * The case's persons and accounts: add, change and remove persons, add accounts by handle or URL,
 * tie and untie them with basis and confidence. Every change reads the case again, so the graph
 * shows it too.
 */
export function PersonsPanel({ caseId }: { caseId: string }) {
  const queries = useQueryClient();
  const key = ['case-persons', caseId];
  const query = useQuery({
    queryKey: key,
    queryFn: async () => (await request(PERSONS, { c: caseId })).case,
  });
  const changed = () => {
    void queries.invalidateQueries({ queryKey: key });
    // The case view's own query (its graph and lists) holds the same persons and accounts.
    void queries.invalidateQueries({ queryKey: ['case', caseId] });
  };
  if (query.error) return <ErrorAlert message={query.error.message} />;
  if (!query.data) return <p aria-busy="true">Loading persons…</p>;
  const { persons, accounts } = query.data;
  return (
    <section aria-labelledby="persons-title">
      <h2 id="persons-title">Persons and accounts</h2>
      {persons.length === 0 && <p>No persons yet: add the person this case is about.</p>}
      {persons.map((p) => (
        <PersonCard key={p.id} caseId={caseId} person={p} onChanged={changed} />
      ))}
      <div className="grid2">
        <AddPersonForm caseId={caseId} onDone={changed} />
        <AddAccountForm caseId={caseId} onDone={changed} />
      </div>
      <TieForm
        caseId={caseId}
        persons={persons}
        accounts={accounts.map((a) => ({ ref: a.ref, label: accountLabel(a) }))}
        onDone={changed}
      />
    </section>
  );
}
