/**
 * Bulk scope (G13): collect the predicated target and its relevant context only. Reaching beyond
 * it (all followers, every post under a tag, every result of a search) needs a supervisor's
 * written authorization naming that reach; text in the request never grants it, since text can
 * be boilerplate or copied.
 */
import { describeAuthorization, firstValid } from './authorization-match.js';
import { fail, notApplicable, pass, sameText, type RuleInput } from './rule-context.js';
import { reachOf, type CollectionTarget, type TargetKind } from '../../../common/collection-types.js';
import type { AuthorizationFact, EffectiveScope, RuleOutcome } from '../gate-types.js';
import type { CollectionCondition } from '../policy-schema.js';

type Of<K extends CollectionCondition['kind']> = Extract<CollectionCondition, { kind: K }>;

/**
 * How far a collection really reaches. The declared scope is the requester's word; where the
 * target kind settles it, the kind wins: a hashtag reaches every post under the tag and a search
 * every post that matches, whatever scope was declared. A handle or URL reaches what its declared
 * scope says (FOLLOWERS or TAG on a handle is bulk). Collectors must collect no more than this.
 */
export function effectiveScope(target: CollectionTarget): EffectiveScope {
  return reachOf(target);
}

/** The reach in a finding, saying where it was derived rather than declared. */
function describeReach(target: CollectionTarget, scope: EffectiveScope): string {
  const derived =
    scope === target.scope ? '' : ` (derived from the ${target.kind}; declared ${target.scope})`;
  return `scope ${scope}${derived} of ${target.kind} ${target.value}`;
}

const SIGILS: Partial<Record<TargetKind, string>> = { handle: '@', hashtag: '#' };

/**
 * A target as the platform tells targets apart: URLs exactly (paths are case-sensitive), handles,
 * tags and searches without their sigil, case and repeated spaces.
 */
function targetIdentity(kind: TargetKind, value: string): string {
  const trimmed = value.trim();
  if (kind === 'url') return trimmed;
  const sigil = SIGILS[kind];
  const bare = sigil && trimmed.startsWith(sigil) ? trimmed.slice(sigil.length) : trimmed;
  return bare.replace(/\s+/g, ' ').toLowerCase();
}

function sameTarget(grant: NonNullable<AuthorizationFact['bulk']>, target: CollectionTarget): boolean {
  return (
    grant.targetKind === target.kind &&
    targetIdentity(grant.targetKind, grant.targetValue) === targetIdentity(target.kind, target.value)
  );
}

/** Authorizations naming this case, platform, method, persona (or none), bulk scope and target. */
function bulkCandidates(input: RuleInput, scope: EffectiveScope): AuthorizationFact[] {
  const { request, facts } = input;
  return facts.authorizations.filter(
    (a) =>
      a.caseId === request.caseId &&
      a.platform === request.target.platform &&
      a.method === request.method &&
      // A grant for a public method names no persona; one stored without any reads as none.
      sameText(a.personaHandle ?? '', request.persona?.handle ?? '') &&
      !!a.bulk &&
      a.bulk.scope === scope &&
      sameTarget(a.bulk, request.target),
  );
}

/** G13: a bulk scope needs an approved, unexpired authorization naming it. */
export function bulkAuthorization(input: RuleInput, condition: Of<'bulk-authorization'>): RuleOutcome {
  const { target } = input.request;
  const scope = effectiveScope(target);
  if (!(condition.bulkScopes as readonly string[]).includes(scope)) return notApplicable;
  const reach = describeReach(target, scope);
  const found = firstValid(
    bulkCandidates(input, scope),
    input,
    'no authorization names this case, platform, method, bulk scope and target',
  );
  if ('why' in found) return fail(`${reach} reaches beyond the predicated target; ${found.why}`);
  return pass(`${reach} under ${describeAuthorization(found.auth)}`, found.auth.id);
}
