/**
 * The crash matrix's hook (tests/integration/crash-matrix.test.ts, bench/crash-matrix.ts): with
 * CASEGRAPH_TEST_PAUSE_AT naming a step of the collect job, a worker that reaches the end of that
 * step says so on its standard output and waits there to be killed, so a test can SIGKILL the real
 * worker process at exactly that point. The steps, in order: `fetched` (collected, nothing stored),
 * `stored` (evidence in the store, nothing in the graph), `ingested` (in the graph, no custody
 * event yet), `custody` (custody appended, job not yet completed). The configuration refuses the
 * setting outside NODE_ENV=test, so a production worker never waits here.
 */
import type { Config } from '../../common/config.js';

export type CrashStep = NonNullable<Config['testPauseAt']>;

/** The line a paused worker prints, which the test waits for. */
export const pausedLine = (step: CrashStep, captureId: string) =>
  `casegraph crash point: paused after ${step} of ${captureId}`;

/** Returns at once unless the configuration names this step; then never returns. */
export async function crashPoint(
  config: Pick<Config, 'testPauseAt'>,
  step: CrashStep,
  captureId: string,
): Promise<void> {
  if (config.testPauseAt !== step) return;
  process.stdout.write(`${pausedLine(step, captureId)}\n`);
  await new Promise<never>(() => undefined);
}
