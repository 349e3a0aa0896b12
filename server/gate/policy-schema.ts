/**
 * The shape of the department policy file. Conditions are data: a kind the gate knows and its
 * parameters, never code, so a department can read and amend every rule.
 */
import { z } from 'zod';
import { METHODS, PLATFORMS, PURPOSES } from '../../common/collection-types.js';
import { CONTENT_KINDS, EFFECTIVE_SCOPES } from './gate-types.js';

const words = z.array(z.string().trim().min(1)).min(1);
const methods = z.array(z.enum(METHODS)).min(1);
/** A collector step as the gate compares it: an upper-case ASCII name such as SCROLL. */
const stepName = z.string().regex(/^[A-Z][A-Z_]*$/, 'steps are upper-case names such as SCROLL');
const roleName = z
  .string()
  .regex(/^[A-Z_]+$/, 'roles are upper-case names such as DETECTIVE')
  .transform((r) => r.toUpperCase());

const regexSource = z.string().refine(
  (source) => {
    try {
      new RegExp(source);
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a valid regular expression' },
);

/** Conditions of collection rules; `kind` selects the evaluator in rules/. */
export const collectionConditionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('purpose-matches-case'), purposes: z.array(z.enum(PURPOSES)).min(1) }),
  z.strictObject({ kind: z.literal('case-status'), allowedStatuses: words }),
  z.strictObject({ kind: z.literal('requester-role') }),
  z.strictObject({
    kind: z.literal('predicate'),
    reportNumberPattern: regexSource,
    /** The pattern in words with an example, for the refusal a requester reads. */
    reportNumberFormat: z.string().trim().min(3).optional(),
    minFactWords: z.number().int().min(1),
    reportOnlyPurposes: z.array(z.enum(PURPOSES)),
    boilerplate: words,
  }),
  z.strictObject({ kind: z.literal('protected-activity'), markers: words, criminalTies: words }),
  z.strictObject({ kind: z.literal('forbidden-method'), methods }),
  z.strictObject({
    kind: z.literal('legal-process'),
    restrictedContent: z.array(z.enum(CONTENT_KINDS)).min(1),
    exemptMethods: methods,
  }),
  z.strictObject({ kind: z.literal('consent-on-file'), methods }),
  z.strictObject({ kind: z.literal('covert-authorization'), methods }),
  z.strictObject({
    kind: z.literal('covert-legal-review'),
    methods,
    platforms: z.array(z.enum(PLATFORMS)),
  }),
  z.strictObject({ kind: z.literal('persona-clean'), methods }),
  z.strictObject({
    kind: z.literal('passive-no-interaction'),
    passiveMethods: methods,
    // May be empty: a passive method that takes no step at all.
    allowedSteps: z.array(stepName),
  }),
  z.strictObject({ kind: z.literal('personal-device') }),
  z.strictObject({
    kind: z.literal('bulk-authorization'),
    bulkScopes: z.array(z.enum(EFFECTIVE_SCOPES)).min(1),
  }),
]);

/** Conditions of export rules. */
export const exportConditionSchema = z.discriminatedUnion('kind', [
  // Its roles are `roles.exporting`: one list of who may release evidence, not one per rule.
  z.strictObject({ kind: z.literal('export-requester') }),
  z.strictObject({ kind: z.literal('export-recipient'), minReasonWords: z.number().int().min(1) }),
]);

const ruleFields = {
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'rule ids are kebab-case'),
  clause: z.string().trim().min(3),
  text: z.string().trim().min(10),
  remedy: z.string().trim().min(10),
  onFail: z.enum(['DENY', 'NEEDS_AUTHORIZATION']),
};

export const policySchema = z.strictObject({
  revision: z.string().min(1),
  department: z.string().min(1),
  undercoverDirective: z.string().min(1),
  decisionTtlSeconds: z.number().int().min(30).max(86_400),
  authorizationMaxDays: z.number().int().min(1).max(365),
  roles: z.strictObject({
    collecting: z.array(roleName).min(1),
    approving: z.array(roleName).min(1),
    exporting: z.array(roleName).min(1),
  }),
  collectionRules: z.array(z.strictObject({ ...ruleFields, condition: collectionConditionSchema })).min(1),
  exportRules: z.array(z.strictObject({ ...ruleFields, condition: exportConditionSchema })).min(1),
});

export type PolicyDocument = z.infer<typeof policySchema>;
export type CollectionRule = PolicyDocument['collectionRules'][number];
export type CollectionCondition = CollectionRule['condition'];
export type ExportRule = PolicyDocument['exportRules'][number];
export type ExportCondition = ExportRule['condition'];

/** A loaded policy: the validated document and its version (SHA-256 of the file's bytes). */
export interface Policy {
  readonly document: PolicyDocument;
  readonly version: string;
  readonly source: string;
}
