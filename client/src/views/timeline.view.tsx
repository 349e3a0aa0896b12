import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { formatTime, request } from '../api';
import { ActivityChart } from '../components/activity-chart.component';
import { ErrorAlert } from '../components/error-alert.component';
import { graphql } from '../gql';
import type { TimelineQuery } from '../gql/graphql';

type TimelineEvent = TimelineQuery['case']['timeline'][number];

const TIMELINE = graphql(`
  query Timeline($id: ID!, $from: String, $to: String) {
    case(id: $id) {
      timeline(from: $from, to: $to, first: 500) {
        kind
        at
        ref
        summary
      }
      posts(from: $from, to: $to, first: 500) {
        ref
        postedAt
        authorHandle
        platform
      }
    }
  }
`);

/** A date input's value (local day) as the UTC instant that starts or ends that day. */
function dayBound(value: string, end: boolean): string | null {
  if (!value) return null;
  const d = new Date(`${value}T00:00:00`);
  if (end) d.setDate(d.getDate() + 1);
  return d.toISOString();
}

/**
 * The case's activity chart (posts per day per account) and its posts and captures in time order,
 * grouped by day in the user's zone. Choosing a post selects it in the graph; choosing a capture
 * opens it. The graph's selection is marked here too.
 */
export function TimelineView({
  caseId,
  selected,
  onSelect,
  onOpenCapture,
}: {
  caseId: string;
  selected: string | null;
  onSelect: (ref: string) => void;
  onOpenCapture: (captureId: string) => void;
}) {
  const [kind, setKind] = useState('ALL');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [text, setText] = useState('');
  // Under the case's key, so whatever reloads the case (a new capture) reloads the timeline too.
  const query = useQuery({
    queryKey: ['case', caseId, 'timeline', from, to],
    queryFn: async () =>
      (await request(TIMELINE, { id: caseId, from: dayBound(from, false), to: dayBound(to, true) })).case,
  });
  const events: readonly TimelineEvent[] | null = query.data?.timeline ?? null;
  const error = query.error?.message ?? null;
  const activity = useMemo(
    () =>
      (query.data?.posts ?? [])
        .filter((p) => p.postedAt)
        .map((p) => ({ account: `${p.platform}: ${p.authorHandle ?? 'unknown'}`, postedAt: p.postedAt! })),
    [query.data],
  );

  const days = useMemo(() => {
    const needle = text.trim().toLowerCase();
    const shown = (events ?? []).filter(
      (e) =>
        (kind === 'ALL' || e.kind === kind) &&
        (!needle || `${e.summary ?? ''} ${e.ref}`.toLowerCase().includes(needle)),
    );
    const byDay = new Map<string, TimelineEvent[]>();
    for (const e of shown) {
      const day = new Date(e.at).toLocaleDateString(undefined, { dateStyle: 'full' });
      byDay.set(day, [...(byDay.get(day) ?? []), e]);
    }
    return [...byDay];
  }, [events, kind, text]);

  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">Timeline</h2>
      <form className="filters" aria-label="Timeline filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          Show
          <select name="timelineKind" value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="ALL">Posts and captures</option>
            <option value="POST">Posts</option>
            <option value="CAPTURE">Captures</option>
          </select>
        </label>
        <label>
          From
          <input type="date" name="timelineFrom" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          To
          <input type="date" name="timelineTo" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <label>
          Containing
          <input type="search" name="timelineText" value={text} onChange={(e) => setText(e.target.value)} />
        </label>
      </form>
      <ErrorAlert message={error} />
      {!events && !error && <p aria-busy="true">Loading timeline…</p>}
      {events && <ActivityChart posts={activity} />}
      {events && days.length === 0 && <p>Nothing on the timeline for these filters.</p>}
      {days.map(([day, items]) => (
        <div key={day} className="timeline-day">
          <h3>{day}</h3>
          <ul className="timeline">
            {items.map((e) => (
              <li key={`${e.kind}-${e.ref}`} className={e.ref === selected ? 'selected' : undefined}>
                <button
                  type="button"
                  className="link"
                  aria-current={e.ref === selected ? 'true' : undefined}
                  onClick={() =>
                    e.kind === 'CAPTURE' ? onOpenCapture(e.ref.replace(/^capture:/, '')) : onSelect(e.ref)
                  }
                >
                  {e.kind === 'CAPTURE' ? 'Capture' : 'Post'}
                </button>{' '}
                <time dateTime={e.at}>{formatTime(e.at)}</time> {e.summary}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
