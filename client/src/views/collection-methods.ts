import type { CollectionMethod } from '../../../common/collection-types';

/** Methods that act through a persona; the gate needs to know which one. casegraph never performs them. */
export const COVERT: readonly CollectionMethod[] = ['UNDERCOVER_ACCOUNT', 'AUTHENTICATED_SESSION'];

/** Methods in words, for the method select. */
const METHOD_LABELS: Partial<Readonly<Record<CollectionMethod, string>>> = {
  PUBLIC_API: 'Public API, logged out',
  PUBLIC_WEB: 'Public page in a browser, logged out',
  API_WITH_KEY: "Official API with the department's key",
  UNDERCOVER_ACCOUNT: "Undercover account (supervisor's authorization; done outside casegraph)",
  AUTHENTICATED_SESSION: "Signed-in session (supervisor's authorization; done outside casegraph)",
};
export const methodLabel = (m: string) => METHOD_LABELS[m as CollectionMethod] ?? m;
