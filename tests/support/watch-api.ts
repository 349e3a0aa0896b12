/**
 * The watch API as the tests use it: GraphQL documents, a request for a watched target, and a wait
 * for a watch to reach a state. Watches in tests run through the test-only scheduler interval
 * (CASEGRAPH_WATCH_TEST_EVERY_MS with NODE_ENV=test), which the configuration refuses elsewhere.
 */
import type { GqlClient } from './graphql-client.js';

/** How often a test watch's scheduler fires. */
export const TEST_EVERY_MS = 1500;

/** The configuration a suite with watches adds. */
export const WATCH_TEST_CONFIG = { NODE_ENV: 'test', CASEGRAPH_WATCH_TEST_EVERY_MS: String(TEST_EVERY_MS) };

const WATCH_FIELDS = `id caseId target platform targetKind targetValue method requesterName intervalHours
  endsAt createdAt status stopReason nextRunAt runs capturesMade
  lastRun { at decision clauses result captureId collectJobId }`;

export const CREATE_WATCH = `mutation($input: CollectionRequestInput!, $hours: Int!, $endsAt: String!) {
  createWatch(input: $input, intervalHours: $hours, endsAt: $endsAt) {
    jobId decision { decision clauses } watch { ${WATCH_FIELDS} }
  }
}`;
export const WATCHES = `query($caseId: ID!) { watches(caseId: $caseId) { ${WATCH_FIELDS} } }`;
export const PAUSE = `mutation($c: ID!, $id: ID!) { pauseWatch(caseId: $c, id: $id) { ${WATCH_FIELDS} } }`;
export const RESUME = `mutation($c: ID!, $id: ID!) { resumeWatch(caseId: $c, id: $id) { ${WATCH_FIELDS} } }`;
export const END = `mutation($c: ID!, $id: ID!) { endWatch(caseId: $c, id: $id) { ${WATCH_FIELDS} } }`;

export type WatchJson = Record<string, any>;

/** A collection request for `target` on the case, with a predicate the gate accepts. */
export function watchRequest(
  caseId: string,
  target: { platform: string; kind: string; value: string; scope?: string },
  purpose = 'ONLINE_CRIME',
) {
  return {
    caseId,
    purpose,
    target: { scope: 'POSTS', ...target },
    method: 'PUBLIC_API',
    device: { kind: 'DEPARTMENT', id: 'SJPD-LT-0042' },
    predicate: {
      reportNumber: '26-0311',
      facts: `Rpt 26-0311: ${target.value} posted threats against a witness`,
    },
  };
}

/** An end date `days` ahead. */
export const daysAhead = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** The case's watch `id` as the API lists it. */
export async function watchOf(client: GqlClient, caseId: string, id: string): Promise<WatchJson> {
  const listed = await client.query(WATCHES, { caseId });
  if (listed.errors) throw new Error(`watches: ${listed.errors[0]?.message}`);
  const found = (listed.data!.watches as WatchJson[]).find((w) => w.id === id);
  if (!found) throw new Error(`watch ${id} is not listed`);
  return found;
}

/** Polls the watch until `check` holds; fails naming the last state seen. */
export async function waitForWatch(
  client: GqlClient,
  caseId: string,
  id: string,
  check: (w: WatchJson) => boolean,
  ms = 90_000,
): Promise<WatchJson> {
  const deadline = Date.now() + ms;
  for (;;) {
    const watch = await watchOf(client, caseId, id);
    if (check(watch)) return watch;
    if (Date.now() > deadline) throw new Error(`the watch did not get there: ${JSON.stringify(watch)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
