/**
 * Opaque page cursors: the sort keys of a page's last row, base64url JSON. A cursor that does not
 * decode to the expected keys is the client's error, reported on the `after` argument.
 */
import { AppError } from '../../common/errors.js';

export function encodeCursor<K extends string>(position: Readonly<Record<K, string>>): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

export function decodeCursor<K extends string>(
  cursor: string | null | undefined,
  keys: readonly K[],
): Record<K, string> | undefined {
  if (cursor === null || cursor === undefined) return undefined;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as Record<string, unknown>;
    if (keys.every((k) => typeof value[k] === 'string')) return value as Record<K, string>;
  } catch {
    // fall through to the error below
  }
  throw new AppError('BAD_USER_INPUT', 'after: not a cursor from this API', { field: 'after' });
}

/**
 * A page from rows fetched with one row more than `limit`: that extra row only tells whether a
 * next page exists, and the cursor points after the page's last row.
 */
export function pageOf<T, K extends string>(
  rows: readonly T[],
  limit: number,
  position: (row: T) => Readonly<Record<K, string>>,
): { nodes: T[]; endCursor: string | null } {
  const nodes = rows.slice(0, limit);
  return {
    nodes,
    endCursor: rows.length > limit ? encodeCursor(position(nodes[nodes.length - 1]!)) : null,
  };
}
