import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError, request } from '../api';
import { ErrorAlert } from '../components/error-alert.component';
import { FieldError, useFieldErrors } from '../components/field-error.component';
import { graphql } from '../gql';
import type { LinkCandidatesQuery } from '../gql/graphql';
import { paths } from '../paths';
import { EvidenceLinks, useEvidenceCaptures, type EvidenceCapture } from './analyst-evidence.view';
import { caseKey, type CaseDetail } from './case.view';

type Candidate = LinkCandidatesQuery['linkCandidates'][number];

const CANDIDATES = graphql(`
  query LinkCandidates($c: ID!) {
    linkCandidates(caseId: $c, limit: 25) {
      a
      b
      score
      blockedBy
      artifacts
      fingerprint
      features {
        name
        strength
        weight
        detail
        evidence
        artifacts
      }
    }
  }
`);
const CONFIRM = graphql(`
  mutation ConfirmLink($c: ID!, $a: String!, $b: String!, $r: String) {
    confirmLink(caseId: $c, a: $a, b: $b, reason: $r) {
      kind
    }
  }
`);
const REJECT = graphql(`
  mutation RejectLink($c: ID!, $a: String!, $b: String!, $r: String) {
    rejectLink(caseId: $c, a: $a, b: $b, reason: $r) {
      kind
    }
  }
`);

/** What each feature of docs/linking.md measures, in an analyst's words. */
const FEATURE_NAMES: Readonly<Record<string, string>> = {
  handle: 'Similar handles',
  displayName: 'Similar display names',
  avatar: 'Same or similar avatar',
  sharedLinks: 'Links both profiles give',
  sharedContacts: 'Accounts both address',
  sharedMedia: 'Media both posted',
  mutualInteraction: 'They interact with each other',
  sharedHashtags: 'Hashtags both use',
  postingTime: 'Similar posting hours',
};

const percent = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Pairs of accounts that may share an operator, best first, each with the features behind its
 * score, the evidence each rests on and the captures that kept it; the analyst confirms or rejects
 * with a reason, which goes to the case's custody chain.
 */
export function AnalystCandidates({
  detail,
  onSelect,
}: {
  detail: CaseDetail;
  onSelect: (ref: string) => void;
}) {
  const list = useQuery({
    queryKey: ['case', detail.id, 'link-candidates'],
    queryFn: async () => (await request(CANDIDATES, { c: detail.id })).linkCandidates,
  });
  const shas = (list.data ?? []).flatMap((c) => [...c.artifacts, ...c.features.flatMap((f) => f.artifacts)]);
  const evidence = useEvidenceCaptures(detail.id, shas);
  const names = new Map(
    detail.accounts.map((a) => [a.ref, `${a.platform}: ${a.handle ?? a.displayName ?? a.ref}`]),
  );
  const nameOf = (key: string) => names.get(`account:${key}`) ?? key.replace(':', ': ');
  const [decided, setDecided] = useState<string | null>(null);

  return (
    <section aria-labelledby="candidates-title">
      <h3 id="candidates-title">Link candidates</h3>
      <p>
        Accounts that may be run by one person, scored from what the captures read (docs/linking.md). A score
        is a lead, not a finding: confirm only what the evidence shows.
      </p>
      <ErrorAlert message={list.error?.message ?? evidence.error?.message ?? null} />
      {decided && (
        <p role="status" className="decided">
          {decided} The decision is on the case’s custody chain.
        </p>
      )}
      {list.isPending && <p aria-busy="true">Scoring account pairs…</p>}
      {list.data?.length === 0 && <p>No pair of accounts in this case looks alike enough to suggest.</p>}
      {list.data?.map((c) => (
        <CandidateCard
          key={`${c.a}|${c.b}`}
          caseId={detail.id}
          candidate={c}
          nameOf={nameOf}
          evidence={evidence.bySha}
          onSelect={onSelect}
          onDecided={setDecided}
        />
      ))}
    </section>
  );
}

function CandidateCard({
  caseId,
  candidate: c,
  nameOf,
  evidence,
  onSelect,
  onDecided,
}: {
  caseId: string;
  candidate: Candidate;
  nameOf: (key: string) => string;
  evidence: ReadonlyMap<string, readonly EvidenceCapture[]>;
  onSelect: (ref: string) => void;
  onDecided: (message: string) => void;
}) {
  const title = `${nameOf(c.a)} and ${nameOf(c.b)}`;
  return (
    <article className="card candidate" aria-label={`Candidate ${title}`}>
      <header className="row">
        <h4>
          <button type="button" className="link" onClick={() => onSelect(`account:${c.a}`)}>
            {nameOf(c.a)}
          </button>{' '}
          and{' '}
          <button type="button" className="link" onClick={() => onSelect(`account:${c.b}`)}>
            {nameOf(c.b)}
          </button>
        </h4>
        <meter min={0} max={1} value={c.score} aria-label="Score" /> <strong>{percent(c.score)}</strong>
      </header>
      <p className="muted">Compared because they share: {c.blockedBy.join(', ') || 'nothing named'}</p>
      <table className="features" aria-label={`Features of ${title}`}>
        <thead>
          <tr>
            <th scope="col">Feature</th>
            <th scope="col">Strength</th>
            <th scope="col">Measured</th>
            <th scope="col">Evidence</th>
            <th scope="col">Kept by</th>
          </tr>
        </thead>
        <tbody>
          {c.features.map((f) => (
            <tr key={f.name}>
              <th scope="row">{FEATURE_NAMES[f.name] ?? f.name}</th>
              <td>
                {percent(f.strength)} <span className="muted">(weight {f.weight})</span>
              </td>
              <td>{f.detail}</td>
              <td>
                <ul className="evidence">
                  {f.evidence.slice(0, 6).map((e) => (
                    <li key={e}>{e}</li>
                  ))}
                  {f.evidence.length > 6 && <li>and {f.evidence.length - 6} more</li>}
                </ul>
              </td>
              <td>
                <EvidenceLinks
                  caseId={caseId}
                  sha256s={f.artifacts.length ? f.artifacts : c.artifacts}
                  bySha={evidence}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Decide caseId={caseId} candidate={c} title={title} onDecided={onDecided} />
    </article>
  );
}

/** Confirm or reject one pair, with the reason the analyst gives. */
function Decide({
  caseId,
  candidate,
  title,
  onDecided,
}: {
  caseId: string;
  candidate: Candidate;
  title: string;
  onDecided: (message: string) => void;
}) {
  const queries = useQueryClient();
  const [reason, setReason] = useState('');
  const { errors, fail, clear, reset, describe } = useFieldErrors();
  const id = `reason-${candidate.fingerprint.slice(0, 12)}`;

  async function decide(event: FormEvent, kind: 'confirm' | 'reject') {
    event.preventDefault();
    reset();
    if (reason.trim().length < 10) {
      fail(
        new ApiError(
          'BAD_USER_INPUT',
          'Say in a sentence why (at least 10 characters): it goes on the custody chain.',
          'reason',
        ),
      );
      return;
    }
    try {
      const vars = { c: caseId, a: candidate.a, b: candidate.b, r: reason.trim() };
      if (kind === 'confirm') await request(CONFIRM, vars);
      else await request(REJECT, vars);
      onDecided(
        kind === 'confirm'
          ? `Confirmed: one operator runs ${title}.`
          : `Rejected: ${title} are not suggested again until new evidence appears.`,
      );
      await queries.invalidateQueries({ queryKey: caseKey(caseId) });
    } catch (e) {
      fail(e);
    }
  }

  return (
    <form
      className="link-decision"
      aria-label={`Decide ${title}`}
      data-a={candidate.a}
      data-b={candidate.b}
      onSubmit={(e) => void decide(e, 'confirm')}
    >
      <label>
        Reason (recorded with your decision)
        <textarea
          name="linkReason"
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            clear('reason');
          }}
          {...describe('reason', id)}
        />
        <FieldError id={id} message={errors.reason} />
      </label>
      <ErrorAlert message={errors[''] ?? null} />
      <div className="toolbar">
        <button type="submit">Confirm same operator</button>
        <button type="button" className="secondary" onClick={(e) => void decide(e, 'reject')}>
          Reject
        </button>
        <Link to={paths.node(caseId, `account:${candidate.a}`)}>Show on the graph</Link>
      </div>
    </form>
  );
}
