import { evaluateCollection } from '../../server/gate/gate.service.js';
import { loadPolicyFile } from '../../server/gate/policy-loader.js';
import { effectiveScope } from '../../server/gate/rules/scope.rules.js';
import type { CollectionTarget } from '../../common/collection-types.js';
import {
  NOW,
  authorization,
  baseFacts,
  baseRequest,
  bulkAuthorization,
  covertRequest,
  expectGateCase,
  inDays,
  type GateCase,
} from './gate-fixtures.js';

/**
 * Attacks on the gate's own rules, each once open: a passive method that replies, a protest marker
 * hidden by an encoding, bulk scope granted by text, bulk scope hidden behind a declared scope.
 */
const policy = loadPolicyFile();

const G3 = '28 CFR 23.20(a)';
const G4 = '28 CFR 23.20(b)';
const GJ = 'Global Justice 2013';
/** Specific facts that name neither protected activity nor criminal conduct. */
const unrelated = 'Rpt 24-1234: identify who posted the flyers for Saturday downtown';
const followers: CollectionTarget = {
  platform: 'mastodon',
  kind: 'handle',
  value: '@x@social.example',
  scope: 'FOLLOWERS',
};
const shooting = 'Rpt 24-1234: @x posted video of the 3/2 shooting on Main Street';
/** Bulk facts that read well and say nothing a supervisor has weighed. */
const copiedBulkFacts = {
  reportNumber: '24-1234',
  facts: shooting,
  bulkFacts: `${shooting}, and the followers of @x are relevant to the ongoing investigation of it`,
};

const bulkCase = (name: string, patch: Partial<GateCase>): GateCase => ({
  name,
  request: baseRequest({ target: followers, predicate: copiedBulkFacts }),
  facts: baseFacts({ authorizations: [bulkAuthorization(followers)] }),
  decision: 'NEEDS_AUTHORIZATION',
  ruleId: 'bulk-scope-authorization',
  clause: G3,
  ...patch,
});
const withAuth = (patch: Parameters<typeof bulkAuthorization>[1]) =>
  baseFacts({ authorizations: [bulkAuthorization(followers, patch)] });

const passive: GateCase[] = [
  // The steps a passive method may take are an allowlist: whatever is not listed is interaction.
  ...['REPLY', 'DIRECT_MESSAGE', 'REPOST', 'QUOTE', 'POKE'].map((step): GateCase => ({
    name: `G10 deny: public API with a ${step} step`,
    request: baseRequest({ steps: ['VIEW', step] }),
    facts: baseFacts(),
    decision: 'DENY',
    ruleId: 'passive-never-interacts',
    clause: GJ,
  })),
  {
    name: 'G10 deny: a step that only looks like SCROLL (long s)',
    request: baseRequest({ method: 'PUBLIC_WEB', steps: ['\u017fcroll'] }),
    facts: baseFacts(),
    decision: 'DENY',
    ruleId: 'passive-never-interacts',
    clause: GJ,
  },
  {
    name: 'G10 deny: a consenting witness session that messages as the witness',
    request: baseRequest({ method: 'WITNESS_CONSENT', consentReference: 'CF-2026-118', steps: ['MESSAGE'] }),
    facts: baseFacts(),
    decision: 'DENY',
    ruleId: 'passive-never-interacts',
    clause: GJ,
  },
];

const encoded: GateCase[] = [
  {
    name: 'G3 deny: boilerplate in full-width letters',
    request: baseRequest({
      predicate: {
        reportNumber: '24-1234',
        facts:
          'ｋｎｏｗｎ ｔｒｏｕｂｌｅｍａｋｅｒ, ＧＡＮＧ ＭＥＭＢＥＲ, Person%20Of%20Interest, ongoing%20investigation',
        bulkFacts: null,
      },
    }),
    facts: baseFacts(),
    decision: 'DENY',
    ruleId: 'written-predicate',
    clause: G3,
  },
  // G4 markers are found whatever encoding, case, width or look-alike letters hide them
  ...[
    'https://forum.example/t/%70rotest-downtown',
    'https://forum.example/t/%2570rotest-downtown',
    'https://forum.example/t/%252570rotest-downtown',
    'https://forum.example/search?q=%2570ro%2574est',
    'https://forum.example/t/PROTEST-downtown',
    'https://forum.example/t/\uff50\uff52\uff4f\uff54\uff45\uff53\uff54',
    'https://forum.example/t/pr\u043etest',
    'https://forum.example/t/pro\u200btest',
    'https://forum.example/t/pro\u00adtest',
    'https://forum.example/t/pr\u00f6test',
    'https://forum.example/t/pro-test',
    'https://forum.example/t/\u017fynagogue-youth',
    'https://forum.example/t/%E0%A4%A%zz-%70rotest',
  ].map((value): GateCase => ({
    name: `G4 deny: a protest marker hidden in ${value}`,
    request: baseRequest({
      method: 'PUBLIC_WEB',
      target: { platform: 'web', kind: 'url', value, scope: 'POSTS' },
      predicate: { reportNumber: '24-1234', facts: unrelated, bulkFacts: null },
    }),
    facts: baseFacts(),
    decision: 'DENY',
    ruleId: 'no-first-amendment-targeting',
    clause: G4,
  })),
  {
    name: 'G4 deny: a hashtag in full-width letters',
    request: baseRequest({
      target: {
        platform: 'mastodon',
        kind: 'hashtag',
        value: '\uff2d\uff41\uff52\uff43\uff48ForX',
        scope: 'TAG',
      },
      predicate: { reportNumber: '24-1234', facts: unrelated, bulkFacts: null },
    }),
    facts: baseFacts(),
    decision: 'DENY',
    ruleId: 'no-first-amendment-targeting',
    clause: G4,
  },
  {
    name: 'G4 deny: a marker percent-encoded in the facts',
    request: baseRequest({
      method: 'PUBLIC_WEB',
      target: { platform: 'web', kind: 'url', value: 'https://forum.example/u/x', scope: 'POSTS' },
      predicate: { reportNumber: '24-1234', facts: `${unrelated} and its %6Frganizers`, bulkFacts: null },
    }),
    facts: baseFacts(),
    decision: 'DENY',
    ruleId: 'no-first-amendment-targeting',
    clause: G4,
  },
  {
    name: 'G4 allow: an encoded marker with facts naming the threat',
    request: baseRequest({
      method: 'PUBLIC_WEB',
      target: { platform: 'web', kind: 'url', value: 'https://forum.example/t/%70rotest', scope: 'POSTS' },
      predicate: {
        reportNumber: '24-1234',
        facts: 'Rpt 24-1234: @x posted threats to shoot people at the Saturday protest',
        bulkFacts: null,
      },
    }),
    facts: baseFacts(),
    decision: 'ALLOW',
    ruleId: 'no-first-amendment-targeting',
    clause: G4,
  },
];

const bulk: GateCase[] = [
  bulkCase('G13 needs authorization: copied bulk facts of any length grant nothing', {
    facts: baseFacts(),
  }),
  bulkCase('G13 needs authorization: a covert authorization does not grant bulk scope', {
    request: covertRequest({
      target: { ...followers, platform: 'web', kind: 'url', value: 'https://f.example/u/x' },
    }),
    facts: baseFacts({ authorizations: [authorization()] }),
  }),
  bulkCase('G13 needs authorization: granted for another account', {
    request: baseRequest({ target: { ...followers, value: '@y@social.example' } }),
  }),
  bulkCase('G13 needs authorization: granted for another bulk scope', {
    facts: baseFacts({ authorizations: [bulkAuthorization({ ...followers, scope: 'TAG' })] }),
  }),
  bulkCase('G13 needs authorization: granted for another method', {
    request: baseRequest({ target: followers, method: 'API_WITH_KEY' }),
  }),
  bulkCase('G13 needs authorization: granted for another case', { facts: withAuth({ caseId: 'case-2' }) }),
  bulkCase('G13 needs authorization: granted on another platform', {
    facts: withAuth({ platform: 'bluesky' }),
  }),
  bulkCase('G13 needs authorization: revoked', { facts: withAuth({ status: 'REVOKED' }) }),
  bulkCase('G13 needs authorization: expired', { facts: withAuth({ expiresAt: inDays(-1) }) }),
  bulkCase('G13 needs authorization: still only requested', {
    facts: withAuth({ status: 'REQUESTED', approvedBy: null }),
  }),
  bulkCase('G13 needs authorization: approved by its requester', {
    facts: withAuth({ approvedBy: 'u-det' }),
  }),
  bulkCase('G13 needs authorization: no written permission', {
    facts: withAuth({ writtenPermissionReference: '' }),
  }),
  bulkCase('G13 allow: the authorization names the account as the platform spells it', {
    request: baseRequest({ target: { ...followers, value: '@X@Social.Example' } }),
    decision: 'ALLOW',
  }),
  bulkCase('G13 allow: covert bulk with the persona named on both authorizations', {
    request: covertRequest({
      target: { ...followers, platform: 'web', kind: 'url', value: 'https://f.example/u/x' },
    }),
    facts: baseFacts({
      authorizations: [
        authorization(),
        bulkAuthorization(
          { ...followers, platform: 'web', kind: 'url', value: 'https://f.example/u/x' },
          { method: 'UNDERCOVER_ACCOUNT', personaHandle: 'jaydoe88' },
        ),
      ],
    }),
    decision: 'ALLOW',
  }),
];

const tag: CollectionTarget = { platform: 'mastodon', kind: 'hashtag', value: 'mainstreet', scope: 'POSTS' };
const search: CollectionTarget = {
  platform: 'bluesky',
  kind: 'search',
  value: 'main street',
  scope: 'ACCOUNT',
};

const derived: GateCase[] = [
  ...(['ACCOUNT', 'POSTS'] as const).map((scope) =>
    bulkCase(`G13 needs authorization: a hashtag declared ${scope} still reaches the whole tag`, {
      request: baseRequest({ target: { ...tag, scope } }),
      facts: baseFacts(),
    }),
  ),
  ...(['ACCOUNT', 'POSTS', 'FOLLOWERS'] as const).map((scope) =>
    bulkCase(`G13 needs authorization: a search declared ${scope} still reaches every match`, {
      request: baseRequest({ target: { ...search, scope } }),
      facts: baseFacts(),
    }),
  ),
  bulkCase('G13 needs authorization: a grant for the declared scope does not cover the derived one', {
    request: baseRequest({ target: tag }),
    facts: baseFacts({
      authorizations: [
        bulkAuthorization(tag, {
          bulk: { scope: 'POSTS', targetKind: 'hashtag', targetValue: 'mainstreet' },
        }),
      ],
    }),
  }),
  bulkCase('G13 allow: a hashtag declared POSTS under a grant for the whole tag', {
    request: baseRequest({ target: tag }),
    facts: baseFacts({ authorizations: [bulkAuthorization(tag)] }),
    decision: 'ALLOW',
  }),
  bulkCase('G13 allow: a search under a grant for that search', {
    request: baseRequest({ target: { ...search, value: 'Main  Street' } }),
    facts: baseFacts({ authorizations: [bulkAuthorization(search)] }),
    decision: 'ALLOW',
  }),
];

describe('gate rules that an adversarial review found open', () => {
  it.each(passive.map((c) => [c.name, c] as const))('%s', (_name, c) => expectGateCase(policy, c));
  it.each(encoded.map((c) => [c.name, c] as const))('%s', (_name, c) => expectGateCase(policy, c));
  it.each(bulk.map((c) => [c.name, c] as const))('%s', (_name, c) => expectGateCase(policy, c));
  it.each(derived.map((c) => [c.name, c] as const))('%s', (_name, c) => expectGateCase(policy, c));

  it('derives the scope from the target kind where the kind settles it, and says so', () => {
    const scopes = (['ACCOUNT', 'POSTS', 'FOLLOWERS', 'TAG'] as const).map((scope) =>
      (['handle', 'url', 'hashtag', 'search'] as const).map((kind) =>
        effectiveScope({ platform: 'web', kind, value: 'x', scope }),
      ),
    );
    expect(scopes).toEqual([
      ['ACCOUNT', 'ACCOUNT', 'TAG', 'SEARCH'],
      ['POSTS', 'POSTS', 'TAG', 'SEARCH'],
      ['FOLLOWERS', 'FOLLOWERS', 'TAG', 'SEARCH'],
      ['TAG', 'TAG', 'TAG', 'SEARCH'],
    ]);
    const result = evaluateCollection(policy, baseRequest({ target: tag }), baseFacts());
    expect(result.reasons[0]?.finding).toContain('scope TAG (derived from the hashtag; declared POSTS)');
  });

  it('bounds an allowed bulk decision by the bulk authorization, even beside a covert one', () => {
    const soon = new Date(Date.parse(NOW) + 60_000).toISOString();
    const target = { ...followers, platform: 'web', kind: 'url', value: 'https://f.example/u/x' } as const;
    const result = evaluateCollection(
      policy,
      covertRequest({ target }),
      baseFacts({
        authorizations: [
          authorization(),
          bulkAuthorization(target, {
            method: 'UNDERCOVER_ACCOUNT',
            personaHandle: 'jaydoe88',
            expiresAt: soon,
          }),
        ],
      }),
    );
    expect(result.decision).toBe('ALLOW');
    expect(result.expiresAt).toBe(soon);
  });
});
