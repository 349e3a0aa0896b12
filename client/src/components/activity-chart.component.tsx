import { COMMUNITY_COLOURS } from './graph-kinds';

/** One post for the chart: who posted it and when. */
export interface ActivityPost {
  readonly account: string;
  readonly postedAt: string;
}

const MAX_ACCOUNTS = 6;
const MAX_DAYS = 60;
const OTHERS = 'other accounts';
const W = 720;
const H = 220;
const PAD = { left: 36, right: 8, top: 10, bottom: 36 };

/** The local calendar day of an instant, as YYYY-MM-DD. */
const dayOf = (iso: string) => {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Every day from the first to the last (at most MAX_DAYS, the latest ones), as YYYY-MM-DD. */
function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  const d = new Date(`${first}T12:00:00`);
  const end = new Date(`${last}T12:00:00`);
  while (d <= end) {
    days.push(dayOf(d.toISOString()));
    d.setDate(d.getDate() + 1);
  }
  return days.slice(-MAX_DAYS);
}

/** Posts per day per account: the busiest accounts each on their own, the rest together. */
export function activitySeries(posts: readonly ActivityPost[]) {
  const totals = new Map<string, number>();
  for (const p of posts) totals.set(p.account, (totals.get(p.account) ?? 0) + 1);
  const ranked = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([a]) => a);
  const named = ranked.slice(0, ranked.length > MAX_ACCOUNTS ? MAX_ACCOUNTS - 1 : MAX_ACCOUNTS);
  const accounts = ranked.length > named.length ? [...named, OTHERS] : named;
  const sorted = posts.map((p) => dayOf(p.postedAt)).sort();
  const days = sorted.length ? daysBetween(sorted[0]!, sorted.at(-1)!) : [];
  const counts = new Map(days.map((d) => [d, new Map<string, number>()]));
  for (const p of posts) {
    const perDay = counts.get(dayOf(p.postedAt));
    if (!perDay) continue;
    const series = named.includes(p.account) ? p.account : OTHERS;
    perDay.set(series, (perDay.get(series) ?? 0) + 1);
  }
  return { accounts, days, counts };
}

/**
 * Posts per day per account as stacked bars in plain SVG (no chart library: one chart, a few
 * dozen bars), with a legend and the same numbers as a table for screen readers and copying.
 */
export function ActivityChart({ posts }: { posts: readonly ActivityPost[] }) {
  const { accounts, days, counts } = activitySeries(posts);
  if (days.length === 0) return <p>No dated posts yet, so no activity to chart.</p>;
  const colour = (account: string) =>
    account === OTHERS ? '#9ca3af' : COMMUNITY_COLOURS[accounts.indexOf(account) % COMMUNITY_COLOURS.length]!;
  const peak = Math.max(1, ...days.map((d) => [...counts.get(d)!.values()].reduce((a, b) => a + b, 0)));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / days.length;
  const bar = Math.max(2, slot * 0.75);
  const y = (n: number) => PAD.top + plotH - (n / peak) * plotH;
  const every = Math.ceil(days.length / 8);
  const summary = `Posts per day from ${days[0]} to ${days.at(-1)}, at most ${peak} on one day, by ${accounts.length} series.`;

  return (
    <figure className="activity-chart">
      <figcaption>Activity: posts per day per account</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary}>
        <line x1={PAD.left} y1={y(0)} x2={W - PAD.right} y2={y(0)} stroke="#6b7280" />
        {[0, Math.ceil(peak / 2), peak].map((n) => (
          <text key={n} x={PAD.left - 6} y={y(n) + 4} textAnchor="end" fontSize="12">
            {n}
          </text>
        ))}
        {days.map((day, i) => {
          let base = 0;
          return (
            <g key={day} data-day={day}>
              {accounts.map((account) => {
                const n = counts.get(day)!.get(account) ?? 0;
                if (n === 0) return null;
                const top = y(base + n);
                const rect = (
                  <rect
                    key={account}
                    x={PAD.left + i * slot + (slot - bar) / 2}
                    y={top}
                    width={bar}
                    height={y(base) - top}
                    fill={colour(account)}
                  >
                    <title>{`${account}: ${n} on ${day}`}</title>
                  </rect>
                );
                base += n;
                return rect;
              })}
              {i % every === 0 && (
                <text
                  x={PAD.left + i * slot + slot / 2}
                  y={H - PAD.bottom + 16}
                  textAnchor="middle"
                  fontSize="12"
                >
                  {day.slice(5)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <ul className="chart-legend" aria-label="Accounts on the chart">
        {accounts.map((a) => (
          <li key={a}>
            <span className="swatch" style={{ background: colour(a) }} /> {a}
          </li>
        ))}
      </ul>
      <details>
        <summary>The numbers as a table</summary>
        <table aria-label="Posts per day per account">
          <thead>
            <tr>
              <th scope="col">Day</th>
              {accounts.map((a) => (
                <th key={a} scope="col">
                  {a}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days
              .filter((d) => counts.get(d)!.size > 0)
              .map((d) => (
                <tr key={d}>
                  <th scope="row">{d}</th>
                  {accounts.map((a) => (
                    <td key={a}>{counts.get(d)!.get(a) ?? 0}</td>
                  ))}
                </tr>
              ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
