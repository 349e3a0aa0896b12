/**
 * GraphQL of history: an account's or post's versions in one case and the case's changes feed.
 * Anyone who may read the case may ask; every answer is built from that case's captures alone.
 */
import type { ChangeKind } from '../../../graph/changes/change-detection.js';
import { requireCaseAccess, type AccessContext } from '../../auth/case-access.js';
import type { HistoryService } from '../../history/history.service.js';
import { decodeCursor, pageOf } from '../cursor.js';
import { graphqlPart, type GraphqlPart } from '../module.js';
import { pageSize } from '../page-size.js';

/** The history part of the API. */
export function historyModule(service: HistoryService): GraphqlPart {
  return graphqlPart<AccessContext>('history.graphql', {
    Query: {
      nodeHistory: async (_, a, ctx) => {
        await requireCaseAccess(ctx, a.caseId, 'read');
        return service.nodeHistory(a.caseId, a.ref);
      },
      changes: async (_, a, ctx) => {
        await requireCaseAccess(ctx, a.caseId, 'read');
        const limit = pageSize(a.first, 'first', 50, 200);
        const rows = await service.changes(
          a.caseId,
          { kinds: (a.kinds as ChangeKind[] | null | undefined) ?? null, account: a.account ?? null },
          decodeCursor(a.after, ['at', 'id']) ?? null,
          limit,
        );
        return pageOf(rows, limit, (c) => ({ at: c.at, id: c.id }));
      },
    },
  });
}
