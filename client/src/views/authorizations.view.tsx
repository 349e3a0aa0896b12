import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { formatTime, request } from '../api';
import { ErrorAlert } from '../components/error-alert.component';
import { FieldError, useFieldErrors } from '../components/field-error.component';
import { graphql } from '../gql';
import type { AuthorizationsQuery } from '../gql/graphql';

type Authorization = AuthorizationsQuery['authorizations'][number];

const LIST = graphql(`
  query Authorizations($s: String) {
    authorizations(status: $s, limit: 100) {
      id
      caseId
      platform
      method
      personaHandle
      justification
      requesterId
      requesterName
      requestedAt
      status
      expired
      decidedAt
      decisionNote
      writtenPermissionReference
      legalReviewReference
      expiresAt
      caseNumber
      approverName
      requirements
      legalReviewRequired
      supersededBy
    }
  }
`);
const APPROVE = graphql(`
  mutation ApproveAuthorization($id: ID!, $input: AuthorizationApprovalInput!) {
    approveAuthorization(id: $id, input: $input) {
      id
    }
  }
`);
const REJECT = graphql(`
  mutation RejectAuthorization($id: ID!, $r: String!) {
    rejectAuthorization(id: $id, reason: $r) {
      id
    }
  }
`);
const REVOKE = graphql(`
  mutation RevokeAuthorization($id: ID!, $r: String!) {
    revokeAuthorization(id: $id, reason: $r) {
      id
    }
  }
`);

/** The decision a supervisor writes on one request: approve with the written permission, or say no. */
function Decide({ authorization, onDone }: { authorization: Authorization; onDone: () => void }) {
  const [reference, setReference] = useState('');
  const [legal, setLegal] = useState('');
  const [expires, setExpires] = useState('');
  const [reason, setReason] = useState('');
  const errors = useFieldErrors();
  const pending = authorization.status === 'REQUESTED';

  async function run(event: FormEvent, action: 'approve' | 'reject' | 'revoke') {
    event.preventDefault();
    errors.reset();
    try {
      if (action === 'approve') {
        await request(APPROVE, {
          id: authorization.id,
          input: {
            writtenPermissionReference: reference,
            legalReviewReference: legal || null,
            expiresAt: new Date(`${expires}T23:59:59`).toISOString(),
          },
        });
      } else if (action === 'reject') await request(REJECT, { id: authorization.id, r: reason });
      else await request(REVOKE, { id: authorization.id, r: reason });
      onDone();
    } catch (e) {
      errors.fail(e);
    }
  }
  const id = `decide-${authorization.id}`;
  const change = (field: string, set: (v: string) => void) => (e: { target: { value: string } }) => {
    errors.clear(field);
    set(e.target.value);
  };

  return (
    <div className="decide">
      {pending && (
        <form aria-label={`Approve ${authorization.id}`} onSubmit={(e) => void run(e, 'approve')}>
          <label>
            Written permission reference
            <input
              id={`${id}-wpr`}
              name="writtenPermissionReference"
              required
              value={reference}
              onChange={change('writtenPermissionReference', setReference)}
              {...errors.describe('writtenPermissionReference', `${id}-wpr`)}
            />
            <FieldError id={`${id}-wpr`} message={errors.errors.writtenPermissionReference} />
          </label>
          <label>
            {authorization.legalReviewRequired
              ? 'Legal review reference (required by the policy for this platform)'
              : 'Legal review reference (not required here)'}
            <input
              id={`${id}-legal`}
              name="legalReviewReference"
              required={authorization.legalReviewRequired}
              value={legal}
              onChange={change('legalReviewReference', setLegal)}
              {...errors.describe('legalReviewReference', `${id}-legal`)}
            />
            <FieldError id={`${id}-legal`} message={errors.errors.legalReviewReference} />
          </label>
          <label>
            Valid until
            <input
              type="date"
              name="expiresAt"
              required
              value={expires}
              onChange={change('expiresAt', setExpires)}
            />
          </label>
          <button type="submit">Approve</button>
        </form>
      )}
      {(pending || authorization.status === 'APPROVED') && (
        <form
          aria-label={`${pending ? 'Reject' : 'Revoke'} ${authorization.id}`}
          onSubmit={(e) => void run(e, pending ? 'reject' : 'revoke')}
        >
          <label>
            Reason
            <input name="reason" required value={reason} onChange={change('reason', setReason)} />
          </label>
          <button type="submit" className="danger">
            {pending ? 'Reject' : 'Revoke'}
          </button>
        </form>
      )}
      <ErrorAlert message={errors.errors[''] ?? errors.errors.reason ?? errors.errors.expiresAt ?? null} />
    </div>
  );
}

/**
 * A supervisor's desk: requests for methods the policy allows only with a supervisor's written
 * permission; approve with the permission's reference, reject, or revoke.
 */
export function AuthorizationsView() {
  const [status, setStatus] = useState('REQUESTED');
  const [list, setList] = useState<readonly Authorization[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    request(LIST, { s: status || null })
      .then((d) => setList(d.authorizations))
      .catch((e: Error) => setError(e.message));
  }, [status]);
  useEffect(load, [load]);

  return (
    <section aria-labelledby="authorizations-title">
      <h1 id="authorizations-title">Authorizations</h1>
      <label className="inline-select">
        Status
        <select name="authorizationStatus" value={status} onChange={(e) => setStatus(e.target.value)}>
          <option value="REQUESTED">Pending</option>
          <option value="APPROVED">Approved</option>
          <option value="REJECTED">Rejected</option>
          <option value="REVOKED">Revoked</option>
          <option value="SUPERSEDED">Replaced by a newer approval</option>
          <option value="">All</option>
        </select>
      </label>
      <ErrorAlert message={error} />
      {list?.length === 0 && <p>No authorization requests with this status.</p>}
      {list?.map((a) => (
        <article key={a.id} className="card" aria-label={`Authorization request ${a.id}`}>
          <h2>
            {a.method.replaceAll('_', ' ').toLowerCase()} on {a.platform} as {a.personaHandle}
          </h2>
          <p>
            Case {a.caseNumber ?? a.caseId} · requested by {a.requesterName ?? 'an unknown user'}{' '}
            {formatTime(a.requestedAt)} · <strong>{a.expired ? 'EXPIRED' : a.status}</strong>
            {a.expiresAt && <> · valid until {formatTime(a.expiresAt)}</>}
          </p>
          <blockquote>{a.justification}</blockquote>
          {a.status === 'REQUESTED' && (
            <div className="requirements">
              <p>The policy requires:</p>
              <ul>
                {a.requirements.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            </div>
          )}
          {a.approverName && <p>Approved by {a.approverName}</p>}
          {a.writtenPermissionReference && <p>Written permission: {a.writtenPermissionReference}</p>}
          {a.legalReviewReference && <p>Legal review: {a.legalReviewReference}</p>}
          {a.supersededBy && <p>Replaced by a newer approval of the same request.</p>}
          {a.decisionNote && <p>Note: {a.decisionNote}</p>}
          <Decide authorization={a} onDone={load} />
        </article>
      ))}
    </section>
  );
}
