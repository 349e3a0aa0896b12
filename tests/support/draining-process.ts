/**
 * A process that stops the way casegraph's do (server/process-lifecycle.ts), with a drain that
 * takes DRAIN_MS, for the clean-stop test. It prints "ready" once its handlers are in place and
 * "drained" when the drain ends.
 */
import { onShutdownSignals } from '../../server/process-lifecycle.js';

const drainMs = Number(process.env.DRAIN_MS ?? 2000);
onShutdownSignals(async () => {
  await new Promise((resolve) => setTimeout(resolve, drainMs));
  process.stdout.write('drained\n');
});
// Keeps the event loop alive until a signal ends the process.
setInterval(() => undefined, 60_000);
process.stdout.write('ready\n');
