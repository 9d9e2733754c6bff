import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { z } from 'zod';
import { storableText } from '../unicode.ts';

// Passwords are hashed with scrypt (memory-hard) from node:crypto, run on libuv's thread pool so the
// request thread is not held. The stored string carries its parameters, so stronger ones can be
// introduced later without making existing hashes unreadable:
//   scrypt$<log2 N>$<r>$<p>$<salt, base64url>$<64-byte key, base64url>

export interface ScryptParams {
  /** log2 of the CPU/memory cost N; memory used is 128 · N · r bytes. */
  logN: number;
  r: number;
  p: number;
}

/** OWASP's scrypt setting N = 2^15, r = 8, p = 3: 32 MiB per hash. */
export const DEFAULT_SCRYPT: ScryptParams = { logN: 15, r: 8, p: 3 };

const KEY_BYTES = 64;
const SALT_BYTES = 16;

/** Between 12 and 200 characters, any characters (spaces included, so pass phrases work). */
export const passwordInput = storableText()
  .min(12, 'must have at least 12 characters')
  .max(200, 'at most 200 characters');
export type PasswordInput = z.input<typeof passwordInput>;

function derive(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  const N = 2 ** params.logN;
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFC'),
      salt,
      KEY_BYTES,
      // maxmem must exceed 128 · N · r, or node refuses.
      { N, r: params.r, p: params.p, maxmem: 256 * N * params.r },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

export async function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, params);
  return ['scrypt', params.logN, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** True when `password` matches `stored`; a malformed stored string never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, logN, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || salt === undefined || key === undefined) return false;
  const params = { logN: Number(logN), r: Number(r), p: Number(p) };
  if (![params.logN, params.r, params.p].every((n) => Number.isInteger(n) && n > 0 && n <= 32)) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), params);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/**
 * Checked against when the e-mail is unknown, so a sign-in takes as long whether or not the address has an
 * account (the answer must not tell which addresses exist).
 */
const decoys = new Map<string, Promise<string>>();
export function decoyHash(params: ScryptParams): Promise<string> {
  const key = `${params.logN}:${params.r}:${params.p}`;
  const decoy = decoys.get(key) ?? hashPassword(randomBytes(16).toString('hex'), params);
  decoys.set(key, decoy);
  return decoy;
}
