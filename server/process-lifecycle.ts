import { loadConfig, type Config } from '../common/config.js';
import { isAppError } from '../common/errors.js';
import { ExitCode } from '../common/exit-codes.js';
import { logger, setLogLevel } from '../common/logger.js';

const log = logger('shutdown');

/** Why start-up failed, as an exit code an operator can act on. */
export function exitCodeFor(error: unknown): ExitCode {
  if (!isAppError(error)) return ExitCode.Failed;
  switch (error.code) {
    case 'CONFIG_INVALID':
      return ExitCode.ConfigInvalid;
    case 'SERVICE_UNAVAILABLE':
      return ExitCode.DependencyMissing;
    default:
      return ExitCode.Failed;
  }
}

/** Prints one clear line for a start-up failure and exits with its code. */
export function failStartup(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`casegraph: ${message}\n`);
  process.exit(exitCodeFor(error));
}

/**
 * The same signal again within this long is the first one delivered twice: Ctrl-C on `npm start`
 * reaches casegraph from the terminal (its whole process group) and again from npm, which
 * forwards it, a few milliseconds apart.
 */
export const DUPLICATE_SIGNAL_MS = 1000;

/**
 * SIGINT/SIGTERM stop the process gracefully once; a second request (another signal, or the same
 * one after a moment) forces the exit.
 */
export function onShutdownSignals(stop: () => Promise<void>): void {
  let first: { signal: NodeJS.Signals; at: number } | null = null;
  const handler = (signal: NodeJS.Signals) => {
    if (first) {
      if (signal === first.signal && Date.now() - first.at < DUPLICATE_SIGNAL_MS) {
        log.debug({ signal }, 'the same signal again at once: one request, still draining');
        return;
      }
      log.warn({ signal }, 'second signal: exiting now');
      process.exit(ExitCode.Interrupted);
    }
    first = { signal, at: Date.now() };
    log.info({ signal }, 'stopping: draining jobs, closing connections, stopping embedded services');
    stop().then(
      () => process.exit(ExitCode.Ok),
      (error: unknown) => {
        log.error({ err: (error as Error).message }, 'shutdown failed');
        process.exit(ExitCode.Failed);
      },
    );
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}

/** The configuration from the environment, or one clear line and exit code 78. */
export function loadConfigOrExit(defaults: Readonly<Record<string, string>> = {}): Config {
  try {
    const config = loadConfig(defaults);
    setLogLevel(config.logLevel);
    return config;
  } catch (error) {
    failStartup(error);
  }
}
