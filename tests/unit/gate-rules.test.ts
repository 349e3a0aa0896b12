import { evaluateCollection } from '../../server/gate/gate.service.js';
import { loadPolicyFile } from '../../server/gate/policy-loader.js';
import { FORBIDDEN_METHODS } from '../../common/collection-types.js';
import {
  NOW,
  authorization,
  baseFacts,
  bulkAuthorization,
  baseRequest,
  covertRequest,
  expectGateCase,
  inDays,
  persona,
  type GateCase,
} from './gate-fixtures.js';

const policy = loadPolicyFile();

type Case = GateCase;

const validAuth = baseFacts({ authorizations: [authorization()] });
const mp = {
  purpose: 'MISSING_PERSON',
  predicate: { reportNumber: 'MP 26-0042', facts: '', bulkFacts: null },
} as const;
const mpFacts = baseFacts({ case: { id: 'case-1', purpose: 'MISSING_PERSON', status: 'OPEN' } });
const march = { platform: 'mastodon', kind: 'hashtag', value: 'MarchForX', scope: 'TAG' } as const;
const bulk = 'the tag is where the threats against marchers were posted on 3/4 and 3/5';
const followers = {
  platform: 'mastodon',
  kind: 'handle',
  value: '@x@social.example',
  scope: 'FOLLOWERS',
} as const;
const followersPredicate = {
  reportNumber: '24-1234',
  facts: 'Rpt 24-1234: @x posted video of the 3/2 shooting on Main Street',
  bulkFacts: 'witnesses say the shooter recruited through replies from followers of @x that week',
};

const G1 = 'SO1301 III.A.2.a';
const G2e = '28 CFR 23.20(e)';
const G2g = '28 CFR 23.20(g)';
const G3 = '28 CFR 23.20(a)';
const G4 = '28 CFR 23.20(b)';
const G5 = '18 U.S.C. §1030';
const G6 = '18 U.S.C. §2703';
const G7 = 'DOJ Online Investigative Principles 1999';
const GJ = 'Global Justice 2013';
const G11 = 'SO1301 III.B.1.d.2';
const G12 = 'SO1301 III.A.1.c.2';

const cases: Case[] = [
  // G1 purpose
  {
    name: 'G1 allow: purpose is the case purpose',
    request: baseRequest(),
    facts: baseFacts(),
    decision: 'ALLOW',
    ruleId: 'purpose-matches-case',
    clause: G1,
  },
  {
    name: 'G1 deny: purpose differs from the case',
    request: baseRequest({ purpose: 'GANG_ACTIVITY' }),
    facts: baseFacts(),
    decision: 'DENY',
    ruleId: 'purpose-matches-case',
    clause: G1,
  },
  {
    name: 'G1 deny: purpose not one of the five',
    request: baseRequest({ purpose: 'APPLICANT_VETTING' }),
    facts: baseFacts({ case: { id: 'case-1', purpose: 'APPLICANT_VETTING', status: 'OPEN' } }),
    decision: 'DENY',
    ruleId: 'purpose-matches-case',
    clause: G1,
  },
  {
    name: 'G1 allow: missing-person case',
    request: baseRequest(mp),
    facts: mpFacts,
    decision: 'ALLOW',
    ruleId: 'purpose-matches-case',
    clause: G1,
  },
  // G2 case and role
  {
    name: 'G2 allow: open case',
    request: baseRequest(),
    facts: baseFacts(),
    decision: 'ALLOW',
    ruleId: 'case-open',
    clause: G2e,
  },
  {
    name: 'G2 deny: closed case',
    request: baseRequest(),
    facts: baseFacts({ case: { id: 'case-1', purpose: 'ONLINE_CRIME', status: 'CLOSED' } }),
    decision: 'DENY',
    ruleId: 'case-open',
    clause: G2e,
  },
  {
    name: 'G2 deny: unknown case',
    request: baseRequest(),
    facts: baseFacts({ case: null }),
    decision: 'DENY',
    ruleId: 'case-open',
    clause: G2e,
  },
  {
    name: 'G2 allow: assigned supervisor collects',
    request: baseRequest({ requesterId: 'u-sup' }),
    facts: baseFacts({ requester: { id: 'u-sup', role: 'SUPERVISOR', assignedToCase: true } }),
    decision: 'ALLOW',
    ruleId: 'requester-collecting-role',
    clause: G2g,
  },
  {
    name: 'G2 deny: analyst never collects',
    request: baseRequest(),
    facts: baseFacts({ requester: { id: 'u-det', role: 'ANALYST', assignedToCase: true } }),
    decision: 'DENY',
    ruleId: 'requester-collecting-role',
    clause: G2g,
  },
  {
    name: 'G2 deny: prosecutor never collects',
    request: baseRequest(),
    facts: baseFacts({ requester: { id: 'u-det', role: 'PROSECUTOR', assignedToCase: true } }),
    decision: 'DENY',
    ruleId: 'requester-collecting-role',
    clause: G2g,
  },
  {
    name: 'G2 deny: detective not assigned',
    request: baseRequest(),
    facts: baseFacts({ requester: { id: 'u-det', role: 'DETECTIVE', assignedToCase: false } }),
    decision: 'DENY',
    ruleId: 'requester-collecting-role',
    clause: G2g,
  },
  {
    name: 'G2 deny: unknown requester',
    request: baseRequest(),
    facts: baseFacts({ requester: null }),
    decision: 'DENY',
    ruleId: 'requester-collecting-role',
    clause: G2g,
  },
  // G3 predicate
  {
    name: 'G3 allow: report number and specific facts',
    request: baseRequest(),
    facts: baseFacts(),
    decision: 'ALLOW',
    ruleId: 'written-predicate',
    clause: G3,
  },
  {
    name: 'G3 deny: empty facts',
    request: baseRequest({ predicate: { reportNumber: '24-1234', facts: '', bulkFacts: null } }),
    facts: baseFacts(),
    decision: 'DENY',
    ruleId: 'written-predicate',
    clause: G3,
  },
  {
    name: 'G3 deny: "known troublemaker"',
    request: baseRequest({
      predicate: { reportNumber: '24-1234', facts: 'known troublemaker', bulkFacts: null },
    }),
    facts: baseFacts(),
    decision: 'DENY',
    ruleId: 'written-predicate',
    clause: G3,
  },
  {
    name: 'G3 deny: boilerplate only',
    request: baseRequest({
      predicate: {
        reportNumber: '24-1234',
        facts: 'Suspicious; gang member, person of interest. See report. Ongoing investigation.',
        bulkFacts: null,
      },
    }),
    facts: baseFacts(),
    decision: 'DENY',
    ruleId: 'written-predicate',
    clause: G3,
  },
  {
    name: 'G3 deny: no report number',
    request: baseRequest({
      predicate: {
        reportNumber: '',
        facts: 'posted video of the 3/2 shooting on Main Street',
        bulkFacts: null,
      },
    }),
    facts: baseFacts(),
    decision: 'DENY',
    ruleId: 'written-predicate',
    clause: G3,
  },
  {
    name: 'G3 allow: missing-person report is enough',
    request: baseRequest(mp),
    facts: mpFacts,
    decision: 'ALLOW',
    ruleId: 'written-predicate',
    clause: G3,
  },
  {
    name: 'G3 deny: missing person without a report',
    request: baseRequest({ ...mp, predicate: { reportNumber: 'unknown', facts: '', bulkFacts: null } }),
    facts: mpFacts,
    decision: 'DENY',
    ruleId: 'written-predicate',
    clause: G3,
  },
  // G4 First Amendment
  {
    name: 'G4 deny: protest tag to identify organizers',
    request: baseRequest({
      target: march,
      predicate: {
        reportNumber: '24-77',
        facts: 'identify the organizers of the march downtown on Saturday afternoon',
        bulkFacts: bulk,
      },
    }),
    facts: baseFacts(),
    decision: 'DENY',
    ruleId: 'no-first-amendment-targeting',
    clause: G4,
  },
  {
    name: 'G4 allow: threats to shoot marchers',
    request: baseRequest({
      target: march,
      predicate: {
        reportNumber: '24-77',
        facts: 'Rpt 24-77: threats to shoot marchers posted under the tag by @y',
        bulkFacts: bulk,
      },
    }),
    facts: baseFacts({ authorizations: [bulkAuthorization(march)] }),
    decision: 'ALLOW',
    ruleId: 'no-first-amendment-targeting',
    clause: G4,
  },
  {
    name: 'G4 deny: congregation account without criminal tie',
    request: baseRequest({
      target: {
        platform: 'bluesky',
        kind: 'handle',
        value: 'stjoe-church-youth.bsky.social',
        scope: 'POSTS',
      },
      predicate: {
        reportNumber: '24-1240',
        facts: 'members attend services weekly and post about the congregation events',
        bulkFacts: null,
      },
    }),
    facts: baseFacts(),
    decision: 'DENY',
    ruleId: 'no-first-amendment-targeting',
    clause: G4,
  },
  // G5 forbidden methods, each with an authorization attached
  ...FORBIDDEN_METHODS.map((method): Case => ({
    name: `G5 deny: ${method} even with an authorization`,
    request: covertRequest({ method }),
    facts: baseFacts({ authorizations: [authorization({ method })] }),
    decision: 'DENY',
    ruleId: 'forbidden-method',
    clause: G5,
  })),
  {
    name: 'G5 allow: public web page',
    request: baseRequest({ method: 'PUBLIC_WEB' }),
    facts: baseFacts(),
    decision: 'ALLOW',
    ruleId: 'forbidden-method',
    clause: G5,
  },
  // G6 legal process
  {
    name: 'G6 deny: DM thread via authenticated session',
    request: covertRequest({ method: 'AUTHENTICATED_SESSION', content: 'NON_PUBLIC' }),
    facts: baseFacts({ authorizations: [authorization({ method: 'AUTHENTICATED_SESSION' })] }),
    decision: 'DENY',
    ruleId: 'legal-process-required',
    clause: G6,
  },
  {
    name: 'G6 deny: provider records via API key',
    request: baseRequest({ method: 'API_WITH_KEY', content: 'PROVIDER_RECORDS' }),
    facts: baseFacts(),
    decision: 'DENY',
    ruleId: 'legal-process-required',
    clause: G6,
  },
  {
    name: 'G6 allow: preservation request for non-public content',
    request: baseRequest({ method: 'PRESERVATION_REQUEST', content: 'NON_PUBLIC' }),
    facts: baseFacts(),
    decision: 'ALLOW',
    ruleId: 'legal-process-required',
    clause: G6,
  },
  // G7 consent
  {
    name: 'G7 needs authorization: witness session without consent',
    request: baseRequest({ method: 'WITNESS_CONSENT' }),
    facts: baseFacts(),
    decision: 'NEEDS_AUTHORIZATION',
    ruleId: 'witness-consent-on-file',
    clause: G7,
  },
  {
    name: 'G7 allow: witness session with consent on file',
    request: baseRequest({ method: 'WITNESS_CONSENT', consentReference: 'CF-2026-118' }),
    facts: baseFacts(),
    decision: 'ALLOW',
    ruleId: 'witness-consent-on-file',
    clause: G7,
  },
  // G8 covert authorization
  {
    name: 'G8 allow: undercover with a supervisor authorization',
    request: covertRequest(),
    facts: validAuth,
    decision: 'ALLOW',
    ruleId: 'covert-written-authorization',
    clause: GJ,
  },
  {
    name: 'G8 allow: authenticated session with authorization',
    request: covertRequest({ method: 'AUTHENTICATED_SESSION' }),
    facts: baseFacts({ authorizations: [authorization({ method: 'AUTHENTICATED_SESSION' })] }),
    decision: 'ALLOW',
    ruleId: 'covert-written-authorization',
    clause: GJ,
  },
  {
    name: 'G8 needs authorization: none on file',
    request: covertRequest(),
    facts: baseFacts(),
    decision: 'NEEDS_AUTHORIZATION',
    ruleId: 'covert-written-authorization',
    clause: GJ,
  },
  {
    name: 'G8 needs authorization: revoked',
    request: covertRequest(),
    facts: baseFacts({ authorizations: [authorization({ status: 'REVOKED' })] }),
    decision: 'NEEDS_AUTHORIZATION',
    ruleId: 'covert-written-authorization',
    clause: GJ,
  },
  {
    name: 'G8 needs authorization: expired',
    request: covertRequest(),
    facts: baseFacts({ authorizations: [authorization({ expiresAt: inDays(-1) })] }),
    decision: 'NEEDS_AUTHORIZATION',
    ruleId: 'covert-written-authorization',
    clause: GJ,
  },
  {
    name: 'G8 needs authorization: approved by the requester',
    request: covertRequest(),
    facts: baseFacts({ authorizations: [authorization({ approvedBy: 'u-det' })] }),
    decision: 'NEEDS_AUTHORIZATION',
    ruleId: 'covert-written-authorization',
    clause: GJ,
  },
  {
    name: 'G8 needs authorization: still only requested',
    request: covertRequest(),
    facts: baseFacts({ authorizations: [authorization({ status: 'REQUESTED', approvedBy: null })] }),
    decision: 'NEEDS_AUTHORIZATION',
    ruleId: 'covert-written-authorization',
    clause: GJ,
  },
  {
    name: 'G8 needs authorization: other persona',
    request: covertRequest(),
    facts: baseFacts({ authorizations: [authorization({ personaHandle: 'someone-else' })] }),
    decision: 'NEEDS_AUTHORIZATION',
    ruleId: 'covert-written-authorization',
    clause: GJ,
  },
  {
    name: 'G8 needs authorization: other platform',
    request: covertRequest(),
    facts: baseFacts({ authorizations: [authorization({ platform: 'reddit' })] }),
    decision: 'NEEDS_AUTHORIZATION',
    ruleId: 'covert-written-authorization',
    clause: GJ,
  },
  {
    name: 'G8 needs authorization: other case',
    request: covertRequest(),
    facts: baseFacts({ authorizations: [authorization({ caseId: 'case-2' })] }),
    decision: 'NEEDS_AUTHORIZATION',
    ruleId: 'covert-written-authorization',
    clause: GJ,
  },
  {
    name: 'G8 needs authorization: no written permission',
    request: covertRequest(),
    facts: baseFacts({ authorizations: [authorization({ writtenPermissionReference: ' ' })] }),
    decision: 'NEEDS_AUTHORIZATION',
    ruleId: 'covert-written-authorization',
    clause: GJ,
  },
  {
    name: 'G8 needs authorization: no persona named',
    request: covertRequest({ persona: null }),
    facts: validAuth,
    decision: 'NEEDS_AUTHORIZATION',
    ruleId: 'covert-written-authorization',
    clause: GJ,
  },
  // G9 legal review where the terms forbid fake accounts
  {
    name: 'G9 needs authorization: mastodon undercover without legal review',
    request: covertRequest({
      target: { platform: 'mastodon', kind: 'handle', value: '@x@social.example', scope: 'POSTS' },
    }),
    facts: baseFacts({ authorizations: [authorization({ platform: 'mastodon' })] }),
    decision: 'NEEDS_AUTHORIZATION',
    ruleId: 'covert-legal-review',
    clause: GJ,
  },
  {
    name: 'G9 allow: mastodon undercover with legal review',
    request: covertRequest({
      target: { platform: 'mastodon', kind: 'handle', value: '@x@social.example', scope: 'POSTS' },
    }),
    facts: baseFacts({
      authorizations: [authorization({ platform: 'mastodon', legalReviewReference: 'LEGAL-2026-07' })],
    }),
    decision: 'ALLOW',
    ruleId: 'covert-legal-review',
    clause: GJ,
  },
  // G10 passive methods
  {
    name: 'G10 deny: public web with a FOLLOW step',
    request: baseRequest({ method: 'PUBLIC_WEB', steps: ['SCROLL', 'FOLLOW'] }),
    facts: baseFacts(),
    decision: 'DENY',
    ruleId: 'passive-never-interacts',
    clause: GJ,
  },
  {
    name: 'G10 deny: public API with a like',
    request: baseRequest({ steps: ['view', 'like'] }),
    facts: baseFacts(),
    decision: 'DENY',
    ruleId: 'passive-never-interacts',
    clause: GJ,
  },
  {
    name: 'G10 deny: join and message with a key',
    request: baseRequest({ method: 'API_WITH_KEY', steps: ['JOIN', 'MESSAGE'] }),
    facts: baseFacts(),
    decision: 'DENY',
    ruleId: 'passive-never-interacts',
    clause: GJ,
  },
  {
    name: 'G10 allow: public web that only scrolls',
    request: baseRequest({ method: 'PUBLIC_WEB', steps: ['SCROLL', 'SCREENSHOT'] }),
    facts: baseFacts(),
    decision: 'ALLOW',
    ruleId: 'passive-never-interacts',
    clause: GJ,
  },
  // G11 persona
  {
    name: 'G11 allow: persona identifies nobody',
    request: covertRequest(),
    facts: validAuth,
    decision: 'ALLOW',
    ruleId: 'persona-clean',
    clause: G11,
  },
  {
    name: 'G11 deny: persona uses an officer name',
    request: covertRequest({ persona: { ...persona, displayName: 'dana officer' } }),
    facts: validAuth,
    decision: 'DENY',
    ruleId: 'persona-clean',
    clause: G11,
  },
  {
    name: 'G11 deny: persona avatar from the roster',
    request: covertRequest({ persona: { ...persona, avatarSha256: 'CD'.repeat(32) } }),
    facts: validAuth,
    decision: 'DENY',
    ruleId: 'persona-clean',
    clause: G11,
  },
  // G12 device
  {
    name: 'G12 deny: personal device without permission',
    request: baseRequest({ device: { kind: 'PERSONAL', id: 'iphone-jd', permissionReference: null } }),
    facts: baseFacts(),
    decision: 'DENY',
    ruleId: 'personal-device-permission',
    clause: G12,
  },
  {
    name: 'G12 allow: personal device with permission',
    request: baseRequest({
      device: { kind: 'PERSONAL', id: 'iphone-jd', permissionReference: 'CoP memo 2025-14' },
    }),
    facts: baseFacts(),
    decision: 'ALLOW',
    ruleId: 'personal-device-permission',
    clause: G12,
  },
  // G13 bulk scope
  {
    name: 'G13 needs authorization: all followers on a predicate about @x only',
    request: baseRequest({
      target: { platform: 'mastodon', kind: 'handle', value: '@x@social.example', scope: 'FOLLOWERS' },
    }),
    facts: baseFacts(),
    decision: 'NEEDS_AUTHORIZATION',
    ruleId: 'bulk-scope-authorization',
    clause: G3,
  },
  {
    name: 'G13 needs authorization: bulk predicate copied from the target predicate',
    request: baseRequest({
      target: { platform: 'mastodon', kind: 'hashtag', value: 'mainstreet', scope: 'TAG' },
      predicate: {
        reportNumber: '24-1234',
        facts: 'Rpt 24-1234: @x posted video of the 3/2 shooting on Main Street',
        bulkFacts: 'Rpt 24-1234: @x posted video of the 3/2 shooting on Main Street',
      },
    }),
    facts: baseFacts(),
    decision: 'NEEDS_AUTHORIZATION',
    ruleId: 'bulk-scope-authorization',
    clause: G3,
  },
  {
    // Own bulk facts used to be enough; text can be boilerplate or copied, so now it never is.
    name: 'G13 needs authorization: followers with their own bulk facts but no authorization',
    request: baseRequest({ target: followers, predicate: followersPredicate }),
    facts: baseFacts(),
    decision: 'NEEDS_AUTHORIZATION',
    ruleId: 'bulk-scope-authorization',
    clause: G3,
  },
  {
    name: 'G13 allow: followers under a supervisor authorization for them',
    request: baseRequest({ target: followers, predicate: followersPredicate }),
    facts: baseFacts({ authorizations: [bulkAuthorization(followers)] }),
    decision: 'ALLOW',
    ruleId: 'bulk-scope-authorization',
    clause: G3,
  },
];

describe('legality gate rules (pure evaluator, shipped department policy)', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => expectGateCase(policy, c));

  it('covers every collection rule of the policy with an allow and a non-allow case', () => {
    for (const rule of policy.document.collectionRules) {
      const decisions = new Set(cases.filter((c) => c.ruleId === rule.id).map((c) => c.decision === 'ALLOW'));
      expect([rule.id, [...decisions].sort()]).toEqual([rule.id, [false, true]]);
    }
  });

  it('is deterministic: the same inputs give the same result', () => {
    const facts = baseFacts({ authorizations: [authorization({ platform: 'mastodon' })] });
    const request = covertRequest({
      target: { platform: 'mastodon', kind: 'handle', value: '@x@a.example', scope: 'FOLLOWERS' },
    });
    expect(evaluateCollection(policy, request, facts)).toEqual(evaluateCollection(policy, request, facts));
  });

  it('denies when any denying rule fails, listing every failed rule', () => {
    const result = evaluateCollection(
      policy,
      covertRequest({ purpose: 'GANG_ACTIVITY' }),
      baseFacts({ requester: { id: 'u-det', role: 'ANALYST', assignedToCase: true } }),
    );
    expect(result.decision).toBe('DENY');
    expect(result.reasons.map((r) => r.ruleId).sort()).toEqual(
      ['covert-written-authorization', 'purpose-matches-case', 'requester-collecting-role'].sort(),
    );
  });

  it('stamps the policy version and an expiry bounded by the policy and the authorization', () => {
    const plain = evaluateCollection(policy, baseRequest(), baseFacts());
    expect(plain.policyVersion).toBe(policy.version);
    expect(Date.parse(plain.expiresAt) - Date.parse(NOW)).toBe(policy.document.decisionTtlSeconds * 1000);
    const soon = new Date(Date.parse(NOW) + 60_000).toISOString();
    const covert = evaluateCollection(
      policy,
      covertRequest(),
      baseFacts({ authorizations: [authorization({ expiresAt: soon })] }),
    );
    expect(covert.decision).toBe('ALLOW');
    expect(covert.authorizationId).toBe('auth-1');
    expect(covert.expiresAt).toBe(soon);
  });

  it('offers a preservation request when it denies non-public content', () => {
    const result = evaluateCollection(
      policy,
      baseRequest({ content: 'NON_PUBLIC', method: 'PUBLIC_WEB' }),
      baseFacts(),
    );
    const reason = result.reasons.find((r) => r.ruleId === 'legal-process-required');
    expect(reason?.remedy).toContain('PRESERVATION_REQUEST');
    expect(reason?.remedy).toContain('§2703(f)');
  });
});
