import type { AuthContext } from './request-auth.ts';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { people, personPasswords } from '../../db/schema.ts';
import { DomainError } from '../errors.ts';
import { recordEvent } from '../events.ts';
import { storableText } from '../unicode.ts';
import { nowIso, parseInput, requireSignedIn, type VerbArgs } from '../verb.ts';
import { hashPassword, passwordInput, verifyPassword } from './passwords.ts';
import { revokeSessionsOf } from './revokeSessions.ts';
import { rateLimited } from './signIn.ts';

const input = z.object({
  currentPassword: storableText().min(1, 'must not be empty').max(200, 'at most 200 characters'),
  newPassword: passwordInput,
});

/**
 * Changes the caller's password after checking the current one (counted by the sign-in limits, so a
 * stolen session cannot guess it). Every other browser session of the person ends; API tokens stay.
 */
export async function changePassword({ ctx, input: raw }: VerbArgs<z.input<typeof input>, AuthContext>): Promise<void> {
  const viewer = requireSignedIn(ctx);
  const data = parseInput(input, raw);
  const { limiter, address, settings } = ctx.auth;
  const person = ctx.db
    .select({ email: people.email, hash: personPasswords.hash })
    .from(people)
    .leftJoin(personPasswords, eq(personPasswords.personId, people.id))
    .where(eq(people.id, viewer.personId))
    .get()!;
  if (person.hash === null)
    throw new DomainError('CONFLICT', 'You have no password yet: ask an administrator for an invitation link.');
  const startedAt = ctx.now();
  const wait = limiter.retryAfterSeconds(person.email, address, startedAt);
  if (wait > 0) throw rateLimited(wait);
  limiter.recordAttempt(person.email, address, startedAt);
  if (!(await verifyPassword(data.currentPassword, person.hash)))
    throw new DomainError('SIGN_IN_FAILED', 'The current password is wrong.', { field: 'currentPassword' });
  limiter.succeeded(person.email, address, startedAt);
  const hash = await hashPassword(data.newPassword, settings.scrypt);
  const at = nowIso(ctx);
  ctx.db.transaction(
    (tx) => {
      tx.update(personPasswords)
        .set({ hash, changedAt: at })
        .where(eq(personPasswords.personId, viewer.personId))
        .run();
      const ended = revokeSessionsOf(tx, viewer.personId, at, viewer.sessionId);
      recordEvent(tx, {
        at,
        actorId: viewer.personId,
        action: 'person.passwordChanged',
        entityType: 'Person',
        entityId: viewer.personId,
        data: { sessionsEnded: ended },
      });
    },
    { behavior: 'immediate' },
  );
  ctx.activity.accessChanged?.(viewer.personId);
}
