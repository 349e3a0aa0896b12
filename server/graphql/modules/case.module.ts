/** Cases and what they hold: the detectives' and analysts' daily API. */
import DataLoader from 'dataloader';
import type { CaseContentRepository } from '../../../graph/repositories/case-content.repository.js';
import type { CaseCounts, CaseRecord, CaseRepository } from '../../../graph/repositories/case.repository.js';
import { toSessionUser } from '../../auth/auth.service.js';
import { requireCaseAccess, requireUser, type AccessContext } from '../../auth/case-access.js';
import type { SessionUser } from '../../auth/session-user.js';
import type { CaseStatusService } from '../../lifecycle/case-status.service.js';
import type { CaseService } from '../../services/case.service.js';
import type { CaseReadCache } from '../case-read-cache.js';
import { decodeCursor, pageOf } from '../cursor.js';
import { graphqlPart, type GraphqlPart } from '../module.js';
import { pageSize } from '../page-size.js';

/** Per-request batching, so a list of cases costs one query per field, not one per case. */
export interface CaseLoaders {
  readonly counts: DataLoader<string, CaseCounts>;
  readonly assignees: DataLoader<string, SessionUser[]>;
}

export interface CaseContext extends AccessContext {
  readonly caseLoaders: CaseLoaders;
}

/** Fresh loaders for one request. */
export function caseLoaders(cases: CaseRepository): CaseLoaders {
  return {
    counts: new DataLoader(async (ids) => {
      const rows = await cases.counts(ids);
      const zero = (caseId: string) => ({ caseId, persons: 0, accounts: 0, posts: 0, captures: 0 });
      return ids.map((id) => rows.find((r) => r.caseId === id) ?? zero(id));
    }),
    assignees: new DataLoader(async (ids) => {
      const rows = await cases.assignees(ids);
      return ids.map((id) => rows.filter((r) => r.caseId === id).map(toSessionUser));
    }),
  };
}

const optional = (v: unknown) => (v === null || v === undefined ? undefined : String(v));

const pick = (c: CaseRecord) => ({ createdAt: c.createdAt, id: c.id });

export interface CaseModuleDeps {
  readonly cases: CaseRepository;
  readonly content: CaseContentRepository;
  readonly service: CaseService;
  readonly reads: CaseReadCache;
  /** Closing goes through the records lifecycle, which puts it on the custody chain. */
  readonly closing: Pick<CaseStatusService, 'close'>;
}

/** The case part of the API. */
export function caseModule({ cases, content, service, reads, closing }: CaseModuleDeps): GraphqlPart {
  async function readable(ctx: CaseContext, id: string): Promise<CaseRecord> {
    await requireCaseAccess(ctx, id, 'read');
    return (await reads.remember(id, ['case'], () => cases.byId(id)))!;
  }

  return graphqlPart<CaseContext>('case.graphql', {
    Query: {
      cases: async (_, args, ctx) => {
        const user = requireUser(ctx);
        const limit = pageSize(args.first, 'first', 25, 200);
        const rows = await cases.list({
          userId: user.id,
          status: optional(args.status),
          search: optional(args.search),
          after: decodeCursor(args.after, ['createdAt', 'id']),
          limit: limit + 1,
        });
        return pageOf(rows, limit, pick);
      },
      case: (_, args, ctx) => readable(ctx, args.id),
    },
    Case: {
      purposeClause: () => 'SO1301 III.A.2.a',
      counts: (c, _, ctx) => ctx.caseLoaders.counts.load(c.id),
      assignees: (c, _, ctx) => ctx.caseLoaders.assignees.load(c.id),
      persons: async (c) =>
        (await content.persons(c.id)).map((p) => ({ ...p, ref: `person:${p.id}`, caseId: c.id })),
      accounts: async (c, args) =>
        (await content.accounts(c.id, pageSize(args.first, 'first', 100, 500))).map((a) => ({
          ...a,
          ref: `account:${a.platform}:${a.platformId}`,
        })),
      posts: async (c, args) =>
        (
          await content.posts(c.id, {
            platform: optional(args.platform),
            from: optional(args.from),
            to: optional(args.to),
            text: optional(args.text),
            limit: pageSize(args.first, 'first', 50, 500),
          })
        ).map((p) => ({ ...p, ref: `post:${p.platform}:${p.platformId}` })),
      captures: (c, args) => content.captures(c.id, pageSize(args.first, 'first', 50, 500)),
      graph: (c, args) => {
        const maxNodes = pageSize(args.maxNodes, 'maxNodes', 1000, 5000);
        return reads.remember(c.id, ['graph', maxNodes], () => content.drawing(c.id, maxNodes));
      },
      timeline: (c, args) => {
        const [from, to] = [optional(args.from) ?? null, optional(args.to) ?? null];
        const first = pageSize(args.first, 'first', 200, 1000);
        return reads.remember(c.id, ['timeline', from, to, first], () =>
          content.timeline(c.id, from, to, first),
        );
      },
    },
    Mutation: {
      createCase: (_, args, ctx) => service.create(requireUser(ctx), args.input),
      updateCase: async (_, args, ctx) => {
        await requireCaseAccess(ctx, args.id, 'edit');
        return service.update(args.id, args.input);
      },
      closeCase: async (_, args, ctx) => {
        const actor = await requireCaseAccess(ctx, args.id, 'edit');
        return closing.close(actor, args.id, args.reason);
      },
      assignUser: async (_, args, ctx) => {
        const actor = await requireCaseAccess(ctx, args.caseId, 'edit');
        await service.assign(actor, args.caseId, args.userId);
        ctx.access?.forgetUser(args.userId);
        return readable(ctx, args.caseId);
      },
      addPerson: async (_, args, ctx) => {
        const actor = await requireCaseAccess(ctx, args.caseId, 'edit');
        return service.addPerson(actor, args.caseId, args.input);
      },
      addAccount: async (_, args, ctx) => {
        await requireCaseAccess(ctx, args.caseId, 'edit');
        return service.addAccount(args.caseId, args.input);
      },
      annotate: async (_, args, ctx) => {
        const actor = await requireCaseAccess(ctx, args.caseId, 'analyse');
        return service.annotate(actor, args.caseId, args.ref, args.text);
      },
    },
  });
}
