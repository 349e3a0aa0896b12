/** Searching a case's posts by the words a detective remembers of them. */
import type { PostHitRow, PostSearchRepository } from '../../graph/repositories/post-search.repository.js';
import { parsePostQuery } from './post-query.js';

/** One post found, with the words the query matched so the workspace can mark them. */
export interface PostHit extends PostHitRow {
  readonly ref: string;
}

export interface PostSearchResult {
  readonly words: readonly string[];
  readonly hits: readonly PostHit[];
}

export class PostSearchService {
  constructor(private readonly posts: PostSearchRepository) {}

  /** The case's posts that contain every word typed (accents ignored), best match first. */
  async search(caseId: string, typed: string, limit: number): Promise<PostSearchResult> {
    const query = parsePostQuery(typed);
    const rows = await this.posts.search(caseId, query.lucene, limit);
    return {
      words: query.words,
      hits: rows.map((r) => ({ ...r, ref: `post:${r.platform}:${r.platformId}` })),
    };
  }
}
