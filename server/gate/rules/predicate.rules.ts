/** The written predicate (G3) and First Amendment protection (G4). */
import {
  fail,
  isBlank,
  notApplicable,
  pass,
  tokens,
  withoutPhrases,
  wordsWithStem,
  type RuleInput,
} from './rule-context.js';
import type { RuleOutcome } from '../gate-types.js';
import { canonicalText, targetForms } from './canonical-text.js';
import type { CollectionCondition } from '../policy-schema.js';

type Of<K extends CollectionCondition['kind']> = Extract<CollectionCondition, { kind: K }>;

/** G3: a report number, and specific facts unless the purpose needs only the report. */
export function predicate(input: RuleInput, condition: Of<'predicate'>): RuleOutcome {
  const { reportNumber, facts } = input.request.predicate;
  if (!new RegExp(condition.reportNumberPattern).test(reportNumber.trim())) {
    // Say what a report number looks like, so the requester can fix it without asking.
    const expected = condition.reportNumberFormat ? `; expected ${condition.reportNumberFormat}` : '';
    return fail(
      (isBlank(reportNumber) ? 'no report number given' : `"${reportNumber}" is not a report number`) +
        expected,
    );
  }
  if ((condition.reportOnlyPurposes as readonly string[]).includes(input.request.purpose)) {
    return pass(`report ${reportNumber.trim()} is enough for ${input.request.purpose}`);
  }
  // Canonical, so boilerplate typed in full-width letters or percent-encoded is still boilerplate.
  const specific = tokens(withoutPhrases(canonicalText(facts), condition.boilerplate.map(canonicalText)));
  if (specific.length < condition.minFactWords) {
    return fail(
      isBlank(facts)
        ? 'no facts given'
        : `the facts are boilerplate or too thin (${specific.length} specific words, ${condition.minFactWords} needed)`,
    );
  }
  return pass(`report ${reportNumber.trim()} with ${specific.length} words of specific facts`);
}

/**
 * G4: a target touching protected activity needs facts naming criminal conduct. Target, facts and
 * the policy's words are compared in their canonical form, so no encoding, case, width or
 * look-alike letter hides a marker.
 */
export function protectedActivity(input: RuleInput, condition: Of<'protected-activity'>): RuleOutcome {
  const { target, predicate: p } = input.request;
  const forms = targetForms(target.value);
  const markers = condition.markers.map(canonicalText);
  const touched = [
    ...markers.filter((m) => forms.some((f) => f.includes(m))),
    ...wordsWithStem(canonicalText(`${p.facts} ${p.bulkFacts ?? ''}`), markers),
  ];
  if (touched.length === 0) return notApplicable;
  const ties = wordsWithStem(canonicalText(p.facts), condition.criminalTies.map(canonicalText));
  const seen = [...new Set(touched)].join(', ');
  if (ties.length === 0) {
    return fail(`the request touches protected activity (${seen}) and the facts name no criminal conduct`);
  }
  return pass(
    `protected activity (${seen}) tied directly to criminal conduct (${[...new Set(ties)].join(', ')})`,
  );
}
