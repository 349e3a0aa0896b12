import { logger } from '../common/logger.js';
import { startFixturePlatforms } from '../demo/platforms/fixture-server.js';
import { startCasegraph } from './casegraph.js';
import { seedDemo } from './demo/demo-seed.js';
import { failStartup, loadConfigOrExit, onShutdownSignals } from './process-lifecycle.js';

/**
 * `npm run demo`: casegraph on embedded defaults, plus the loopback fixture platforms standing in
 * for Mastodon, Bluesky, Reddit, feeds, Telegram and web pages, and a seeded demo case, so the whole
 * flow can be seen on a machine with no internet.
 */
async function main(): Promise<void> {
  const fixtures = await startFixturePlatforms();
  const platformsOnLoopback = Object.fromEntries(
    ['mastodon', 'bluesky', 'reddit', 'telegram'].map((p) => [p, { baseUrl: fixtures.url }]),
  );
  const config = loadConfigOrExit({
    CASEGRAPH_DATA_DIR: './data/demo',
    // The fixture platforms live on loopback, which the fetch guard refuses unless their
    // host:port is allowlisted (a bare host would open every port on it).
    CASEGRAPH_FETCH_ALLOWLIST: `127.0.0.1:${fixtures.port}`,
    CASEGRAPH_COLLECTOR_OPTIONS: JSON.stringify(platformsOnLoopback),
  });
  try {
    const app = await startCasegraph(config);
    app.runtime.onStop(() => fixtures.close());
    onShutdownSignals(() => app.stop());
    const seeded = await seedDemo(app.services, fixtures.url);
    logger('demo').info({ fixtures: fixtures.url, caseNumber: seeded.caseNumber }, 'demo ready');
    process.stdout.write(
      [
        `casegraph demo is running at ${app.url}`,
        `fixture platforms at ${fixtures.url}`,
        `demo case ${seeded.caseNumber}; sign in as one of:`,
        ...seeded.logins.map((l) => `  ${l.role.padEnd(11)} ${l.username} / ${l.password}`),
        '',
      ].join('\n'),
    );
  } catch (error) {
    await fixtures.close();
    failStartup(error);
  }
}

void main();
