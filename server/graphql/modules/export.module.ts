/** Evidence packet exports: start one, follow it, find where to download it. */
import type { ExportRecord } from '../../../graph/repositories/export.repository.js';
import { requireCaseAccess, type AccessContext } from '../../auth/case-access.js';
import type { ExportService } from '../../services/export.service.js';
import { graphqlPart, type GraphqlPart } from '../module.js';
import { pageSize } from '../page-size.js';

const view = (e: ExportRecord) => ({
  ...e,
  downloadPath: e.status === 'DONE' ? `/exports/${e.id}/packet.zip` : null,
});

/** The export part of the API. */
export function exportModule(exports: ExportService): GraphqlPart {
  return graphqlPart<AccessContext>('export.graphql', {
    Query: {
      exports: async (_, args, ctx) => {
        await requireCaseAccess(ctx, args.caseId, 'export');
        const first = pageSize(args.first, 'first', 20, 100);
        return (await exports.list(args.caseId, first)).map(view);
      },
    },
    Mutation: {
      startExport: async (_, args, ctx) => {
        const user = await requireCaseAccess(ctx, args.caseId, 'export');
        const captureIds = Array.isArray(args.captureIds) ? args.captureIds.map(String) : null;
        const reason = String(args.reason ?? '');
        return view(await exports.start(user, { caseId: args.caseId, reason, captureIds }));
      },
    },
  });
}
