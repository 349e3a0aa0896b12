import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DecisionClaims } from '../../common/collection-types.js';
import { AppError } from '../../common/errors.js';
import {
  createDecisionSigner,
  createDecisionVerifier,
  verifyDecisionToken,
  type ExpectedBinding,
} from '../../server/gate/decision-token.js';
import { gateKeyPath, loadOrCreateGateKeys } from '../../server/gate/gate-keys.js';
import { tempDir } from '../support/services.js';

const NOW_MS = Date.parse('2026-11-25T02:00:00.000Z');

const claims: DecisionClaims = {
  decisionId: 'dec-1',
  requestId: 'req-1',
  caseId: 'case-1',
  platform: 'mastodon',
  targetKind: 'handle',
  targetValue: '@x@social.example',
  method: 'PUBLIC_API',
  exp: NOW_MS / 1000 + 900,
  policyVersion: 'a'.repeat(64),
};
const expected: ExpectedBinding = {
  requestId: 'req-1',
  caseId: 'case-1',
  platform: 'mastodon',
  targetKind: 'handle',
  targetValue: '@x@social.example',
  method: 'PUBLIC_API',
};

function expectDenied(run: () => unknown, message: RegExp): void {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(AppError);
  expect((thrown as AppError).code).toBe('GATE_DENIED');
  expect((thrown as AppError).message).toMatch(message);
}

describe('decision tokens', () => {
  const keys = loadOrCreateGateKeys(tempDir('gate-keys'));
  const token = createDecisionSigner(keys.privateKey).sign(claims);

  it('verify to the signed claims for the job they were issued for', () => {
    expect(verifyDecisionToken(token, expected, keys.publicKey, NOW_MS)).toEqual(claims);
    const verifier = createDecisionVerifier(keys.publicKey, () => NOW_MS);
    expect(verifier.verify(token, { ...expected, caseId: undefined })).toEqual(claims);
  });

  it.each([
    ['target', { targetValue: '@y@social.example' }, /targetValue/],
    ['target kind', { targetKind: 'url' }, /targetKind/],
    ['platform', { platform: 'bluesky' }, /platform/],
    ['method', { method: 'PUBLIC_WEB' }, /method/],
    ['request', { requestId: 'req-2' }, /requestId/],
    ['case', { caseId: 'case-2' }, /caseId/],
  ] as const)('are refused for another %s', (_what, change, message) => {
    expectDenied(
      () => verifyDecisionToken(token, { ...expected, ...change }, keys.publicKey, NOW_MS),
      message,
    );
  });

  it('are refused once expired, to the second', () => {
    expect(verifyDecisionToken(token, expected, keys.publicKey, claims.exp * 1000 - 1)).toEqual(claims);
    expectDenied(() => verifyDecisionToken(token, expected, keys.publicKey, claims.exp * 1000), /expired/);
  });

  it('are refused when signed by another key', () => {
    const other = crypto.generateKeyPairSync('ed25519');
    const forged = createDecisionSigner(other.privateKey).sign(claims);
    expectDenied(() => verifyDecisionToken(forged, expected, keys.publicKey, NOW_MS), /bad signature/);
  });

  it('are refused when the claims are tampered with', () => {
    const [prefix, , signature] = token.split('.');
    const changed = Buffer.from(JSON.stringify({ ...claims, targetValue: '@y@social.example' })).toString(
      'base64url',
    );
    expectDenied(
      () =>
        verifyDecisionToken(
          `${prefix}.${changed}.${signature}`,
          { ...expected, targetValue: '@y@social.example' },
          keys.publicKey,
          NOW_MS,
        ),
      /bad signature/,
    );
    const longer = Buffer.from(JSON.stringify({ ...claims, exp: claims.exp + 86_400 })).toString('base64url');
    expectDenied(
      () => verifyDecisionToken(`${prefix}.${longer}.${signature}`, expected, keys.publicKey, NOW_MS),
      /bad signature/,
    );
  });

  it.each([[''], ['not-a-token'], ['cg1.e30'], ['jwt.e30.e30']])('are refused when malformed: %j', (bad) => {
    expectDenied(() => verifyDecisionToken(bad, expected, keys.publicKey, NOW_MS), /rejected/);
  });
});

describe('gate signing key', () => {
  it('is created once with mode 0600 and reused on the next start', () => {
    const dir = tempDir('gate-keys');
    const first = loadOrCreateGateKeys(dir);
    const stat = fs.statSync(gateKeyPath(dir));
    expect(stat.mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(gateKeyPath(dir))).mode & 0o777).toBe(0o700);
    const again = loadOrCreateGateKeys(dir);
    expect(again.fingerprint).toBe(first.fingerprint);
    const token = createDecisionSigner(first.privateKey).sign(claims);
    expect(verifyDecisionToken(token, expected, again.publicKey, NOW_MS).decisionId).toBe('dec-1');
  });

  it('is refused when others can read it', () => {
    const dir = tempDir('gate-keys');
    loadOrCreateGateKeys(dir);
    fs.chmodSync(gateKeyPath(dir), 0o644);
    expect(() => loadOrCreateGateKeys(dir)).toThrow(/readable by others/);
  });
});
