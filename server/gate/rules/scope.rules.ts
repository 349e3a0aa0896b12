/**
 * Bulk scope (G13): collect the predicated target and its relevant context only. Reaching beyond
 * it (all followers, every post under a tag) needs a supervisor's written authorization naming that
 * reach; text in the request never grants it, since text can be boilerplate or copied.
 */
import { describeAuthorization, firstValid } from './authorization-match.js';
import { fail, notApplicable, pass, sameText, type RuleInput } from './rule-context.js';
import type { CollectionTarget, TargetKind } from '../../../common/collection-types.js';
import type { AuthorizationFact, RuleOutcome } from '../gate-types.js';
import type { CollectionCondition } from '../policy-schema.js';

type Of<K extends CollectionCondition['kind']> = Extract<CollectionCondition, { kind: K }>;

/**
 * A target as the platform tells targets apart: URLs exactly (paths are case-sensitive), handles,
 * tags and searches without their sigil, case and repeated spaces.
 */
function targetIdentity(kind: TargetKind, value: string): string {
  const trimmed = value.trim();
  if (kind === 'url') return trimmed;
  return trimmed
    .replace(kind === 'handle' ? /^@/ : kind === 'hashtag' ? /^#/ : /^$/, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

function sameTarget(grant: NonNullable<AuthorizationFact['bulk']>, target: CollectionTarget): boolean {
  return (
    grant.targetKind === target.kind &&
    targetIdentity(grant.targetKind, grant.targetValue) === targetIdentity(target.kind, target.value)
  );
}

/** Authorizations naming this case, platform, method, persona (or none), bulk scope and target. */
function bulkCandidates(input: RuleInput, scope: string): AuthorizationFact[] {
  const { request, facts } = input;
  return facts.authorizations.filter(
    (a) =>
      a.caseId === request.caseId &&
      a.platform === request.target.platform &&
      a.method === request.method &&
      sameText(a.personaHandle ?? '', request.persona?.handle ?? '') &&
      !!a.bulk &&
      a.bulk.scope === scope &&
      sameTarget(a.bulk, request.target),
  );
}

/** G13: a bulk scope needs an approved, unexpired authorization naming it. */
export function bulkAuthorization(input: RuleInput, condition: Of<'bulk-authorization'>): RuleOutcome {
  const { target } = input.request;
  const scope = target.scope;
  if (!(condition.bulkScopes as readonly string[]).includes(scope)) return notApplicable;
  const reach = `scope ${scope} of ${target.kind} ${target.value}`;
  const found = firstValid(
    bulkCandidates(input, scope),
    input,
    'no authorization names this case, platform, method, bulk scope and target',
  );
  if ('why' in found) return fail(`${reach} reaches beyond the predicated target; ${found.why}`);
  return pass(`${reach} under ${describeAuthorization(found.auth)}`, found.auth.id);
}
