import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { formatTime, request } from '../api';
import { ErrorAlert } from '../components/error-alert.component';
import { graphql } from '../gql';
import type { CaseRecordsQuery, Role } from '../gql/graphql';
import { paths } from '../paths';

const RECORDS = graphql(`
  query CaseRecords($c: ID!) {
    me {
      role
    }
    legalHolds(caseId: $c) {
      id
      captureId
      reason
      matter
      placedBy
      placedAt
      active
      releasedAt
      releasedBy
      releaseReason
    }
    preservationLetters(caseId: $c) {
      id
      providerName
      targetValue
      writtenAt
      sentAt
      providerReference
      preservedUntil
      extensionReminderAt
      extensionDue
      files {
        sha256
        name
      }
    }
  }
`);
const PLACE = graphql(`
  mutation PlaceLegalHold($c: ID!, $reason: String!, $matter: String!) {
    placeLegalHold(caseId: $c, reason: $reason, matter: $matter) {
      id
    }
  }
`);
const RELEASE = graphql(`
  mutation ReleaseLegalHold($c: ID!, $id: ID!, $reason: String!) {
    releaseLegalHold(caseId: $c, holdId: $id, reason: $reason) {
      id
    }
  }
`);
const SENT = graphql(`
  mutation RecordPreservationSent($c: ID!, $id: ID!, $sentAt: String!, $ref: String) {
    recordPreservationSent(caseId: $c, letterId: $id, sentAt: $sentAt, providerReference: $ref) {
      id
    }
  }
`);

type Hold = CaseRecordsQuery['legalHolds'][number];
type Letter = CaseRecordsQuery['preservationLetters'][number];

/** Roles that place and release legal holds; the server refuses the others. */
const HOLDERS: readonly Role[] = ['SUPERVISOR', 'PROSECUTOR'];
const recordsKey = (caseId: string) => ['records', caseId] as const;

/**
 * A case's records: its legal holds (nothing held can be purged) and its §2703(f) preservation
 * letters, with when each was sent, the provider's reference and when to ask for the extension.
 */
export function RecordsView({ caseId }: { caseId: string }) {
  const queries = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const query = useQuery({ queryKey: recordsKey(caseId), queryFn: () => request(RECORDS, { c: caseId }) });
  /** Runs a change, then reads the records again; an error stays on screen until the next try. */
  const change = async (work: () => Promise<unknown>): Promise<boolean> => {
    setError(null);
    try {
      await work();
      await queries.invalidateQueries({ queryKey: recordsKey(caseId) });
      return true;
    } catch (e) {
      setError((e as Error).message);
      return false;
    }
  };
  if (query.error) return <ErrorAlert message={query.error.message} />;
  if (!query.data) return <p aria-busy="true">Loading records…</p>;
  const role = query.data.me?.role;
  const mayHold = role !== undefined && HOLDERS.includes(role);
  return (
    <section aria-labelledby="records-title">
      <h2 id="records-title">Holds and letters</h2>
      <ErrorAlert message={error} />
      <LegalHolds
        holds={query.data.legalHolds}
        mayHold={mayHold}
        onPlace={(reason, matter) => change(() => request(PLACE, { c: caseId, reason, matter }))}
        onRelease={(id, reason) => change(() => request(RELEASE, { c: caseId, id, reason }))}
      />
      <PreservationLetters
        caseId={caseId}
        letters={query.data.preservationLetters}
        onSent={(id, sentAt, ref) => change(() => request(SENT, { c: caseId, id, sentAt, ref: ref || null }))}
      />
    </section>
  );
}

function LegalHolds(props: {
  holds: readonly Hold[];
  mayHold: boolean;
  onPlace: (reason: string, matter: string) => Promise<boolean>;
  onRelease: (id: string, reason: string) => Promise<boolean>;
}) {
  const [reason, setReason] = useState('');
  const [matter, setMatter] = useState('');
  async function place(event: FormEvent) {
    event.preventDefault();
    if (await props.onPlace(reason, matter)) {
      setReason('');
      setMatter('');
    }
  }
  return (
    <>
      <h3>Legal holds</h3>
      <p className="muted">
        Nothing a hold covers can be purged, on review or by hand, until it is released.
      </p>
      {props.holds.length === 0 && <p>No legal hold on this case or its captures.</p>}
      <ul className="holds">
        {props.holds.map((h) => (
          <HoldItem key={h.id} hold={h} mayRelease={props.mayHold} onRelease={props.onRelease} />
        ))}
      </ul>
      {props.mayHold && (
        <form onSubmit={(e) => void place(e)} aria-labelledby="hold-title" className="card">
          <h4 id="hold-title">Place a hold on the whole case</h4>
          <label>
            Matter
            <input name="matter" value={matter} onChange={(e) => setMatter(e.target.value)} />
          </label>
          <label>
            Reason
            <input name="holdReason" value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <button type="submit">Place hold</button>
        </form>
      )}
    </>
  );
}

function HoldItem(props: {
  hold: Hold;
  mayRelease: boolean;
  onRelease: (id: string, reason: string) => Promise<boolean>;
}) {
  const { hold: h } = props;
  const [reason, setReason] = useState('');
  return (
    <li data-hold-id={h.id}>
      <strong>{h.active ? 'Holds' : 'Released'}</strong>{' '}
      {h.captureId ? `capture ${h.captureId}` : 'the whole case'} — {h.matter}: {h.reason}. Placed by{' '}
      {h.placedBy ?? 'someone no longer listed'}, {formatTime(h.placedAt)}.
      {!h.active && (
        <>
          {' '}
          Released by {h.releasedBy ?? 'someone no longer listed'}, {formatTime(h.releasedAt)}:{' '}
          {h.releaseReason}.
        </>
      )}
      {h.active && props.mayRelease && (
        <form
          className="inline"
          onSubmit={(e) => {
            e.preventDefault();
            void props.onRelease(h.id, reason);
          }}
        >
          <label>
            Reason for release
            <input name="releaseReason" value={reason} onChange={(e) => setReason(e.target.value)} />
          </label>
          <button type="submit">Release hold</button>
        </form>
      )}
    </li>
  );
}

function PreservationLetters(props: {
  caseId: string;
  letters: readonly Letter[];
  onSent: (id: string, sentAt: string, reference: string) => Promise<boolean>;
}) {
  return (
    <>
      <h3>Preservation letters</h3>
      <p className="muted">
        Letters under 18 U.S.C. §2703(f): the provider keeps the records 90 days from the day it receives the
        letter, and 90 more on a renewed request.
      </p>
      {props.letters.length === 0 && (
        <p>
          No preservation letter yet. A collection the gate answers with a preservation request writes one.
        </p>
      )}
      <ul className="letters">
        {props.letters.map((l) => (
          <LetterItem key={l.id} caseId={props.caseId} letter={l} onSent={props.onSent} />
        ))}
      </ul>
    </>
  );
}

function LetterItem(props: {
  caseId: string;
  letter: Letter;
  onSent: (id: string, sentAt: string, reference: string) => Promise<boolean>;
}) {
  const { letter: l } = props;
  const [sentOn, setSentOn] = useState('');
  const [reference, setReference] = useState('');
  return (
    <li data-letter-id={l.id}>
      To <strong>{l.providerName}</strong> about {l.targetValue}, written {formatTime(l.writtenAt)}.{' '}
      <span className="files">
        {l.files.map((f, i) => (
          <span key={f.sha256}>
            {i > 0 && ', '}
            <a href={paths.artifact(props.caseId, f.sha256)} download={f.name}>
              {f.name}
            </a>
          </span>
        ))}
      </span>{' '}
      {l.sentAt ? (
        <span>
          Sent {formatTime(l.sentAt)}
          {l.providerReference ? `, the provider's reference ${l.providerReference}` : ''}; preserved until{' '}
          {formatTime(l.preservedUntil)}.
          {l.extensionDue && <strong className="remedy"> Ask for the 90-day extension now.</strong>}
          {!l.extensionDue && l.extensionReminderAt && (
            <> Reminder to extend on {formatTime(l.extensionReminderAt)}.</>
          )}
        </span>
      ) : (
        <form
          className="inline"
          onSubmit={(e) => {
            e.preventDefault();
            // No date yet: the server says what it needs, in words.
            void props.onSent(l.id, sentOn ? new Date(`${sentOn}T12:00:00Z`).toISOString() : '', reference);
          }}
        >
          <label>
            Sent on
            <input type="date" name="sentOn" value={sentOn} onChange={(e) => setSentOn(e.target.value)} />
          </label>
          <label>
            Provider's reference
            <input
              name="providerReference"
              value={reference}
              onChange={(e) => setReference(e.target.value)}
            />
          </label>
          <button type="submit">Record as sent</button>
        </form>
      )}
    </li>
  );
}
