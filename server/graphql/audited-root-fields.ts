/**
 * Notes every root field as it runs, from inside its resolver. The document's shape says nothing
 * reliable about what runs (inline fragments, named fragments and aliases all reach root fields),
 * so the audit trail is built from these notes instead. A note keeps the field, its response key
 * and the case it concerns, never an argument value; a sign-in also keeps the username it tried.
 */
import { defaultFieldResolver, getNamedType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

/** One root field that ran. */
export interface RootCall {
  readonly operation: string;
  readonly field: string;
  /** Where its answer (and its errors) sit in the response: the alias, or the field's name. */
  readonly key: string;
  caseId: string | null;
  /** The username a sign-in tried, so a refused one can be traced to the account it was aimed at. */
  readonly username: string | null;
}

/** Root fields that read nothing of a case. */
const NOT_CASEWORK = new Set(['me', 'version', 'gatePolicy']);
/** Root fields whose `id` argument is a case id. */
const CASE_BY_ID = new Set(['case', 'updateCase', 'closeCase']);
const WRAPPED = Symbol('casegraph.auditedRootField');

function caseIdOf(field: string, args: Record<string, unknown>): string | null {
  const input = args.input as { caseId?: unknown } | undefined;
  const id = args.caseId ?? input?.caseId ?? (CASE_BY_ID.has(field) ? args.id : undefined);
  return typeof id === 'string' ? id : null;
}

/** A field without a case argument (createCase, approveAuthorization) names its case in its result. */
function caseIdInResult(value: unknown, returnsCase: boolean): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as { id?: unknown; caseId?: unknown };
  const id = returnsCase ? record.id : record.caseId;
  return typeof id === 'string' ? id : null;
}

/** Where each request's notes go: one list per request context, dropped with the context. */
export class RootCallLog {
  private readonly calls = new WeakMap<object, RootCall[]>();

  /** Starts collecting for one request; returns the list its root fields will fill. */
  open(context: object): RootCall[] {
    const list: RootCall[] = [];
    this.calls.set(context, list);
    return list;
  }

  /** Wraps every casework root field of `schema` so that each run leaves a note here. */
  instrument(schema: GraphQLSchema): void {
    for (const type of [schema.getQueryType(), schema.getMutationType()]) {
      for (const field of Object.values(type?.getFields() ?? {})) {
        if (NOT_CASEWORK.has(field.name) || (field as { [WRAPPED]?: true })[WRAPPED]) continue;
        field.resolve = this.noting(field.resolve ?? defaultFieldResolver);
        Object.assign(field, { [WRAPPED]: true });
      }
    }
  }

  private noting(resolve: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
    return (source, args: Record<string, unknown>, context, info) => {
      const list = typeof context === 'object' && context !== null ? this.calls.get(context) : undefined;
      const call: RootCall = {
        operation: info.operation.operation,
        field: info.fieldName,
        key: String(info.path.key),
        caseId: caseIdOf(info.fieldName, args),
        username: info.fieldName === 'login' && typeof args.username === 'string' ? args.username : null,
      };
      list?.push(call);
      const result = resolve(source, args, context, info);
      if (call.caseId === null && list) {
        const returnsCase = getNamedType(info.returnType).name === 'Case';
        // A side branch: the promise graphql-js awaits, and its rejection, stay as they were.
        Promise.resolve(result).then(
          (value) => (call.caseId ??= caseIdInResult(value, returnsCase)),
          () => undefined,
        );
      }
      return result;
    };
  }
}
