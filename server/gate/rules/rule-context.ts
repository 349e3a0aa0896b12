/** Helpers the rule evaluators share: word handling and the outcome constructors. */
import type { PolicyDocument } from '../policy-schema.js';
import type { CollectionRequest, GateFacts, RuleOutcome } from '../gate-types.js';

/** What every collection rule evaluator receives. */
export interface RuleInput {
  readonly request: CollectionRequest;
  readonly facts: GateFacts;
  readonly policy: PolicyDocument;
}

export const pass = (finding: string, authorizationId: string | null = null): RuleOutcome => ({
  status: 'PASS',
  finding,
  authorizationId,
});
export const fail = (finding: string): RuleOutcome => ({ status: 'FAIL', finding });
export const notApplicable: RuleOutcome = { status: 'NOT_APPLICABLE' };

/** A case as a finding names it: by its number when known (people know cases by number). */
export const caseName = (c: { readonly id: string; readonly number?: string | null } | null, id: string) =>
  c?.number ? `case ${c.number}` : `case ${id}`;

/** A user as a finding names them: by name when known, never only by id when a name exists. */
export const personName = (u: { readonly id: string; readonly name?: string | null }) => u.name ?? u.id;

/** Lower-case tokens of free text, punctuation trimmed from their edges. */
export function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .map((t) => t.replace(/^[^\p{L}\p{N}@#]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((t) => t.length > 0);
}

/** Text with every listed phrase removed as whole words, so boilerplate does not count as facts. */
export function withoutPhrases(text: string, phrases: readonly string[]): string {
  let normalized = ` ${tokens(text).join(' ')} `;
  for (const phrase of phrases) {
    const needle = ` ${tokens(phrase).join(' ')} `;
    if (needle.trim() === '') continue;
    while (normalized.includes(needle)) normalized = normalized.replace(needle, ' ');
  }
  return normalized.trim();
}

/** Words of `text` that begin with one of `stems` (so "threat" finds "threats", "threatening"). */
export function wordsWithStem(text: string, stems: readonly string[]): string[] {
  const lowered = stems.map((s) => s.toLowerCase());
  return tokens(text).filter((t) => lowered.some((s) => t.replace(/^[@#]/, '').startsWith(s)));
}

export function isBlank(value: string | null | undefined): boolean {
  return value === null || value === undefined || value.trim() === '';
}

export function sameText(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
