import neo4j from 'neo4j-driver';

/**
 * Converts what neo4j-driver returns into plain JSON-able values. This is the only place Neo4j
 * integers and temporals are seen: everything above graph/ gets numbers and ISO-8601 strings.
 */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Most values are strings, numbers and booleans: answer them before the driver's type tests,
  // which each inspect the object and were a tenth of an API request's CPU.
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isInt(value)) {
    return value.inSafeRange() ? value.toNumber() : value.toString();
  }
  if (
    neo4j.isDateTime(value) ||
    neo4j.isDate(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return temporalToString(value);
  }
  if (neo4j.isNode(value)) {
    return { ...(toPlain(value.properties) as object), _labels: value.labels, _id: value.elementId };
  }
  if (neo4j.isRelationship(value)) {
    return {
      ...(toPlain(value.properties) as object),
      _type: value.type,
      _id: value.elementId,
      _start: value.startNodeElementId,
      _end: value.endNodeElementId,
    };
  }
  if (neo4j.isPath(value)) {
    return value.segments.map((s) => ({
      start: toPlain(s.start),
      relationship: toPlain(s.relationship),
      end: toPlain(s.end),
    }));
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
  return out;
}

function temporalToString(value: { toString(): string }): string {
  if (neo4j.isDateTime(value as never)) {
    const dt = value as unknown as { toStandardDate(): Date };
    return dt.toStandardDate().toISOString();
  }
  return value.toString();
}
