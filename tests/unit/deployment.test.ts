import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { parseConfig } from '../../common/config.js';
import { projectRoot } from '../../common/paths.js';
import { workerSettingsRefusal } from '../../server/worker-settings.js';

/**
 * No Docker engine runs here, so the deployment files are checked by reading them: the official
 * images, a worker sharing the evidence volume, and an environment casegraph's own parser accepts.
 */
interface Service {
  image?: string;
  build?: string;
  command?: string[];
  environment?: Record<string, string>;
  volumes?: string[];
}

const compose = YAML.parse(fs.readFileSync(path.join(projectRoot(), 'docker-compose.yml'), 'utf8'), {
  merge: true,
}) as { services: Record<string, Service>; volumes: Record<string, unknown> };

/** Compose's `${VAR:?msg}` / `${VAR:-default}` with the values an operator's .env would give. */
function interpolate(value: string): string {
  return value.replace(/\$\{(\w+)(?::[?-]([^}]*))?\}/g, (_m, name: string, fallback: string | undefined) =>
    name === 'NEO4J_PASSWORD' ? 'a-long-operator-password' : (fallback ?? ''),
  );
}

describe('docker-compose.yml', () => {
  it('runs the official Neo4j 5.26 Community and Redis 7 images', () => {
    expect(compose.services.neo4j?.image).toBe('neo4j:5.26-community');
    expect(compose.services.redis?.image).toBe('redis:7');
  });

  it('gives the app and a separate worker the same data volume, so workers see the evidence', () => {
    const { app, worker } = compose.services;
    expect(app?.build).toBe('.');
    expect(worker?.command).toEqual(['node', 'dist/server/worker-main.js']);
    const dataMount = (s: Service | undefined) => s?.volumes?.find((v) => v.endsWith(':/var/lib/casegraph'));
    expect(dataMount(app)).toBe('casegraph-data:/var/lib/casegraph');
    expect(dataMount(worker)).toBe(dataMount(app));
    expect(Object.keys(compose.volumes)).toContain('casegraph-data');
  });

  it.each(['app', 'worker'])('the %s environment passes casegraph configuration validation', (name) => {
    const env = Object.fromEntries(
      Object.entries(compose.services[name]?.environment ?? {}).map(([k, v]) => [k, interpolate(String(v))]),
    );
    const config = parseConfig(env);
    expect(config.neo4j.uri).toBe('bolt://neo4j:7687');
    expect(config.redis.url).toBe('redis://redis:6379');
    expect(config.runWorkers).toBe(name === 'worker');
  });

  it('gives the worker all that `npm run worker` requires, so it never starts services of its own', () => {
    const env = Object.fromEntries(
      Object.entries(compose.services.worker?.environment ?? {}).map(([k, v]) => [k, interpolate(String(v))]),
    );
    expect(workerSettingsRefusal(env)).toBeNull();
    expect(workerSettingsRefusal({ ...env, NEO4J_URI: '' })).toContain('NEO4J_URI: the shared Neo4j');
  });
});

describe('Dockerfile', () => {
  const dockerfile = fs.readFileSync(path.join(projectRoot(), 'Dockerfile'), 'utf8');

  it("installs Debian's Chromium and never lets puppeteer download a browser", () => {
    expect(dockerfile).toMatch(/apt-get install[^\n]*\bchromium\b/);
    expect(dockerfile).toMatch(/PUPPETEER_SKIP_DOWNLOAD=1/);
  });

  it('ships the files casegraph reads at run time', () => {
    for (const dir of ['policy', 'graph/migrations', 'server/graphql/modules', 'dist']) {
      expect(dockerfile).toContain(`COPY --from=build /app/${dir} ./${dir}`);
    }
  });
});
