/** Reading the audit trail: administrators all of it, supervisors the cases they oversee. */
import { AppError } from '../../../common/errors.js';
import type { AuditRecord, AuditRepository } from '../../../graph/repositories/audit.repository.js';
import { requireCaseAccess, requireUser, type AccessContext } from '../../auth/case-access.js';
import { decodeCursor, pageOf } from '../cursor.js';
import { graphqlPart, type GraphqlPart } from '../module.js';
import { pageSize } from '../page-size.js';

const position = (e: AuditRecord) => ({ at: e.at, id: e.id });

/** The audit part of the API. */
export function auditModule(audit: AuditRepository): GraphqlPart {
  return graphqlPart<AccessContext>('audit.graphql', {
    Query: {
      auditEvents: async (_, args, ctx) => {
        const user = requireUser(ctx);
        let caseIds: string[] | undefined;
        if (user.role === 'SUPERVISOR') {
          if (!args.caseId)
            throw new AppError('BAD_USER_INPUT', 'caseId: name the case', { field: 'caseId' });
          await requireCaseAccess(ctx, args.caseId, 'authorize');
          caseIds = [args.caseId];
        } else if (user.role === 'ADMIN') {
          caseIds = args.caseId ? [args.caseId] : undefined;
        } else {
          throw new AppError('FORBIDDEN', 'only supervisors and administrators read the audit trail');
        }
        const limit = pageSize(args.first, 'first', 100, 500);
        const rows = await audit.list({
          caseIds,
          actorId: args.actorId ?? undefined,
          before: decodeCursor(args.after, ['at', 'id']),
          limit: limit + 1,
        });
        return pageOf(rows, limit, position);
      },
    },
  });
}
