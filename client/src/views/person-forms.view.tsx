import { useState, type FormEvent } from 'react';
import { targetForms } from '../../../collectors/target-syntax';
import { PLATFORMS, type Platform } from '../../../common/collection-types';
import { request } from '../api';
import { FieldError, useFieldErrors } from '../components/field-error.component';
import { graphql } from '../gql';
import type { PersonRole } from '../gql/graphql';

/** How a person figures in a case, as the detective reads it. */
export const PERSON_ROLE_LABELS: Readonly<Record<PersonRole, string>> = {
  MISSING: 'Missing',
  WANTED: 'Wanted',
  SUSPECT: 'Suspect',
  VICTIM: 'Victim',
  WITNESS: 'Witness',
};
export const PERSON_ROLES = Object.keys(PERSON_ROLE_LABELS) as PersonRole[];

const ADD_PERSON = graphql(`
  mutation AddPerson($c: ID!, $input: NewPersonInput!) {
    addPerson(caseId: $c, input: $input)
  }
`);
const ADD_ACCOUNT = graphql(`
  mutation AddAccount($c: ID!, $input: NewAccountInput!) {
    addAccount(caseId: $c, input: $input)
  }
`);
const TIE = graphql(`
  mutation TieAccount($c: ID!, $p: ID!, $a: String!, $confidence: Float!, $basis: String!) {
    tieAccountToPerson(caseId: $c, personId: $p, account: $a, confidence: $confidence, basis: $basis)
  }
`);

/** The person's role, by its label. */
export function RoleSelect({ role, onChange }: { role: PersonRole; onChange: (role: PersonRole) => void }) {
  return (
    <label>
      Role
      <select name="role" value={role} onChange={(e) => onChange(e.target.value as PersonRole)}>
        {PERSON_ROLES.map((r) => (
          <option key={r} value={r}>
            {PERSON_ROLE_LABELS[r]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A labelled input whose error sits under it and goes as soon as it is edited. */
function Field(props: {
  form: string;
  name: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  errors: ReturnType<typeof useFieldErrors>;
  hint?: string;
  type?: string;
}) {
  const id = `${props.form}-${props.name}`;
  return (
    <label>
      {props.label}
      <input
        id={id}
        name={props.name}
        type={props.type ?? 'text'}
        step={props.type === 'number' ? '0.05' : undefined}
        value={props.value}
        onChange={(e) => {
          props.errors.clear(props.name);
          props.onChange(e.target.value);
        }}
        {...props.errors.describe(props.name, id)}
      />
      {props.hint && <small className="muted">{props.hint}</small>}
      <FieldError id={id} message={props.errors.errors[props.name]} />
    </label>
  );
}

/** Adds a person of interest: name, role and notes. */
export function AddPersonForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<PersonRole>('MISSING');
  const [notes, setNotes] = useState('');
  const errors = useFieldErrors();
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await request(ADD_PERSON, { c: caseId, input: { name, role, notes: notes || null } });
      setName('');
      setNotes('');
      errors.reset();
      onDone();
    } catch (e) {
      errors.fail(e);
    }
  }
  return (
    <form className="card" aria-label="Add a person" onSubmit={(e) => void submit(e)}>
      <h3>Add a person</h3>
      <div className="grid2">
        <Field form="person" name="name" label="Name" value={name} onChange={setName} errors={errors} />
        <RoleSelect role={role} onChange={setRole} />
      </div>
      <Field form="person" name="notes" label="Notes" value={notes} onChange={setNotes} errors={errors} />
      <button type="submit">Add person</button>
      <FieldError id="person-form" message={errors.errors['']} />
    </form>
  );
}

/** Adds an account by handle (in the platform's own syntax, shown) or by profile URL. */
export function AddAccountForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const [platform, setPlatform] = useState<Platform>('mastodon');
  const [by, setBy] = useState<'handle' | 'url'>('handle');
  const [value, setValue] = useState('');
  const errors = useFieldErrors();
  const handleForm = targetForms(platform).find((f) => f.kind === 'handle');
  const kind = handleForm ? by : 'url';
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await request(ADD_ACCOUNT, { c: caseId, input: { platform, [kind]: value } });
      setValue('');
      errors.reset();
      onDone();
    } catch (e) {
      errors.fail(e);
    }
  }
  const hint =
    kind === 'handle' && handleForm
      ? `${handleForm.format}, e.g. ${handleForm.example}`
      : 'the profile page, e.g. https://mastodon.social/@alice';
  return (
    <form className="card" aria-label="Add an account" onSubmit={(e) => void submit(e)}>
      <h3>Add an account</h3>
      <div className="grid2">
        <label>
          Platform
          <select
            name="accountPlatform"
            value={platform}
            onChange={(e) => {
              errors.reset();
              setPlatform(e.target.value as Platform);
            }}
          >
            {PLATFORMS.map((p) => (
              <option key={p}>{p}</option>
            ))}
          </select>
        </label>
        <label>
          By
          <select name="accountBy" value={kind} onChange={(e) => setBy(e.target.value as 'handle' | 'url')}>
            {handleForm && <option value="handle">Handle</option>}
            <option value="url">Profile URL</option>
          </select>
        </label>
      </div>
      <Field
        form="account"
        name={kind}
        label={kind === 'handle' ? 'Handle' : 'Profile URL'}
        value={value}
        onChange={setValue}
        errors={errors}
        hint={hint}
      />
      <button type="submit">Add account</button>
      <FieldError id="account-form" message={errors.errors['']} />
    </form>
  );
}

/** Ties an account to a person, saying how sure and on what basis (recorded on the custody ledger). */
export function TieForm(props: {
  caseId: string;
  persons: readonly { id: string; name: string }[];
  accounts: readonly { ref: string; label: string }[];
  onDone: () => void;
}) {
  const [person, setPerson] = useState(props.persons[0]?.id ?? '');
  const [account, setAccount] = useState(props.accounts[0]?.ref ?? '');
  const [confidence, setConfidence] = useState('0.8');
  const [basis, setBasis] = useState('');
  const errors = useFieldErrors();
  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      const p = person || props.persons[0]?.id || '';
      const a = account || props.accounts[0]?.ref || '';
      await request(TIE, { c: props.caseId, p, a, confidence: Number(confidence), basis });
      setBasis('');
      errors.reset();
      props.onDone();
    } catch (e) {
      errors.fail(e);
    }
  }
  if (props.persons.length === 0 || props.accounts.length === 0) {
    return <p className="muted">Add a person and an account to tie them.</p>;
  }
  return (
    <form className="card" aria-label="Tie an account to a person" onSubmit={(e) => void submit(e)}>
      <h3>Tie an account to a person</h3>
      <div className="grid2">
        <label>
          Person
          <select name="tiePerson" value={person} onChange={(e) => setPerson(e.target.value)}>
            {props.persons.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Account
          <select name="tieAccount" value={account} onChange={(e) => setAccount(e.target.value)}>
            {props.accounts.map((a) => (
              <option key={a.ref} value={a.ref}>
                {a.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="grid2">
        <Field
          form="tie"
          name="confidence"
          label="Confidence (0 to 1)"
          type="number"
          value={confidence}
          onChange={setConfidence}
          errors={errors}
        />
        <Field form="tie" name="basis" label="Basis" value={basis} onChange={setBasis} errors={errors} />
      </div>
      <button type="submit">Tie</button>
      <FieldError id="tie-form" message={errors.errors['']} />
    </form>
  );
}
