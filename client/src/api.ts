/** The workspace's one way to the server: GraphQL over same-origin POST, with the session cookie. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** Runs a query or mutation; throws ApiError with the server's code and message. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  const error = body.errors?.[0];
  if (error) throw new ApiError(error.extensions?.code ?? 'ERROR', error.message);
  return body.data as T;
}

export type Role = 'DETECTIVE' | 'ANALYST' | 'PROSECUTOR' | 'SUPERVISOR' | 'ADMIN';

export interface Me {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unit: string | null;
}

/** The five purposes of SO1301 III.A.2.a, as the detective reads them. */
export const PURPOSES: readonly { value: string; label: string }[] = [
  { value: 'MISSING_PERSON', label: 'Missing person' },
  { value: 'WANTED_PERSON', label: 'Wanted person' },
  { value: 'GANG_ACTIVITY', label: 'Gang participation' },
  { value: 'ONLINE_CRIME', label: 'Crime perpetrated online' },
  { value: 'CRIME_FOOTAGE', label: 'Photos or videos of a crime' },
];

/** Dates in the user's zone, with UTC alongside for evidence. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return `${d.toLocaleString()} (${d.toISOString().replace('.000Z', 'Z')})`;
}
