/** Cases and what they hold: the detectives' and analysts' daily API. */
import DataLoader from 'dataloader';
import { AppError } from '../../../common/errors.js';
import type { GraphClient } from '../../../graph/graph-client.js';
import { CaseContentRepository } from '../../../graph/repositories/case-content.repository.js';
import {
  CaseRepository,
  type Assignee,
  type CaseCounts,
  type CaseRecord,
} from '../../../graph/repositories/case.repository.js';
import { UserRepository } from '../../../graph/repositories/user.repository.js';
import { requireCaseAccess, requireUser, type AccessContext } from '../../auth/case-access.js';
import { CaseService } from '../../services/case.service.js';
import type { GraphqlPart } from '../module.js';

type Args = Record<string, unknown>;

/** Per-request batching, so a list of cases costs one query per field, not one per case. */
export interface CaseLoaders {
  readonly counts: DataLoader<string, CaseCounts>;
  readonly assignees: DataLoader<string, Assignee[]>;
}

export interface CaseContext extends AccessContext {
  readonly caseLoaders: CaseLoaders;
}

/** Fresh loaders for one request. */
export function caseLoaders(graph: GraphClient): CaseLoaders {
  const cases = new CaseRepository(graph);
  return {
    counts: new DataLoader(async (ids) => {
      const rows = await cases.counts(ids);
      const zero = (caseId: string) => ({ caseId, persons: 0, accounts: 0, posts: 0, captures: 0 });
      return ids.map((id) => rows.find((r) => r.caseId === id) ?? zero(id));
    }),
    assignees: new DataLoader(async (ids) => {
      const rows = await cases.assignees(ids);
      return ids.map((id) => rows.filter((r) => r.caseId === id));
    }),
  };
}

const clamp = (value: unknown, fallback: number, max: number) => {
  const n = value === undefined || value === null ? fallback : Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new AppError('BAD_USER_INPUT', `first: a whole number from 1 to ${max}`);
  return Math.min(n, max);
};
const optional = (v: unknown) => (v === null || v === undefined ? undefined : String(v));

function encodeCursor(c: CaseRecord): string {
  return Buffer.from(JSON.stringify({ createdAt: c.createdAt, id: c.id })).toString('base64url');
}
function decodeCursor(cursor: unknown): { createdAt: string; id: string } | undefined {
  if (cursor === null || cursor === undefined) return undefined;
  try {
    const value = JSON.parse(Buffer.from(String(cursor), 'base64url').toString()) as {
      createdAt: string;
      id: string;
    };
    if (typeof value.createdAt === 'string' && typeof value.id === 'string') return value;
  } catch {
    // fall through to the error below
  }
  throw new AppError('BAD_USER_INPUT', 'after: not a cursor from this API', { field: 'after' });
}

/** The case part of the API. */
export function caseModule(graph: GraphClient): GraphqlPart {
  const cases = new CaseRepository(graph);
  const content = new CaseContentRepository(graph);
  const service = new CaseService(cases, content, new UserRepository(graph));

  async function readable(ctx: CaseContext, id: string): Promise<CaseRecord> {
    await requireCaseAccess(ctx, id, 'read');
    return (await cases.byId(id))!;
  }

  return {
    sdlFile: 'case.graphql',
    resolvers: {
      Query: {
        cases: async (_: unknown, args: Args, ctx: CaseContext) => {
          const user = requireUser(ctx);
          const limit = clamp(args.first, 25, 200);
          const rows = await cases.list({
            userId: user.id,
            status: optional(args.status),
            search: optional(args.search),
            after: decodeCursor(args.after),
            limit: limit + 1,
          });
          const page = rows.slice(0, limit);
          return {
            nodes: page,
            endCursor: rows.length > limit ? encodeCursor(page[page.length - 1]!) : null,
          };
        },
        case: (_: unknown, args: Args, ctx: CaseContext) => readable(ctx, String(args.id)),
      },
      Case: {
        purposeClause: () => 'SO1301 III.A.2.a',
        counts: (c: CaseRecord, _: Args, ctx: CaseContext) => ctx.caseLoaders.counts.load(c.id),
        assignees: (c: CaseRecord, _: Args, ctx: CaseContext) => ctx.caseLoaders.assignees.load(c.id),
        persons: async (c: CaseRecord) =>
          (await content.persons(c.id)).map((p) => ({ ...p, ref: `person:${p.id}` })),
        accounts: async (c: CaseRecord, args: Args) =>
          (await content.accounts(c.id, clamp(args.first, 100, 500))).map((a) => ({
            ...a,
            ref: `account:${a.platform}:${a.platformId}`,
          })),
        posts: async (c: CaseRecord, args: Args) =>
          (
            await content.posts(c.id, {
              platform: optional(args.platform),
              from: optional(args.from),
              to: optional(args.to),
              text: optional(args.text),
              limit: clamp(args.first, 50, 500),
            })
          ).map((p) => ({ ...p, ref: `post:${p.platform}:${p.platformId}` })),
        captures: (c: CaseRecord, args: Args) => content.captures(c.id, clamp(args.first, 50, 500)),
        graph: (c: CaseRecord, args: Args) => content.drawing(c.id, clamp(args.maxNodes, 1000, 5000)),
        timeline: (c: CaseRecord, args: Args) =>
          content.timeline(
            c.id,
            optional(args.from) ?? null,
            optional(args.to) ?? null,
            clamp(args.first, 200, 1000),
          ),
      },
      Mutation: {
        createCase: (_: unknown, args: Args, ctx: CaseContext) =>
          service.create(requireUser(ctx), args.input),
        updateCase: async (_: unknown, args: Args, ctx: CaseContext) => {
          await requireCaseAccess(ctx, String(args.id), 'edit');
          return service.update(String(args.id), args.input);
        },
        closeCase: async (_: unknown, args: Args, ctx: CaseContext) => {
          await requireCaseAccess(ctx, String(args.id), 'edit');
          return service.close(String(args.id), String(args.reason));
        },
        assignUser: async (_: unknown, args: Args, ctx: CaseContext) => {
          const actor = await requireCaseAccess(ctx, String(args.caseId), 'edit');
          await service.assign(actor, String(args.caseId), String(args.userId));
          return readable(ctx, String(args.caseId));
        },
        addPerson: async (_: unknown, args: Args, ctx: CaseContext) => {
          const actor = await requireCaseAccess(ctx, String(args.caseId), 'edit');
          return service.addPerson(actor, String(args.caseId), args.input);
        },
        addAccount: async (_: unknown, args: Args, ctx: CaseContext) => {
          await requireCaseAccess(ctx, String(args.caseId), 'edit');
          return service.addAccount(String(args.caseId), args.input);
        },
        tieAccountToPerson: async (_: unknown, args: Args, ctx: CaseContext) => {
          const actor = await requireCaseAccess(ctx, String(args.caseId), 'edit');
          await service.tieAccount(actor, String(args.caseId), String(args.personId), String(args.account), {
            confidence: args.confidence,
            basis: args.basis,
          });
          return true;
        },
        annotate: async (_: unknown, args: Args, ctx: CaseContext) => {
          const actor = await requireCaseAccess(ctx, String(args.caseId), 'analyse');
          return service.annotate(actor, String(args.caseId), String(args.ref), String(args.text));
        },
      },
    },
  };
}
