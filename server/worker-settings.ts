/**
 * What `npm run worker` must be told before it starts: it works for a casegraph on another machine,
 * so everything it writes must land where that casegraph reads. Without NEO4J_URI it would start
 * an embedded Neo4j of its own, without REDIS_URL it would take jobs from a local Redis nobody
 * fills, and without CASEGRAPH_DATA_DIR it would keep evidence where no one else can read it, all
 * silently; so it refuses, and says what to set.
 */
const REQUIRED = [
  ['NEO4J_URI', 'the shared Neo4j (neo4j://, neo4j+s://, bolt://)'],
  ['REDIS_URL', 'the Redis that holds the job queue'],
  ['CASEGRAPH_DATA_DIR', 'the evidence directory the casegraph server reads (a shared filesystem)'],
] as const;

/** Why a worker may not start with these settings; null when it may. */
export function workerSettingsRefusal(env: Readonly<Record<string, string | undefined>>): string | null {
  const missing = REQUIRED.filter(([name]) => !env[name]?.trim());
  if (missing.length === 0) return null;
  const lines = missing.map(([name, what]) => `  ${name}: ${what}`);
  return [
    'a worker runs beside a casegraph server and never starts its own Neo4j, Redis or evidence store; set:',
    ...lines,
  ].join('\n');
}
