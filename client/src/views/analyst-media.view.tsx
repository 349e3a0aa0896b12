import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatTime, request } from '../api';
import { ErrorAlert } from '../components/error-alert.component';
import { drawnLabels } from '../components/graph-labels';
import { graphql } from '../gql';
import { paths } from '../paths';
import { EvidenceLinks, useEvidenceCaptures } from './analyst-evidence.view';
import type { CaseDetail } from './case.view';

const SPREAD = graphql(`
  query MediaSpread($c: ID!, $sha: String!) {
    mediaSpread(caseId: $c, sha256: $sha) {
      post
      account
      handle
      postedAt
      kind
      via
      artifacts
    }
  }
`);

/** A stored image of the case, from casegraph's own origin; a file that is not an image shows its name. */
function Thumbnail({
  caseId,
  sha256,
  label,
  large = false,
}: {
  caseId: string;
  sha256: string;
  label: string;
  large?: boolean;
}) {
  return (
    <img
      src={paths.artifact(caseId, sha256)}
      alt={label}
      className={large ? 'media-large' : 'media-thumb'}
      loading="lazy"
      onError={(e) => e.currentTarget.classList.add('not-image')}
    />
  );
}

/**
 * The case's media files as thumbnails; choosing one (/analysis/media/<sha256>) shows who posted it
 * first and who passed it on, in time order, with the captures that kept each post.
 */
export function AnalystMedia({ detail, sha256 }: { detail: CaseDetail; sha256: string | null }) {
  const labels = drawnLabels(detail.graph);
  const media = detail.graph.nodes.filter((n) => n.kind === 'media');
  return (
    <section aria-labelledby="media-title">
      <h3 id="media-title">Media spread</h3>
      {media.length === 0 && (
        <p>No media files in this case yet: collected posts bring their images and videos.</p>
      )}
      <ul className="media-grid" aria-label="Media of the case">
        {media.map((m) => {
          const sha = m.ref.replace(/^media:/, '');
          return (
            <li key={m.ref} className={sha === sha256 ? 'selected' : undefined}>
              <Link to={paths.media(detail.id, sha)} aria-current={sha === sha256 ? 'true' : undefined}>
                <Thumbnail caseId={detail.id} sha256={sha} label={labels.get(m.ref) ?? 'Media file'} />
                <span>{labels.get(m.ref)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
      {sha256 && <Spread detail={detail} sha256={sha256} />}
    </section>
  );
}

function Spread({ detail, sha256 }: { detail: CaseDetail; sha256: string }) {
  const spread = useQuery({
    queryKey: ['case', detail.id, 'media-spread', sha256],
    queryFn: async () => (await request(SPREAD, { c: detail.id, sha: sha256 })).mediaSpread,
  });
  const evidence = useEvidenceCaptures(
    detail.id,
    (spread.data ?? []).flatMap((e) => e.artifacts),
  );
  const posters = new Set((spread.data ?? []).map((e) => e.account));
  const labels = drawnLabels(detail.graph);
  return (
    <article className="card spread" aria-label="Spread of the chosen media file">
      <div className="row">
        <Thumbnail caseId={detail.id} sha256={sha256} label="The chosen media file" large />
        <p>
          SHA-256 <code className="hash">{sha256}</code>
          <br />
          {spread.data && `${spread.data.length} posts by ${posters.size} accounts`}
        </p>
      </div>
      <ErrorAlert message={spread.error?.message ?? null} />
      {spread.isPending && <p aria-busy="true">Following the file…</p>}
      <ol className="spread-list">
        {(spread.data ?? []).map((e) => (
          <li key={e.post}>
            <strong>{e.kind === 'UPLOAD' ? 'Posted' : 'Passed on'}</strong> by{' '}
            <Link to={paths.node(detail.id, e.account)}>
              {labels.get(e.account) ?? e.handle ?? e.account}
            </Link>{' '}
            · {formatTime(e.postedAt)} · <Link to={paths.node(detail.id, e.post)}>the post</Link>
            {e.via && (
              <>
                {' '}
                (reposting <Link to={paths.node(detail.id, e.via)}>this post</Link>)
              </>
            )}
            <EvidenceLinks caseId={detail.id} sha256s={e.artifacts} bySha={evidence.bySha} />
          </li>
        ))}
      </ol>
      {spread.data?.length === 0 && <p>No post of this case carries the file.</p>}
    </article>
  );
}
