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

/** SIGINT/SIGTERM stop the process gracefully once; a second signal forces the exit. */
export function onShutdownSignals(stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) {
      log.warn({ signal }, 'second signal: exiting now');
      process.exit(ExitCode.Interrupted);
    }
    stopping = true;
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
