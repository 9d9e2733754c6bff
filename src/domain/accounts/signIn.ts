import type { AuthContext } from './request-auth.ts';
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { people, personPasswords, sessions } from '../../db/schema.ts';
import { DomainError } from '../errors.ts';
import { storableText } from '../unicode.ts';
import { parseInput, type VerbArgs } from '../verb.ts';
import { decoyHash, verifyPassword } from './passwords.ts';
import { insertSession, viewerOfNewSession } from './sessions.ts';

const input = z.object({
  email: storableText().trim().toLowerCase().max(254, 'at most 254 characters'),
  password: storableText().min(1, 'must not be empty').max(200, 'at most 200 characters'),
});

/** The refusal when the account or the address has failed too often: nothing is checked. */
export function rateLimited(retryAfterSeconds: number): DomainError {
  return new DomainError(
    'SIGN_IN_RATE_LIMITED',
    `Too many failed sign-ins for this account or from this address: try again in ${retryAfterSeconds} s.`,
    { retryAfterSeconds },
  );
}

/**
 * Checks an e-mail and password and starts a browser session (the cookie is set on the response).
 * A wrong e-mail and a wrong password get the same answer, after the same work.
 */
export async function signIn({ ctx, input: raw }: VerbArgs<z.input<typeof input>, AuthContext>) {
  const data = parseInput(input, raw);
  const { limiter, settings, address } = ctx.auth;
  const startedAt = ctx.now();
  const wait = limiter.retryAfterSeconds(data.email, address, startedAt);
  if (wait > 0) throw rateLimited(wait);
  limiter.recordAttempt(data.email, address, startedAt);
  const row = ctx.db
    .select({ personId: people.id, hash: personPasswords.hash })
    .from(people)
    .innerJoin(personPasswords, eq(personPasswords.personId, people.id))
    .where(eq(people.email, data.email))
    .get();
  const matches = await verifyPassword(data.password, row?.hash ?? (await decoyHash(settings.scrypt)));
  if (!row || !matches) throw new DomainError('SIGN_IN_FAILED', 'The e-mail or the password is wrong.');
  limiter.succeeded(data.email, address, startedAt);
  const now = ctx.now();
  // The browser's previous session, if it had one, is replaced: its cookie is about to be overwritten.
  const previous = ctx.viewer?.sessionId;
  const session = ctx.db.transaction(
    (tx) => {
      if (previous !== undefined)
        tx.update(sessions)
          .set({ revokedAt: now.toISOString() })
          .where(and(eq(sessions.id, previous), isNull(sessions.revokedAt)))
          .run();
      return insertSession(tx, row.personId, now, settings, ctx.auth.userAgent);
    },
    { behavior: 'immediate' },
  );
  ctx.auth.cookie.set(session.secret, session.expiresAt);
  ctx.viewer = viewerOfNewSession(ctx.db, row.personId, session.id);
  return { personId: row.personId, sessionId: session.id, expiresAt: session.expiresAt };
}
