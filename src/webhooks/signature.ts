import { createHmac, randomBytes } from 'node:crypto';

// Standard Webhooks signatures: `v1,<base64 HMAC-SHA256>` over `${id}.${timestamp}.${body}`, keyed
// with the bytes of the secret `whsec_<base64>`. Hand-written: it is three lines of node:crypto.

export const SECRET_PREFIX = 'whsec_';

/** A new shared secret: 32 random bytes. */
export function newSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString('base64')}`;
}

export function sign(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}
