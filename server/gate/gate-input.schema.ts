/** Validation of collection requests arriving from outside (GraphQL, CLI) before the gate sees them. */
import { z } from 'zod';
import { METHODS, PLATFORMS, SCOPES, TARGET_KINDS } from '../../common/collection-types.js';
import { AppError } from '../../common/errors.js';
import { CONTENT_KINDS, type CollectionRequest } from './gate-types.js';

const text = (max: number) => z.string().trim().max(max);
const nullable = (max: number) =>
  text(max)
    .nullish()
    .transform((v) => (v ? v : null));

const requestInputSchema = z.object({
  caseId: text(200).min(1),
  // Any purpose string is accepted here: the gate denies and records one outside the five.
  purpose: text(100).min(1),
  target: z.object({
    platform: z.enum(PLATFORMS),
    kind: z.enum(TARGET_KINDS),
    value: text(2000).min(1),
    scope: z.enum(SCOPES),
  }),
  method: z.enum(METHODS),
  content: z.enum(CONTENT_KINDS),
  device: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('DEPARTMENT'), id: text(200).min(1) }),
    z.object({ kind: z.literal('PERSONAL'), id: text(200).min(1), permissionReference: nullable(500) }),
  ]),
  persona: z
    .object({
      handle: text(200).min(1),
      displayName: text(200),
      avatarSha256: z
        .string()
        .regex(/^[0-9a-f]{64}$/i)
        .nullish()
        .transform((v) => v ?? null),
    })
    .nullish()
    .transform((v) => v ?? null),
  predicate: z.object({ reportNumber: text(100), facts: text(5000), bulkFacts: nullable(5000) }),
  steps: z.array(text(50).min(1)).max(100),
  consentReference: nullable(500),
});

/** A request from outside with the requester set by the server, never by the caller. */
export function parseCollectionInput(
  input: unknown,
  requesterId: string,
): Omit<CollectionRequest, 'requestId'> {
  const parsed = requestInputSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError('BAD_USER_INPUT', `${issue.path.join('.') || 'input'}: ${issue.message}`);
  }
  return { ...parsed.data, requesterId };
}
