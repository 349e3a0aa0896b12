/**
 * A collector writing into a case at a steady rate, as a worker does: each capture goes through
 * the real ingest (one transaction) and then a CAPTURED custody event on the case's chain. Its
 * accounts and tags belong to that case alone, so the case under read shares nothing with it.
 */
import type { CustodyLedger } from '../evidence/custody/custody-ledger.js';
import type { CaptureIngest, CaptureIngestRepository } from '../graph/ingest/capture-ingest.repository.js';

export interface CaseWriterDeps {
  readonly ingest: CaptureIngestRepository;
  readonly custody: CustodyLedger;
}

export interface CaseWriter {
  /** Stops after the capture under way and returns the posts written per second. */
  stop(): Promise<number>;
}

const account = (platformId: string) => ({
  platformId,
  handle: platformId,
  displayName: null,
  url: null,
  bio: null,
  avatarUrl: null,
  createdAt: null,
  detailsJson: null,
  source: null,
});

/** The n-th capture: `posts` new posts by one of ten authors, each with one of ten tags. */
function nthCapture(caseId: string, n: number, posts: number): CaptureIngest {
  const author = `writer-${caseId}-${n % 10}`;
  const ids = Array.from({ length: posts }, (_, i) => `writer-${caseId}-${n}-${i}`);
  return {
    caseId,
    platform: 'mastodon',
    capture: {
      id: `writer-capture-${caseId}-${n}`,
      decisionId: 'none',
      status: 'CAPTURED',
      startedAt: new Date().toISOString(),
    },
    artifacts: [],
    accounts: [account(author)],
    posts: ids.map((platformId) => ({
      platformId,
      authorId: author,
      url: null,
      text: `collected ${platformId}`,
      postedAt: new Date().toISOString(),
      editedAt: null,
      lang: null,
      title: null,
      detailsJson: null,
      source: null,
    })),
    media: [],
    hashtags: ids.map((postId, i) => ({ postId, tag: `writer-${caseId}-tag${i % 10}` })),
    urls: [],
    mentions: [],
    links: [],
  };
}

/**
 * Starts writing `postsPerSecond` posts a second into the case, in captures of `perCapture`
 * posts: one capture every perCapture / postsPerSecond seconds, on a fixed schedule (a slow
 * capture is not made up for by a burst).
 */
export function startCaseWriter(
  deps: CaseWriterDeps,
  caseId: string,
  postsPerSecond: number,
  perCapture = 10,
): CaseWriter {
  const every = (1000 * perCapture) / postsPerSecond;
  const started = Date.now();
  let written = 0;
  let running = true;
  let n = 0;
  const loop = (async () => {
    while (running) {
      const due = started + n * every;
      const capture = nthCapture(caseId, (n += 1), perCapture);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - Date.now())));
      await deps.ingest.ingest(capture);
      await deps.custody.append({
        caseId,
        type: 'CAPTURED',
        actorId: 'system:bench-writer',
        artifactHashes: [],
        details: { captureId: capture.capture.id, posts: perCapture },
      });
      written += perCapture;
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return written / ((Date.now() - started) / 1000);
    },
  };
}
