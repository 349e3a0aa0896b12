import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatTime, request } from '../api';
import { graphql } from '../gql';
import type { ArtifactCapturesQuery } from '../gql/graphql';
import { paths } from '../paths';

const BEHIND = graphql(`
  query ArtifactCaptures($c: ID!, $s: [String!]!) {
    artifactCaptures(caseId: $c, sha256s: $s) {
      sha256
      captureId
      name
      kind
      platform
      targetValue
      startedAt
    }
  }
`);

export type EvidenceCapture = ArtifactCapturesQuery['artifactCaptures'][number];

/** The case's captures that stored the files named by SHA-256, asked once for a whole screen. */
export function useEvidenceCaptures(caseId: string, sha256s: readonly string[]) {
  const wanted = [...new Set(sha256s)].sort().slice(0, 100);
  const query = useQuery({
    queryKey: ['case', caseId, 'artifact-captures', wanted],
    queryFn: async () => (await request(BEHIND, { c: caseId, s: wanted })).artifactCaptures,
    enabled: wanted.length > 0,
  });
  const bySha = new Map<string, EvidenceCapture[]>();
  for (const row of query.data ?? []) bySha.set(row.sha256, [...(bySha.get(row.sha256) ?? []), row]);
  return { bySha, isPending: wanted.length > 0 && query.isPending, error: query.error };
}

/**
 * Links to the captures that kept each file, so a reader goes from a claim to the evidence; a
 * file only another case kept is named as such, since its capture is not this case's to show.
 */
export function EvidenceLinks({
  caseId,
  sha256s,
  bySha,
}: {
  caseId: string;
  sha256s: readonly string[];
  bySha: ReadonlyMap<string, readonly EvidenceCapture[]>;
}) {
  const unique = [...new Set(sha256s)];
  if (unique.length === 0) return null;
  const captures = new Map<string, EvidenceCapture>();
  for (const sha of unique) for (const c of bySha.get(sha) ?? []) captures.set(c.captureId, c);
  const elsewhere = unique.filter((sha) => !bySha.has(sha)).length;
  return (
    <ul className="evidence-links">
      {[...captures.values()].map((c) => (
        <li key={c.captureId}>
          <Link to={paths.capture(caseId, c.captureId)}>
            Capture of {c.platform} {c.targetValue} · {formatTime(c.startedAt)}
          </Link>
        </li>
      ))}
      {elsewhere > 0 && (
        <li>
          {elsewhere} file{elsewhere === 1 ? '' : 's'} kept by another case’s capture (not shown in this case)
        </li>
      )}
    </ul>
  );
}
