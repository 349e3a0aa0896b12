/**
 * Account linking at scale: candidate generation (blocking, then scoring) on 10,000 and 100,000
 * synthetic accounts, in memory, against comparing all pairs of the 10,000. Blocking must grow
 * about linearly (target: at most 12× the time for 10× the accounts) and must not lose pairs that
 * all-pairs comparison would suggest.
 *
 *   node --import tsx bench/linking-scale.ts [--small 10000] [--large 100000] [--sampleRows 400]
 *
 * All-pairs on 10,000 accounts is 50 million comparisons; unless `--sampleRows` is 0 (compare them
 * all), the baseline compares `sampleRows` accounts with every other and scales the time by the
 * share of pairs covered, which is exact for a per-pair cost that does not depend on the pair.
 */
import { corpusStats, generateCandidates, scorePair } from '../server/linking/candidate-generator.js';
import type { AccountProfile, ProfilePost } from '../server/linking/linking-types.js';
import { prepareProfile } from '../server/linking/prepared-profile.js';
import { benchArgs, peakRssMb, report, timed } from './bench-kit.js';

const args = benchArgs({ small: '10000', large: '100000', sampleRows: '400' });

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const SYL = ['ka', 'lo', 'mi', 'ra', 'zu', 'te', 'no', 'vi', 'sa', 'de', 'qu', 'fo', 'bi', 'ge', 'hu', 'pa'];
const FIRST = ['Mike', 'Dana', 'Chris', 'Alex', 'Jordan', 'Sam', 'Taylor', 'Pat', 'Jamie', 'Robin', 'Lee'];
const LAST = ['Johnson', 'Smith', 'Brown', 'Lee', 'Davis', 'Miller', 'Wilson', 'Moore', 'King', 'Reed'];
const TAGS = ['stl', 'music', 'weekend', 'kc', 'news', 'sports', 'drill', 'art'];

/**
 * Synthetic accounts: random handles and names, a few posts each with common hashtags and now and
 * then a niche one, a popular link for a third of them, and one twin in fifty (a look-alike handle
 * on another platform sharing an email, an avatar or a media file with its original).
 */
function syntheticProfiles(count: number, seed: number): { profiles: AccountProfile[]; twins: Set<string> } {
  const r = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const hex = () => Array.from({ length: 16 }, () => Math.floor(r() * 16).toString(16)).join('');
  const profiles: AccountProfile[] = [];
  const twins = new Set<string>();
  const make = (i: number, handle: string, extra: Partial<AccountProfile>, posts: ProfilePost[]) =>
    profiles.push({
      key: `p${i % 4}:${i}`,
      platform: `p${i % 4}`,
      platformId: String(i),
      handle,
      displayName: `${pick(FIRST)} ${pick(LAST)}`,
      bio: '',
      url: '',
      avatarSha256: undefined,
      avatarPhash: hex(),
      sourceArtifacts: [],
      caseIds: ['case'],
      links: r() < 0.3 ? ['https://youtube.com/@popular'] : [],
      posts,
      ...extra,
    });
  const postsFor = (i: number, media?: string): ProfilePost[] =>
    Array.from({ length: 4 }, (_, k) => ({
      key: `p${i % 4}:post-${i}-${k}`,
      postedAt: new Date(Date.UTC(2026, 10, 1 + Math.floor(r() * 28), Math.floor(r() * 24))).toISOString(),
      media: media && k === 0 ? [media] : [],
      tags: r() < 0.05 ? [`niche${Math.floor(r() * 5000)}`] : [pick(TAGS)],
      links: [],
      interactions: r() < 0.1 ? [`p0:${Math.floor(r() * count)}`] : [],
    }));
  while (profiles.length < count) {
    const i = profiles.length;
    const handle = `${pick(SYL)}${pick(SYL)}${pick(SYL)}${pick(SYL)}${Math.floor(r() * 999)}`;
    if (r() < 0.02 && i + 1 < count) {
      const email = `${handle}@mail.example`;
      const media = `media-${i}`;
      make(i, handle, { bio: `contact ${email}` }, postsFor(i, media));
      make(
        i + 1,
        `${handle.slice(0, 8).replace('o', '0')}_x`,
        { bio: `mail: ${email}` },
        postsFor(i + 1, media),
      );
      const [x, y] = [profiles[i]!.key, profiles[i + 1]!.key];
      twins.add(x < y ? `${x}|${y}` : `${y}|${x}`);
    } else make(i, handle, {}, postsFor(i));
  }
  return { profiles, twins };
}

/** Compares the first `rows` accounts with every other one; returns seconds and suggested pairs. */
function allPairs(profiles: readonly AccountProfile[], rows: number, minScore: number) {
  const prepared = profiles.map(prepareProfile);
  const stats = corpusStats(prepared);
  const found = new Set<string>();
  let compared = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < rows; i++) {
    for (let j = i + 1; j < prepared.length; j++) {
      const c = scorePair(prepared[i]!, prepared[j]!, stats);
      compared++;
      if (c.score >= minScore) found.add(`${c.a}|${c.b}`);
    }
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { seconds, compared, found };
}

/** Share of the planted twins among the suggestions. */
function twinRecall(result: ReturnType<typeof generateCandidates>, twins: ReadonlySet<string>): string {
  const found = result.candidates.filter((c) => twins.has(`${c.a}|${c.b}`)).length;
  return `twins found ${found}/${twins.size}, precision ${(found / Math.max(1, result.candidates.length)).toFixed(3)}`;
}

async function main(): Promise<void> {
  const small = syntheticProfiles(Number(args.small), 1);
  const large = syntheticProfiles(Number(args.large), 2);
  let smallResult: ReturnType<typeof generateCandidates> | undefined;
  let largeResult: ReturnType<typeof generateCandidates> | undefined;
  const tSmall = await timed(async () => {
    smallResult = generateCandidates(small.profiles);
  });
  const tLarge = await timed(async () => {
    largeResult = generateCandidates(large.profiles);
  });

  const n = small.profiles.length;
  const totalPairs = (n * (n - 1)) / 2;
  const rows = Number(args.sampleRows) > 0 ? Math.min(n, Number(args.sampleRows)) : n;
  const baseline = allPairs(small.profiles, rows, 0.5);
  const allPairsSeconds = baseline.seconds * (totalPairs / baseline.compared);
  // Recall of blocking against all-pairs, over the pairs the baseline actually compared.
  const blocked = new Set(smallResult!.candidates.map((c) => `${c.a}|${c.b}`));
  const kept = [...baseline.found].filter((p) => blocked.has(p)).length;

  console.log(
    `\n${small.profiles.length} accounts: ${smallResult!.comparedPairs} pairs compared, ` +
      `${smallResult!.candidates.length} suggested (${twinRecall(smallResult!, small.twins)}), ` +
      `${smallResult!.skippedBlocks} oversized blocks skipped\n` +
      `${large.profiles.length} accounts: ${largeResult!.comparedPairs} pairs compared, ` +
      `${largeResult!.candidates.length} suggested (${twinRecall(largeResult!, large.twins)}), ` +
      `${largeResult!.skippedBlocks} oversized blocks skipped\n` +
      `all-pairs on ${n}: ${totalPairs} pairs, timed over ${baseline.compared} ` +
      `(${rows === n ? 'all' : `first ${rows} rows, scaled`}); ` +
      `blocking kept ${kept}/${baseline.found.size} of the pairs all-pairs suggests there`,
  );
  report('Account linking: candidate generation', `all-pairs comparison of ${n} accounts`, [
    {
      metric: `blocking, ${n} accounts`,
      casegraph: tSmall,
      baseline: allPairsSeconds,
      unit: 's',
      higherIsBetter: false,
    },
  ]);
  const growth = tLarge / tSmall;
  console.log(
    `blocking, ${large.profiles.length} accounts: ${tLarge.toFixed(2)} s; ` +
      `${(large.profiles.length / n).toFixed(0)}× accounts took ${growth.toFixed(2)}× the time ` +
      `(target ≤ 12×: ${growth <= 12 ? 'met' : 'NOT met'}); peak RSS ${peakRssMb().toFixed(0)} MB`,
  );
}

await main();
