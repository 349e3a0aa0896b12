/** What a method may do: forbidden methods (G5), legal process (G6), consent (G7), passive (G10), device (G12). */
import { fail, isBlank, notApplicable, pass, type RuleInput } from './rule-context.js';
import type { RuleOutcome } from '../gate-types.js';
import type { CollectionCondition } from '../policy-schema.js';

type Of<K extends CollectionCondition['kind']> = Extract<CollectionCondition, { kind: K }>;

/** G5: no authorization unlocks a forbidden method. */
export function forbiddenMethod(input: RuleInput, condition: Of<'forbidden-method'>): RuleOutcome {
  const { method } = input.request;
  if ((condition.methods as readonly string[]).includes(method)) return fail(`method ${method} is forbidden`);
  return pass(`method ${method} is a lawful method`);
}

/** G6: non-public content and provider records only through legal process or preservation. */
export function legalProcess(input: RuleInput, condition: Of<'legal-process'>): RuleOutcome {
  const { content, method } = input.request;
  if (!(condition.restrictedContent as readonly string[]).includes(content)) return notApplicable;
  if ((condition.exemptMethods as readonly string[]).includes(method)) {
    return pass(`${method} asks the provider to preserve ${content} content and fetches nothing`);
  }
  return fail(`${content} content cannot be fetched with ${method}; it needs legal process`);
}

/** G7: a consenting participant's session needs the consent on file. */
export function consentOnFile(input: RuleInput, condition: Of<'consent-on-file'>): RuleOutcome {
  const { method, consentReference } = input.request;
  if (!(condition.methods as readonly string[]).includes(method)) return notApplicable;
  if (isBlank(consentReference)) return fail(`${method} without a written consent reference`);
  return pass(`written consent ${consentReference!.trim()} on file`);
}

/**
 * A step as the gate compares it: trimmed, ASCII letters upper-cased and nothing else, so a step
 * that only looks like an allowed one ("ſcroll", full-width letters) stays unknown and is refused.
 */
function stepKey(step: string): string {
  return step.trim().replace(/[a-z]/g, (c) => c.toUpperCase());
}

/** G10: a passive method takes only the policy's looking steps; any other step is interaction. */
export function passiveNoInteraction(input: RuleInput, condition: Of<'passive-no-interaction'>): RuleOutcome {
  const { method, steps } = input.request;
  if (!(condition.passiveMethods as readonly string[]).includes(method)) return notApplicable;
  const allowed = new Set(condition.allowedSteps);
  const refused = steps.filter((s) => !allowed.has(stepKey(s)));
  if (refused.length > 0) {
    const may = allowed.size > 0 ? `only ${[...allowed].join(', ')}` : 'no step at all';
    const named = refused.map((s) => JSON.stringify(s)).join(', ');
    return fail(`${method} is passive and may take ${may}; it may not take ${named}`);
  }
  const taken = steps.length > 0 ? ` (${steps.map(stepKey).join(', ')})` : '';
  return pass(`${method} only looks${taken}`);
}

/** G12: a personally owned device needs a written-permission reference. */
export function personalDevice(input: RuleInput): RuleOutcome {
  const { device } = input.request;
  if (device.kind === 'DEPARTMENT') return notApplicable;
  if (isBlank(device.permissionReference))
    return fail(`personal device ${device.id} without written permission`);
  return pass(
    `personal device ${device.id} used with written permission ${device.permissionReference!.trim()}`,
  );
}
