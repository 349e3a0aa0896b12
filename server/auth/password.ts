/**
 * Password hashing with scrypt from node:crypto (a memory-hard KDF; argon2 and bcrypt need native
 * builds). Stored form: `scrypt$N$r$p$salt$hash`, base64url, so parameters can be raised later
 * without breaking existing hashes.
 */
import crypto from 'node:crypto';
import { promisify } from 'node:util';
import { AppError } from '../../common/errors.js';

const scrypt = promisify(crypto.scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: crypto.ScryptOptions,
) => Promise<Buffer>;

const PARAMS = { N: 16384, r: 8, p: 1 } as const;
const KEY_BYTES = 32;

/** A salted scrypt hash of the password in casegraph's stored form. */
export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.randomBytes(16);
  const key = await scrypt(password, salt, KEY_BYTES, { ...PARAMS, maxmem: 64 * 1024 * 1024 });
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join(
    '$',
  );
}

/**
 * A well-formed hash with the current parameters that no password is expected to match (its key is
 * all zeros). Checking a password against it costs what a real check costs, so a refusal for an
 * unknown user name takes as long as one for a wrong password.
 */
export const UNMATCHABLE_HASH = [
  'scrypt',
  PARAMS.N,
  PARAMS.r,
  PARAMS.p,
  Buffer.alloc(16).toString('base64url'),
  Buffer.alloc(KEY_BYTES).toString('base64url'),
].join('$');

/** True when the password matches the stored hash; compares in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await scrypt(password, Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: 64 * 1024 * 1024,
  });
  return crypto.timingSafeEqual(key, expected);
}

/**
 * Refuses passwords an attacker would guess: at least 12 characters, at least two kinds of
 * character (lower, upper, digit, other), not the user name.
 */
export function assertStrongPassword(password: string, username: string): void {
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  const problem =
    password.length < 12
      ? 'must be at least 12 characters'
      : kinds < 2
        ? 'must mix at least two of lower case, upper case, digits and symbols'
        : password.toLowerCase().includes(username.toLowerCase())
          ? 'must not contain the user name'
          : null;
  if (problem) throw new AppError('BAD_USER_INPUT', `password ${problem}`, { field: 'password' });
}
