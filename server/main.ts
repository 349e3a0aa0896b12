import { ExitCode } from '../common/exit-codes.js';
import { logger } from '../common/logger.js';
import { startCasegraph } from './casegraph.js';
import { failStartup, loadConfigOrExit, onShutdownSignals } from './process-lifecycle.js';

/** `npm start`: casegraph with its API, client and in-process workers. */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const log = logger('shutdown');
  let app: Awaited<ReturnType<typeof startCasegraph>> | undefined;
  const lost = (what: string) => {
    log.fatal({ what }, 'a service casegraph depends on stopped; exiting');
    void (app?.stop() ?? Promise.resolve()).finally(() => process.exit(ExitCode.ServiceFailed));
  };
  try {
    app = await startCasegraph(config, { onServiceLost: lost });
  } catch (error) {
    failStartup(error);
  }
  onShutdownSignals(() => app!.stop());
  process.stdout.write(`casegraph is running at ${app.url} (GraphQL at ${app.url}/graphql)\n`);
}

void main();
