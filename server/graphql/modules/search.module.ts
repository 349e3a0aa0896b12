/**
 * GraphQL of finding things in a case: its posts by their words, and the captures behind files
 * that other answers name by SHA-256. Anyone who may read the case may ask.
 */
import type { ArtifactCaptureRepository } from '../../../graph/repositories/artifact-capture.repository.js';
import { AppError } from '../../../common/errors.js';
import { requireCaseAccess, type AccessContext } from '../../auth/case-access.js';
import type { PostSearchService } from '../../search/post-search.service.js';
import { graphqlPart, type GraphqlPart } from '../module.js';
import { pageSize } from '../page-size.js';

const MAX_SHA256S = 100;

export interface SearchModuleDeps {
  readonly posts: PostSearchService;
  readonly artifactCaptures: ArtifactCaptureRepository;
}

/** The search part of the API. */
export function searchModule({ posts, artifactCaptures }: SearchModuleDeps): GraphqlPart {
  return graphqlPart<AccessContext>('search.graphql', {
    Query: {
      searchPosts: async (_, args, ctx) => {
        await requireCaseAccess(ctx, args.caseId, 'read');
        return posts.search(args.caseId, args.query, pageSize(args.first, 'first', 50, 200));
      },
      artifactCaptures: async (_, args, ctx) => {
        await requireCaseAccess(ctx, args.caseId, 'read');
        if (args.sha256s.length > MAX_SHA256S) {
          throw new AppError('BAD_USER_INPUT', `Ask for at most ${MAX_SHA256S} files at a time.`, {
            field: 'sha256s',
          });
        }
        const hashes = args.sha256s.map((s) => s.toLowerCase()).filter((s) => /^[0-9a-f]{64}$/.test(s));
        return hashes.length === 0 ? [] : artifactCaptures.capturesOf(args.caseId, hashes, 500);
      },
    },
  });
}
