/**
 * An HTTP load generator in its own process, so the load's CPU is not taken from the server it
 * measures. Reads its settings as JSON from argv, prints one JSON line: exact latency percentiles
 * (every response's latency is kept), requests per second and errors.
 *
 *   node --import tsx bench/http-load.ts '{"url":"http://127.0.0.1:3000/graphql","body":"...","connections":50,"seconds":10}'
 */
import autocannon from 'autocannon';
import { percentiles } from './bench-kit.js';

export interface LoadSettings {
  readonly url: string;
  readonly body: string;
  readonly headers: Record<string, string>;
  readonly connections: number;
  readonly seconds: number;
}

export interface LoadResult {
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly perSecond: number;
  readonly errors: number;
}

const settings = JSON.parse(process.argv[2] ?? '{}') as LoadSettings;
const latencies: number[] = [];
const result = await autocannon({
  url: settings.url,
  method: 'POST',
  headers: settings.headers,
  body: settings.body,
  connections: settings.connections,
  duration: settings.seconds,
}).on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
const out: LoadResult = {
  ...percentiles(latencies),
  perSecond: latencies.length / settings.seconds,
  errors: result.errors + result.non2xx,
};
console.log(JSON.stringify(out));
