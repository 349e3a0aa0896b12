import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { formatTime, request } from '../api';
import { ErrorAlert } from '../components/error-alert.component';
import { graphql } from '../gql';
import type { CollectionRequestInput, Role, WatchListQuery, WatchStatus } from '../gql/graphql';
import { paths } from '../paths';

const WATCHES = graphql(`
  query WatchList($c: ID!) {
    me {
      role
    }
    watches(caseId: $c) {
      id
      target
      method
      requesterName
      intervalHours
      endsAt
      status
      stopReason
      nextRunAt
      runs
      capturesMade
      lastRun {
        at
        result
      }
    }
  }
`);
const CREATE = graphql(`
  mutation CreateWatch($input: CollectionRequestInput!, $hours: Int!, $endsAt: String!) {
    createWatch(input: $input, intervalHours: $hours, endsAt: $endsAt) {
      watch {
        id
        target
        nextRunAt
      }
    }
  }
`);
const PAUSE = graphql(`
  mutation PauseWatch($c: ID!, $id: ID!) {
    pauseWatch(caseId: $c, id: $id) {
      id
    }
  }
`);
const RESUME = graphql(`
  mutation ResumeWatch($c: ID!, $id: ID!) {
    resumeWatch(caseId: $c, id: $id) {
      id
    }
  }
`);
const END = graphql(`
  mutation EndWatch($c: ID!, $id: ID!) {
    endWatch(caseId: $c, id: $id) {
      id
    }
  }
`);

type Watch = WatchListQuery['watches'][number];
type Action = 'pause' | 'resume' | 'end';

const STATUS_LABELS: Readonly<Record<WatchStatus, string>> = {
  ACTIVE: 'Active',
  PAUSED: 'Paused',
  STOPPED: 'Stopped by casegraph',
  ENDED: 'Ended',
};
/** Roles that change watches; the server refuses the others. */
const MANAGERS: readonly Role[] = ['DETECTIVE', 'SUPERVISOR'];
const DAY_MS = 86_400_000;

const watchesKey = (caseId: string) => ['watches', caseId] as const;

/** "every 6 hours", "every 2 days". */
function every(hours: number): string {
  if (hours % 24 === 0) return hours === 24 ? 'every day' : `every ${hours / 24} days`;
  return hours === 1 ? 'every hour' : `every ${hours} hours`;
}

/**
 * A case's watches: what each watches, whose request it repeats, when it runs next, what its last
 * run came to and, for one that stopped, why; detectives pause, resume and end them.
 */
export function WatchesView({ caseId }: { caseId: string }) {
  const queries = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const query = useQuery({
    queryKey: watchesKey(caseId),
    queryFn: () => request(WATCHES, { c: caseId }),
    // Runs happen without anyone asking: keep the next run and last result current.
    refetchInterval: 10_000,
  });

  async function act(action: Action, id: string) {
    setError(null);
    try {
      if (action === 'pause') await request(PAUSE, { c: caseId, id });
      else if (action === 'resume') await request(RESUME, { c: caseId, id });
      else await request(END, { c: caseId, id });
      await queries.invalidateQueries({ queryKey: watchesKey(caseId) });
    } catch (e) {
      setError((e as Error).message);
    }
  }

  if (query.error) return <ErrorAlert message={query.error.message} />;
  if (!query.data) return <p aria-busy="true">Loading watches…</p>;
  const role = query.data.me?.role;
  const mayManage = role !== undefined && MANAGERS.includes(role);
  const { watches } = query.data;
  return (
    <section aria-labelledby="watches-title">
      <h2 id="watches-title">Watches</h2>
      <p className="muted">
        A watch collects one target again at its interval until its end date. The gate decides every run anew;
        a run it refuses stops the watch and says why.
      </p>
      <ErrorAlert message={error} />
      {watches.length === 0 && <p>No watches yet. Check a target with the gate below, then watch it.</p>}
      <ul className="watches">
        {watches.map((w) => (
          <WatchItem key={w.id} watch={w} mayManage={mayManage} onAct={(a) => void act(a, w.id)} />
        ))}
      </ul>
    </section>
  );
}

function WatchItem({
  watch: w,
  mayManage,
  onAct,
}: {
  watch: Watch;
  mayManage: boolean;
  onAct: (action: Action) => void;
}) {
  return (
    <li className="card" aria-label={`Watch of ${w.target}`}>
      <h3>{w.target}</h3>
      <p>
        <strong className="watch-status">{STATUS_LABELS[w.status]}</strong> · {every(w.intervalHours)} by{' '}
        {w.method} until {formatTime(w.endsAt)} · requested by {w.requesterName}
      </p>
      {w.stopReason && <p className="remedy">{w.stopReason}</p>}
      <dl className="grid2">
        <dt>Next run</dt>
        <dd>{w.nextRunAt ? formatTime(w.nextRunAt) : 'none scheduled'}</dd>
        <dt>Last run</dt>
        <dd>{w.lastRun ? `${formatTime(w.lastRun.at)}: ${w.lastRun.result}` : 'none yet'}</dd>
        <dt>Runs / captures made</dt>
        <dd>
          {w.runs} / {w.capturesMade}
        </dd>
      </dl>
      {mayManage && w.status !== 'ENDED' && (
        <div className="actions">
          {w.status === 'ACTIVE' && (
            <button type="button" onClick={() => onAct('pause')}>
              Pause
            </button>
          )}
          {(w.status === 'PAUSED' || w.status === 'STOPPED') && (
            <button type="button" onClick={() => onAct('resume')}>
              Resume
            </button>
          )}
          <button type="button" onClick={() => onAct('end')}>
            End watch
          </button>
        </div>
      )}
    </li>
  );
}

/**
 * Watching the target the collect form just had allowed by the gate: how often and until when.
 * The first run is collected at once; the gate decides it and every later run again.
 */
export function WatchTarget({ input, onCreated }: { input: CollectionRequestInput; onCreated: () => void }) {
  const queries = useQueryClient();
  const [hours, setHours] = useState(24);
  const [until, setUntil] = useState(() => new Date(Date.now() + 7 * DAY_MS).toISOString().slice(0, 10));
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      // The end of the chosen day in the detective's own zone.
      const endsAt = new Date(`${until}T23:59:00`).toISOString();
      const answer = await request(CREATE, { input, hours, endsAt });
      setCreated(
        `Watching ${answer.createWatch.watch.target}; next run ${formatTime(answer.createWatch.watch.nextRunAt)}.`,
      );
      await queries.invalidateQueries({ queryKey: watchesKey(String(input.caseId)) });
      onCreated();
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <form className="watch-target" aria-label="Watch this target" onSubmit={(e) => void submit(e)}>
      <h3>Watch this target</h3>
      <div className="grid2">
        <label>
          Every (hours, 1 to 720)
          <input
            name="watchHours"
            type="number"
            min={1}
            max={720}
            required
            value={hours}
            onChange={(e) => setHours(Number(e.target.value))}
          />
        </label>
        <label>
          Until (end date)
          <input
            name="watchUntil"
            type="date"
            required
            value={until}
            onChange={(e) => setUntil(e.target.value)}
          />
        </label>
      </div>
      <button type="submit">Watch</button>
      <ErrorAlert message={error} />
      {created && (
        <p role="status">
          {created} <Link to={paths.case(String(input.caseId), 'watches')}>See the case's watches</Link>
        </p>
      )}
    </form>
  );
}
