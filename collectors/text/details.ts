import type { EntityDetails } from '../collector.js';

/**
 * Platform facts for an entity's `details`, without the absent ones (null, undefined, empty
 * strings and lists), so the stored details say only what the platform stated.
 */
export function compact(facts: Record<string, unknown>): EntityDetails {
  return Object.fromEntries(
    Object.entries(facts).filter(
      ([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0),
    ),
  );
}
