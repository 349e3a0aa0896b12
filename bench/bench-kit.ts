/**
 * What every casegraph benchmark shares: arguments, timing, peak memory, and the one output format
 * (figures of casegraph and of its baseline from the same invocation, and their ratio).
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';

/** `--name value` arguments with defaults. */
export function benchArgs<T extends Record<string, string>>(defaults: T): T {
  const args: Record<string, string> = { ...defaults };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i]?.replace(/^--/, '');
    if (!name || !(name in defaults) || argv[i + 1] === undefined) {
      throw new Error(
        `unknown or incomplete argument ${argv[i]}; known: ${Object.keys(defaults).join(', ')}`,
      );
    }
    args[name] = argv[i + 1]!;
  }
  return args as T;
}

/** Wall time of an async step in seconds. */
export async function timed(step: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint();
  await step();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Peak resident memory of this process so far, in MB. */
export function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** The machine, so published figures say where they were measured. */
export function machine(): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
}

/** Runs a shell baseline (e.g. `cp` + `sync`) and returns its wall time in seconds. */
export function timedCommand(command: string, args: readonly string[]): number {
  const start = process.hrtime.bigint();
  execFileSync(command, args, { stdio: 'ignore' });
  return Number(process.hrtime.bigint() - start) / 1e9;
}

export interface BenchLine {
  readonly metric: string;
  readonly casegraph: number;
  readonly baseline: number;
  readonly unit: string;
  /** True when a larger figure is better (throughput), false for latency-like figures. */
  readonly higherIsBetter: boolean;
  readonly target?: number;
}

/** Prints the figures side by side with the ratio (how many times better casegraph is). */
export function report(title: string, baselineName: string, lines: readonly BenchLine[]): void {
  console.log(`\n${title}\nmachine: ${machine()}\nbaseline: ${baselineName}`);
  for (const l of lines) {
    const ratio = l.higherIsBetter ? l.casegraph / l.baseline : l.baseline / l.casegraph;
    const target =
      l.target === undefined ? '' : `  target ≥ ${l.target}× ${ratio >= l.target ? 'met' : 'NOT met'}`;
    console.log(
      `${l.metric.padEnd(28)} casegraph ${l.casegraph.toFixed(1).padStart(10)} ${l.unit}  ` +
        `baseline ${l.baseline.toFixed(1).padStart(10)} ${l.unit}  ratio ${ratio.toFixed(2)}×${target}`,
    );
  }
}

/** Exact percentiles (nearest rank) of a list of latencies, in the list's unit. */
export function percentiles(values: readonly number[]): { p50: number; p95: number; p99: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

/**
 * Runs `call` from `concurrency` loops for `seconds`, and returns every call's latency in ms and the
 * calls per second: the in-process counterpart of an HTTP load generator.
 */
export async function closedLoop(
  concurrency: number,
  seconds: number,
  call: () => Promise<unknown>,
): Promise<{ latencies: number[]; perSecond: number }> {
  const latencies: number[] = [];
  const end = Date.now() + seconds * 1000;
  const loop = async () => {
    while (Date.now() < end) {
      const start = process.hrtime.bigint();
      await call();
      latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  return { latencies, perSecond: latencies.length / seconds };
}
