import { graphql } from './gql';
import type { SignedInUserFragment, TypedDocumentString } from './gql/graphql';

/** The workspace's one way to the server: GraphQL over same-origin POST, with the session cookie. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** The input the server refused, when it names one (`number`, `handle`), to show the error beside it. */
    readonly field?: string,
  ) {
    super(message);
  }
}

/** Variables as a second argument only where the document declares some. */
type VariablesArgument<TVariables> = TVariables extends Record<string, never> ? [] : [variables: TVariables];

/**
 * Runs a generated document (see `graphql()` in ./gql) and answers its typed data; throws ApiError
 * with the server's code and message.
 */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: VariablesArgument<TVariables>
): Promise<TResult> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
  });
  const body = (await response.json()) as {
    data?: TResult;
    errors?: { message: string; extensions?: { code?: string; field?: string } }[];
  };
  const error = body.errors?.[0];
  if (error) throw new ApiError(error.extensions?.code ?? 'ERROR', error.message, error.extensions?.field);
  return body.data as TResult;
}

// What the workspace knows of the signed-in user; sign-in and the session check both ask for it.
graphql(`
  fragment SignedInUser on User {
    id
    username
    displayName
    role
    unit
  }
`);

export type Me = SignedInUserFragment;

/** Dates in the user's zone, with UTC alongside for evidence. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return `${d.toLocaleString()} (${d.toISOString().replace('.000Z', 'Z')})`;
}
