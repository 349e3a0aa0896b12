/**
 * Decision tokens: the gate's Ed25519 signature over DecisionClaims, bound to one request,
 * target and method, with an expiry. The collectors' network layer verifies one before any
 * request. Deliberately dependency-free (node:crypto and common/ only) so that layer can use it.
 */
import crypto, { type KeyObject } from 'node:crypto';
import type { DecisionBinding, DecisionClaims, DecisionVerifier } from '../../common/collection-types.js';
import { METHODS, PLATFORMS, TARGET_KINDS } from '../../common/collection-types.js';
import { AppError } from '../../common/errors.js';

const PREFIX = 'cg1';

/** What the job at hand is: a token must name exactly this. */
export type ExpectedBinding = DecisionBinding;
export type { DecisionVerifier };

export interface DecisionSigner {
  sign(claims: DecisionClaims): string;
}

const b64 = (data: Buffer | string): string => Buffer.from(data).toString('base64url');

/** Signs claims with the gate's private key. */
export function createDecisionSigner(privateKey: KeyObject): DecisionSigner {
  return {
    sign(claims) {
      const body = `${PREFIX}.${b64(JSON.stringify(claims))}`;
      return `${body}.${b64(crypto.sign(null, Buffer.from(body), privateKey))}`;
    },
  };
}

function denied(message: string): AppError {
  return new AppError('GATE_DENIED', `decision token rejected: ${message}`);
}

function parseClaims(json: string): DecisionClaims {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw denied('claims are not JSON');
  }
  const c = value as Record<string, unknown>;
  const strings = ['decisionId', 'requestId', 'caseId', 'targetValue', 'policyVersion'];
  if (
    typeof value !== 'object' ||
    value === null ||
    strings.some((k) => typeof c[k] !== 'string') ||
    !(PLATFORMS as readonly unknown[]).includes(c.platform) ||
    !(TARGET_KINDS as readonly unknown[]).includes(c.targetKind) ||
    !(METHODS as readonly unknown[]).includes(c.method) ||
    typeof c.exp !== 'number'
  ) {
    throw denied('claims are malformed');
  }
  return value as DecisionClaims;
}

/** Verifies signature, binding and expiry; throws AppError('GATE_DENIED') on any mismatch. */
export function verifyDecisionToken(
  token: string,
  expected: ExpectedBinding,
  publicKey: KeyObject,
  nowMs: number = Date.now(),
): DecisionClaims {
  const parts = typeof token === 'string' ? token.split('.') : [];
  if (parts.length !== 3 || parts[0] !== PREFIX) throw denied('not a casegraph decision token');
  const body = `${parts[0]}.${parts[1]}`;
  const signature = Buffer.from(parts[2]!, 'base64url');
  if (!crypto.verify(null, Buffer.from(body), publicKey, signature)) throw denied('bad signature');
  const claims = parseClaims(Buffer.from(parts[1]!, 'base64url').toString('utf8'));
  const fields = ['requestId', 'caseId', 'platform', 'targetKind', 'targetValue', 'method'] as const;
  for (const field of fields) {
    const want = expected[field];
    if (want !== undefined && claims[field] !== want) throw denied(`issued for another ${field}`);
  }
  if (claims.exp * 1000 <= nowMs) throw denied(`expired at ${new Date(claims.exp * 1000).toISOString()}`);
  return claims;
}

/** A verifier holding the gate's public key. */
export function createDecisionVerifier(
  publicKey: KeyObject,
  clock: () => number = Date.now,
): DecisionVerifier {
  return { verify: (token, expected) => verifyDecisionToken(token, expected, publicKey, clock()) };
}
