/** Covert methods: the supervisor's written authorization (G8), legal review (G9), persona (G11). */
import { describeAuthorization, firstValid } from './authorization-match.js';
import { fail, isBlank, notApplicable, pass, sameText, type RuleInput } from './rule-context.js';
import type { AuthorizationFact, RuleOutcome } from '../gate-types.js';
import type { CollectionCondition } from '../policy-schema.js';

type Of<K extends CollectionCondition['kind']> = Extract<CollectionCondition, { kind: K }>;

/** Authorizations that name this case, platform, method and persona. */
function inScope(input: RuleInput): AuthorizationFact[] {
  const { request, facts } = input;
  const persona = request.persona;
  if (!persona) return [];
  return facts.authorizations.filter(
    (a) =>
      a.caseId === request.caseId &&
      a.platform === request.target.platform &&
      a.method === request.method &&
      sameText(a.personaHandle, persona.handle),
  );
}

/** The authorization this request may rely on, or the reason there is none. */
export function findAuthorization(input: RuleInput): { auth: AuthorizationFact } | { why: string } {
  if (!input.request.persona) return { why: `${input.request.method} names no persona` };
  return firstValid(inScope(input), input, 'no authorization names this case, platform, method and persona');
}

/** G8: covert methods need a valid written authorization by another supervisor. */
export function covertAuthorization(input: RuleInput, condition: Of<'covert-authorization'>): RuleOutcome {
  if (!(condition.methods as readonly string[]).includes(input.request.method)) return notApplicable;
  const found = findAuthorization(input);
  if ('why' in found) return fail(found.why);
  return pass(describeAuthorization(found.auth), found.auth.id);
}

/** G9: where the platform's terms forbid fake accounts, the authorization records a legal review. */
export function covertLegalReview(input: RuleInput, condition: Of<'covert-legal-review'>): RuleOutcome {
  const { method, target } = input.request;
  if (!(condition.methods as readonly string[]).includes(method)) return notApplicable;
  if (!(condition.platforms as readonly string[]).includes(target.platform)) return notApplicable;
  const conflict = `${target.platform}'s terms forbid fake or undisclosed accounts`;
  const found = findAuthorization(input);
  if ('why' in found) return fail(`${conflict}; ${found.why}`);
  if (isBlank(found.auth.legalReviewReference)) return fail(`${conflict}; no legal review is recorded`);
  return pass(`${conflict}; legal review ${found.auth.legalReviewReference} recorded`, found.auth.id);
}

/** G11: a persona carries no officer's name or picture. */
export function personaClean(input: RuleInput, condition: Of<'persona-clean'>): RuleOutcome {
  const { method, persona } = input.request;
  if (!(condition.methods as readonly string[]).includes(method) || !persona) return notApplicable;
  const roster = input.facts.officerRoster;
  if (roster.names.some((n) => sameText(n, persona.displayName))) {
    return fail(`persona ${persona.handle} carries the name of a department member`);
  }
  const avatar = persona.avatarSha256?.toLowerCase();
  if (avatar && roster.avatarSha256s.some((h) => h.toLowerCase() === avatar)) {
    return fail(`persona ${persona.handle} uses a department member's picture`);
  }
  return pass(`persona ${persona.handle} identifies no department member`);
}
