/**
 * Ingest throughput: realistic posts (authors, mentions, hashtags, media, replies) written through
 * casegraph's batched capture ingest, against one transaction per post MERGEing the same facts.
 *
 *   node --import tsx bench/ingest-throughput.ts [--posts 100000] [--baseline 2000] [--batch 5000]
 *
 * Runs on a throwaway embedded Neo4j (2 GB heap, 1 GB page cache).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setLogLevel } from '../common/logger.js';
import { startEmbeddedNeo4j } from '../graph/embedded-neo4j.js';
import { GraphClient } from '../graph/graph-client.js';
import type { CaptureIngest } from '../graph/ingest/capture-ingest.repository.js';
import { buildRepositories } from '../server/composition/repositories.js';
import { migrate } from '../graph/migrate.js';
import { benchArgs, report, timed } from './bench-kit.js';

const args = benchArgs({ posts: '100000', baseline: '2000', batch: '5000' });
setLogLevel('warn');
const ACCOUNTS = 2000;
const sha = (n: number) => n.toString(16).padStart(64, '0');

/** Posts `from`..`to` as one capture's ingest; relationships counted alongside. */
function capture(caseId: string, from: number, to: number): { ingest: CaptureIngest; rels: number } {
  const posts = [];
  const mentions = [];
  const hashtags = [];
  const media = [];
  const links = [];
  for (let i = from; i < to; i += 1) {
    posts.push({
      platformId: `p${i}`,
      authorId: `a${i % ACCOUNTS}`,
      url: null,
      text: `post ${i} #tag${i % 100}`,
      postedAt: new Date(1.76e12 + i * 60_000).toISOString(),
      editedAt: null,
      lang: 'en',
      title: null,
      source: sha(1),
    });
    mentions.push({
      postId: `p${i}`,
      accountId: `a${(i * 7 + 1) % ACCOUNTS}`,
      handle: `user${(i * 7 + 1) % ACCOUNTS}`,
    });
    hashtags.push({ postId: `p${i}`, tag: `tag${i % 100}` });
    if (i % 10 === 0)
      media.push({
        postId: `p${i}`,
        sha256: sha(i + 10),
        mediaType: 'image/jpeg',
        size: 1000,
        url: `https://m/${i}.jpg`,
        phash: null,
      });
    if (i % 5 === 0 && i > 0) links.push({ type: 'REPLY_TO' as const, from: `p${i}`, to: `p${i - 1}` });
  }
  const accounts = Array.from({ length: ACCOUNTS }, (_, a) => ({
    platformId: `a${a}`,
    handle: `user${a}`,
    displayName: null,
    url: null,
    bio: null,
    avatarUrl: null,
    createdAt: null,
    source: sha(1),
  }));
  // POSTED, CONTAINS, CAPTURED and the others, per post.
  const rels = posts.length * 4 + mentions.length * 2 + hashtags.length + media.length * 3 + links.length;
  return {
    ingest: {
      caseId,
      platform: 'mastodon',
      capture: { id: `cap-${from}`, caseId, decisionId: 'bench', status: 'CAPTURED' },
      artifacts: [
        { sha256: sha(1), size: 1, mediaType: 'application/json', name: 'response-0.json', kind: 'RESPONSE' },
      ],
      accounts: (from === 0 ? accounts : []).map((a) => ({ ...a, detailsJson: null })),
      posts: posts.map((post) => ({ ...post, detailsJson: null })),
      media,
      hashtags,
      urls: [],
      mentions,
      links,
    },
    rels,
  };
}

/** The obvious alternative: each post with its facts in its own transaction. */
async function perPost(graph: GraphClient, caseId: string, n: number): Promise<void> {
  const { ingest } = capture(caseId, 0, n);
  for (const p of ingest.posts) {
    await graph.write(
      `MATCH (c:Case {id: $caseId})
       MERGE (a:Account {platform: 'x', platformId: $p.authorId})
       MERGE (p:Post {platform: 'x', platformId: $p.platformId}) SET p.text = $p.text, p.postedAt = $p.postedAt
       MERGE (a)-[:POSTED]->(p) MERGE (c)-[:CONTAINS]->(p)
       MERGE (m:Account {platform: 'x', platformId: $mention}) MERGE (p)-[:MENTIONS]->(m)
       MERGE (h:Hashtag {tag: $tag}) MERGE (p)-[:TAGGED]->(h)`,
      {
        caseId,
        p,
        mention: `a${(Number(p.platformId.slice(1)) * 7 + 1) % ACCOUNTS}`,
        tag: p.text.split('#')[1],
      },
    );
  }
}

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'casegraph-bench-ingest-'));
const neo4j = await startEmbeddedNeo4j({ home, heap: '2g', pageCache: '1g' });
const graph = GraphClient.connect({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password });
try {
  await migrate(graph);
  await graph.write("CREATE (:Case {id: 'bench-batched'}), (:Case {id: 'bench-per-post'})");
  const total = Number(args.posts);
  const step = Number(args.batch);
  const repo = buildRepositories(graph).ingest;
  let rels = 0;
  const batched = await timed(async () => {
    for (let from = 0; from < total; from += step) {
      const c = capture('bench-batched', from, Math.min(total, from + step));
      rels += c.rels;
      await repo.ingest(c.ingest);
    }
  });
  const n = Number(args.baseline);
  const baseline = await timed(() => perPost(graph, 'bench-per-post', n));
  report(
    `ingest: ${total} posts in captures of ${step}; baseline on ${n} posts`,
    'one transaction per post, MERGE',
    [
      {
        metric: 'posts per second',
        casegraph: total / batched,
        baseline: n / baseline,
        unit: 'posts/s',
        higherIsBetter: true,
        target: 50,
      },
      {
        metric: 'relationships per second',
        casegraph: rels / batched,
        baseline: (n * 7) / baseline,
        unit: 'rels/s',
        higherIsBetter: true,
      },
    ],
  );
  console.log(`casegraph posts/s ${(total / batched).toFixed(0)} (target ≥ 20,000)`);
} finally {
  await graph.close();
  await neo4j.stop();
  fs.rmSync(home, { recursive: true, force: true });
}
